// Secrets must never reach a terminal, a CI log or a PR comment: every error message and log line of the HTTP
// layer passes through redact() with the auth strategy's secrets plus the tokens seen in response headers.

export const REDACTED = '***';

// Bearer tokens are masked even when they are not (yet) known secrets, e.g. echoed by a proxy error page.
const BEARER = /\b(Bearer\s+)[A-Za-z0-9\-._~+/]+=*/gi;

/** The forms a secret can take inside text we print: as is, URL-encoded (query strings) and JSON-escaped (bodies). */
function variants(secret: string): string[] {
  const forms = new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)]);
  return [...forms];
}

/** Replaces every occurrence of each secret (and of any Bearer token) in `text` by `***`. */
export function redact(text: string, secrets: Iterable<string>): string {
  // Longest first, so that a secret containing another one is masked as a whole.
  const all = [...secrets]
    .filter((s) => s.length > 0)
    .flatMap(variants)
    .sort((a, b) => b.length - a.length);
  let out = text;
  for (const s of all) out = out.split(s).join(REDACTED);
  return out.replace(BEARER, `$1${REDACTED}`);
}

/** Deep copy of a JSON value with redact() applied to every string (error bodies kept on HttpError). */
export function redactDeep(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return redact(value, secrets);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, secrets)]));
  }
  return value;
}
