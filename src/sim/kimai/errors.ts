// Error bodies exactly as kimai.md §4: `{"code":N,"message":"<reason phrase>"}` in production mode, plus the
// form error format of §3.3.
import type { SimResponse } from '../common/server.js';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
};

export function httpError(status: number): SimResponse {
  return { status, body: { code: status, message: REASONS[status] ?? 'Error' } };
}

export const ok = (body: unknown): SimResponse => ({ status: 200, body });

/**
 * FOSRest/JMS form errors: every form field under `errors.children` (valid ones `{}`), form-level messages
 * (extra fields) under `errors.errors`.
 */
export function formError(fields: readonly string[], fieldErrors: Record<string, string[]>, formErrors: string[]): SimResponse {
  const children: Record<string, { errors?: string[] }> = {};
  for (const f of fields) children[f] = fieldErrors[f]?.length ? { errors: fieldErrors[f] } : {};
  const errors: Record<string, unknown> = formErrors.length ? { errors: formErrors, children } : { children };
  return { status: 400, body: { code: 400, message: 'Validation Failed', errors } };
}

export const EXTRA_FIELDS = 'This form should not contain extra fields.';
