// Personal data that is masked as "(sensitive)" in every human-readable output (text, markdown, html, journal).
const SENSITIVE_FIELDS = new Set([
  'iban',
  'bicSwift',
  'nameOfAccountHolder',
  'taxIdentificationNumber',
  'healthInsuranceNumber',
  'socialSecurityNumber',
  'birthDate',
]);

export const SENSITIVE_MASK = '(sensitive)';

/** True when the last segment of a dotted path names a sensitive personal field. */
export function isSensitivePath(path: string): boolean {
  const last = path.split('.').pop() ?? path;
  return SENSITIVE_FIELDS.has(last.replace(/\[.*\]$/, ''));
}

/** Deep copy of a JSON value with every sensitive field replaced by the mask. */
export function maskSensitive(value: unknown, extra: (path: string) => boolean = () => false, path = ''): unknown {
  if (Array.isArray(value)) return value.map((v, i) => maskSensitive(v, extra, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const p = path ? `${path}.${k}` : k;
      out[k] = v !== null && v !== '' && (SENSITIVE_FIELDS.has(k) || extra(p)) ? SENSITIVE_MASK : maskSensitive(v, extra, p);
    }
    return out;
  }
  return value;
}
