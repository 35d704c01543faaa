// A tiny fetch helper for the McTime simulator tests, plus `at()` to read into JSON without `any`.
export interface Answer {
  status: number;
  body: unknown;
}

export async function call(
  base: string,
  method: string,
  path: string,
  opts: { body?: unknown; key?: string | null; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers };
  if (opts.key) headers.API_KEY = opts.key;
  const res = await fetch(base + path, {
    method,
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

/** Value at a dotted path with [n] indexes, e.g. at(body, 'items[0].data.users'). */
export function at(value: unknown, path: string): unknown {
  const parts = path.match(/[^.[\]]+/g) ?? [];
  let cur = value;
  for (const p of parts) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[p];
  }
  return cur;
}

export const data = (a: Answer): Record<string, unknown> =>
  at(a.body, 'items[0].data') as Record<string, unknown>;
