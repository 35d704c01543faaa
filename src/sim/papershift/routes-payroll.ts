// Payroll information: one record per user, read with GET, created or updated with PUT (papershift.md §3.4).
import type { Router } from '../common/server.js';
import { authed, type SimContext } from './context.js';
import { checkAttributes, invalid, parseBody, respond, throwIfAny, type ErrorObject, type Resource } from './jsonapi.js';
import { findUser, liveUser } from './routes-users.js';
import { newId, type SeedPayroll } from './state.js';

/** A real calendar date in YYYY-MM-DD (2025-02-30 and the docs' 2025-31-01 are rejected). */
export function isDate(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

function payrollResource(userId: string, p: SeedPayroll): Resource {
  return {
    id: p.id,
    type: 'payroll_information',
    attributes: { staff_number: p.staff_number, employment_start_date: p.employment_start_date, user_id: userId },
  };
}

/**
 * staff_number: blank, or an integer 1..99,999 given as a number or a string of digits; stored and answered
 * as a string (the docs' examples serialise it so). Unique within the account.
 */
function staffNumber(ctx: SimContext, userId: string, v: unknown, errors: ErrorObject[]): string | null | undefined {
  const pointer = '/data/attributes/staff_number';
  if (v === null || v === '' || (typeof v === 'string' && v.trim() === '')) return null;
  const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : null;
  if (text === null || !/^\d+$/.test(text)) {
    errors.push(invalid(pointer, 'must be an integer'));
    return undefined;
  }
  const n = Number(text);
  if (n < 1 || n > 99_999) {
    errors.push(invalid(pointer, 'must be between 1 and 99999'));
    return undefined;
  }
  const canonical = String(n);
  for (const [other, p] of ctx.state.payroll) {
    if (other !== userId && p.staff_number === canonical) {
      errors.push(invalid(pointer, 'has already been taken'));
      return undefined;
    }
  }
  return canonical;
}

export function addPayrollRoutes(router: Router, ctx: SimContext): void {
  router.add(
    'GET',
    '/api/v1/users/:user_id/payroll_information',
    authed(ctx, (req) => {
      const u = findUser(ctx, req.params.user_id);
      const p = ctx.state.payroll.get(u.id);
      // `data: null` until the first PUT (papershift.md §3.4).
      return respond(200, { data: p ? payrollResource(u.id, p) : null });
    }),
  );
  router.add(
    'PUT',
    '/api/v1/users/:user_id/payroll_information',
    authed(ctx, (req) => {
      const u = liveUser(ctx, req.params.user_id);
      const current = ctx.state.payroll.get(u.id);
      // The record has its own id (§3.4), which the URL does not carry: a body id must match it.
      const attrs = checkAttributes(parseBody(req, 'payroll_information', current?.id).attributes, ['staff_number', 'employment_start_date'], ['user_id']);
      const errors: ErrorObject[] = [];
      const next: SeedPayroll = current ? { ...current } : { id: newId(), staff_number: null, employment_start_date: null };
      if ('staff_number' in attrs) {
        const s = staffNumber(ctx, u.id, attrs.staff_number, errors);
        if (s !== undefined) next.staff_number = s;
      }
      if ('employment_start_date' in attrs) {
        const d = attrs.employment_start_date;
        if (d === null || d === '') next.employment_start_date = null;
        else if (isDate(d)) next.employment_start_date = d;
        else errors.push(invalid('/data/attributes/employment_start_date', 'must be a valid date (YYYY-MM-DD)'));
      }
      throwIfAny(errors);
      ctx.state.payroll.set(u.id, next);
      return respond(200, { data: payrollResource(u.id, next) });
    }),
  );
}
