// Time zones Kimai accepts, approximated by what the JS runtime knows (IANA names) plus plain UTC.
let zones: Set<string> | undefined;

export function isKnownTimeZone(tz: string): boolean {
  zones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
  return zones.has(tz);
}
