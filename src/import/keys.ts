// Pure: person keys and ${NAME} variable names for imported people.

/** The e-mail local part as a key: lower case, accents folded, [a-z0-9._-] only. */
export function keyBase(email: string): string {
  const at = email.lastIndexOf('@');
  const local = (at < 0 ? email : email.slice(0, at)).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const key = local
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return key || 'person';
}

/** A key not in `taken` (which it is added to): the base, else base-2, base-3, ... */
export function uniqueKey(base: string, taken: Set<string>): string {
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

const upperSnake = (s: string): string =>
  s
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();

/** `PEOPLE_<KEY>_<FIELD>` (bicSwift → BIC_SWIFT), with _2, _3 when one person has the field twice. */
export function variableName(key: string, field: string, taken: Set<string>): string {
  const base = `PEOPLE_${upperSnake(key)}_${upperSnake(field)}`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
  taken.add(name);
  return name;
}
