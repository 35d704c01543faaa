// Plain scalars under the YAML 1.2 core schema, resolved exactly as the yaml library's core tags resolve them
// (yaml/dist/schema/core: the same tags, order, patterns and converters), without loading the library.
// test/unit/config/core-tags.test.ts holds this to the library's own tags.

/** The tags in the library's order: the first whose pattern matches decides. */
const CORE: ReadonlyArray<readonly [RegExp, (s: string) => unknown]> = [
  [/^(?:~|[Nn]ull|NULL)?$/, () => null],
  [/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T'],
  [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
  [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
  [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
  [
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity),
  ],
  [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
  [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
];

/**
 * False for a scalar no core tag can match, by its first character (null, bool, int and float all start with
 * one of these, or are empty): most plain scalars are names and e-mails, which need no further test.
 */
export function mayBeCore(data: string): boolean {
  if (data === '') return true;
  const c = data.charCodeAt(0);
  // ~ n N t T f F 0-9 + . -
  return (
    (c >= 0x30 && c <= 0x39) ||
    c === 0x7e || c === 0x6e || c === 0x4e || c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46 ||
    c === 0x2b || c === 0x2e || c === 0x2d
  );
}

/** A plain scalar's value: the first core tag that matches it, else the string itself. */
export function plainValue(data: string): unknown {
  if (!mayBeCore(data)) return data;
  for (const [test, resolve] of CORE) if (test.test(data)) return resolve(data);
  return data;
}
