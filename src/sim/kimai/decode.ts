// FOSRest body listener as Kimai configures it (kimai.md §1): the `jsontoform` decoder plus the `camel_keys`
// normalizer. The server never sees plain JSON: scalars turn into strings the way PHP's form layer wants them.
import type { SimRequest } from '../common/server.js';

/** A decoded request value: PHP form input is strings, nulls and nested arrays only. */
export type FormValue = string | null | FormValue[] | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}

export type Decoded = { ok: true; value: FormObject | FormValue[] } | { ok: false };

const DECODED_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Symfony's request format `json` (the only decoder configured). */
const JSON_TYPES = new Set(['application/json', 'application/x-json']);

/** JsonToFormDecoder: false → null, true/numbers → strings, null → "" (PHP strval(null)); recursive. */
function toForm(v: unknown): FormValue {
  if (v === false) return null;
  if (v === true) return '1';
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(toForm);
  const out: FormObject = {};
  for (const [k, val] of Object.entries(v as Record<string, unknown>)) out[k] = toForm(val);
  return out;
}

const camel = (key: string): string => key.replace(/_([a-zA-Z0-9])/g, (_m, c: string) => c.toUpperCase());

/** CamelKeysNormalizer: snake_case keys become camelCase; two keys collapsing to one name is an error. */
function camelKeys(v: FormValue): FormValue | undefined {
  if (Array.isArray(v)) {
    const out: FormValue[] = [];
    for (const item of v) {
      const n = camelKeys(item);
      if (n === undefined) return undefined;
      out.push(n);
    }
    return out;
  }
  if (v === null || typeof v === 'string') return v;
  const out: FormObject = {};
  for (const [k, val] of Object.entries(v)) {
    const name = camel(k);
    if (Object.hasOwn(out, name)) return undefined;
    const n = camelKeys(val);
    if (n === undefined) return undefined;
    out[name] = n;
  }
  return out;
}

/** The decoded body; `{}` for methods/content types the listener skips (the input is then simply empty). */
export function decodeBody(req: SimRequest): Decoded {
  if (!DECODED_METHODS.has(req.method)) return { ok: true, value: {} };
  const ct = req.headers['content-type'];
  if (ct !== undefined) {
    const mime = ct.split(';')[0]!.trim().toLowerCase();
    if (!JSON_TYPES.has(mime)) return { ok: true, value: {} };
  }
  if (req.rawBody.trim() === '') return { ok: true, value: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(req.rawBody);
  } catch {
    return { ok: false };
  }
  // A JSON scalar at top level is not form data: 400.
  if (parsed === null || typeof parsed !== 'object') return { ok: false };
  const normal = camelKeys(toForm(parsed));
  if (normal === undefined || normal === null || typeof normal === 'string') return { ok: false };
  return { ok: true, value: normal };
}

export const isFormObject = (v: FormValue | undefined): v is FormObject => v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v);
