// Broken declaration files, each with where the error must point (1-based line, and column where it is fixed)
// and a word the message must contain. Used by declarations.test.ts through validate and plan.
export interface BadFile {
  name: string;
  /** File content; a Buffer for bytes that are not text. */
  content: string | Buffer;
  line: number;
  col?: number;
  message: RegExp;
}

const person = (extra: string, over: Record<string, string> = {}): string =>
  [
    `key: ${over.key ?? 'bad.person'}`,
    `firstName: ${over.firstName ?? 'Bad'}`,
    'lastName: Person',
    `email: ${over.email ?? 'bad.person@acme.example'}`,
    'contracts:',
    `  - start: ${over.start ?? '2025-01-01'}`,
    '    template: full-time-40',
    extra,
  ].join('\n');

const aliasBomb = [
  'key: bomb',
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  '',
].join('\n');

export const BAD_FILES: BadFile[] = [
  // The parser notices the unclosed "[" of line 2 where the next line starts.
  {
    name: 'malformed-yaml',
    content: 'key: broken\nfirstName: [Anna\nlastName: Schmidt\n',
    line: 3,
    col: 1,
    message: /flow|sequence|expected|missing/i,
  },
  {
    name: 'wrong-type',
    content: person('', { firstName: '42' }).replace('firstName: 42', 'firstName: [4, 2]'),
    line: 2,
    col: 12,
    message: /must be text/,
  },
  {
    name: 'unknown-field',
    content: person('favouriteColour: blue'),
    line: 8,
    col: 1,
    message: /favouriteColour/,
  },
  {
    name: 'duplicate-key',
    content: person('firstName: Again'),
    line: 8,
    col: 1,
    message: /duplicate key "firstName"/,
  },
  { name: 'alias-bomb', content: aliasBomb, line: 3, col: 8, message: /alias/i },
  {
    name: 'non-utf8',
    content: Buffer.concat([
      Buffer.from('key: bytes\nfirstName: Bad\nlastName: M'),
      Buffer.from([0xfc, 0x6c, 0x6c]),
      Buffer.from('er\n'),
    ]),
    line: 3,
    col: 1,
    message: /not valid UTF-8/,
  },
  {
    name: 'impossible-date',
    content: person('', { start: '2025-02-30' }),
    line: 6,
    col: 12,
    message: /date|2025-02-30/i,
  },
  {
    name: 'unknown-timezone',
    content: person('systems:\n  kimai: { username: bad, timezone: Mars/Olympus_Mons }'),
    line: 9,
    col: 37,
    message: /unknown time zone "Mars\/Olympus_Mons"/,
  },
  {
    name: 'invalid-email',
    content: person('', { email: 'not-an-email' }),
    line: 4,
    col: 8,
    message: /e-?mail/i,
  },
  {
    name: 'negative-duration',
    content: person(
      '  - start: 2026-01-01\n    type: day\n    days: { mon: -8h, tue: 8h }\n    vacationDays: 30',
    ),
    line: 10,
    col: 18,
    message: /duration.*-8h/i,
  },
  {
    name: 'negative-seconds',
    content: person('  - start: 2026-01-01\n    type: week\n    weeklyHours: -3600\n    workDays: [mon]'),
    line: 10,
    col: 18,
    message: /-3600|duration|negative|>= ?0|minimum/i,
  },
];

/** A 50 MB file (declarations are a few KB): refused before parsing. */
export function hugeFile(): Buffer {
  const line = Buffer.from(`# ${'x'.repeat(98)}\n`);
  return Buffer.concat([Buffer.from('key: huge\n'), ...Array.from({ length: 500_000 }, () => line)]);
}
