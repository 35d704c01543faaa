// Pulls the human message out of each system's error body, so an HttpError says *why* a request failed
// (the part a user can act on) instead of just a status code.

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.length > 0) : [];
}

/** Kimai (Symfony forms): errors.children.<field>.errors, nested for sub-forms, plus form-level errors.errors. */
function kimaiFormErrors(errors: unknown, prefix = ''): string[] {
  if (!isRecord(errors)) return [];
  const out = strings(errors.errors).map((m) => (prefix ? `${prefix}: ${m}` : m));
  if (isRecord(errors.children)) {
    for (const [field, child] of Object.entries(errors.children)) {
      out.push(...kimaiFormErrors(child, prefix ? `${prefix}.${field}` : field));
    }
  }
  return out;
}

/** Papershift JSON:API: errors[] with title, detail and source.pointer. */
function jsonApiErrors(errors: unknown[]): string[] {
  return errors.filter(isRecord).map((e) => {
    const title = typeof e.title === 'string' ? e.title : '';
    const detail = typeof e.detail === 'string' && e.detail !== title ? e.detail : '';
    const text =
      [title, detail].filter(Boolean).join(': ') || (typeof e.code === 'string' ? e.code : 'error');
    const pointer = isRecord(e.source) && typeof e.source.pointer === 'string' ? e.source.pointer : '';
    return pointer ? `${text} (${pointer})` : text;
  });
}

/** McTime envelope: { items: [{ message, valid: false }], valid: false }. */
function mcTimeErrors(items: unknown[]): string[] {
  return items
    .filter((i) => isRecord(i) && i.valid === false && typeof i.message === 'string')
    .map((i) => String((i as Record<string, unknown>).message));
}

/** The API's own explanation of a failure, or undefined when the body has none we recognise. */
export function extractApiMessage(body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim() || undefined;
  if (!isRecord(body)) return undefined;
  if (Array.isArray(body.errors)) {
    const msgs = jsonApiErrors(body.errors);
    if (msgs.length) return msgs.join('; ');
  }
  if (Array.isArray(body.items)) {
    const msgs = mcTimeErrors(body.items);
    if (msgs.length) return msgs.join('; ');
  }
  const message = typeof body.message === 'string' ? body.message : undefined;
  const fieldErrors = kimaiFormErrors(body.errors);
  if (fieldErrors.length) return [message, fieldErrors.join('; ')].filter(Boolean).join(': ');
  if (message) return message;
  if (typeof body.error === 'string') return body.error;
  if (isRecord(body.error) && typeof body.error.message === 'string') return body.error.message;
  return undefined;
}
