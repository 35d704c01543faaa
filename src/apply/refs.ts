// {{ref}} placeholders in planned requests, filled at apply time from earlier captures.
import { randomBytes } from 'node:crypto';
import type { PlannedRequest } from '../generated/plan.js';

export const PASSWORD_REF = 'password';
const PLACEHOLDER = /\{\{([^}]+)\}\}/g;

export class MissingRefError extends Error {}

function fill(text: string, refs: ReadonlyMap<string, string>, password: () => string): string {
  return text.replace(PLACEHOLDER, (_m, name: string) => {
    if (name === PASSWORD_REF) return password();
    const v = refs.get(name);
    if (v === undefined) throw new MissingRefError(`no value for {{${name}}} (the change that creates it did not run)`);
    return v;
  });
}

function fillDeep(value: unknown, refs: ReadonlyMap<string, string>, password: () => string): unknown {
  if (typeof value === 'string') return fill(value, refs, password);
  if (Array.isArray(value)) return value.map((v) => fillDeep(v, refs, password));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillDeep(v, refs, password)]));
  }
  return value;
}

/** A random initial password (Kimai needs 8..60 characters); never printed, logged or saved. */
export function generatePassword(): string {
  return `${randomBytes(18).toString('base64url')}-A1`;
}

export function resolveRequest(req: PlannedRequest, refs: ReadonlyMap<string, string>, password = generatePassword): PlannedRequest {
  const out: PlannedRequest = { ...req, path: fill(req.path, refs, password) };
  if (req.body !== undefined) out.body = fillDeep(req.body, refs, password);
  return out;
}

/** RFC 6901 pointer lookup. */
export function pointerGet(value: unknown, pointer: string): unknown {
  if (pointer === '' || pointer === '/') return value;
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), value);
}
