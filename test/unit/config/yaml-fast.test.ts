// The fast path (a line reader) must read every file it accepts exactly as the document model (yaml) does, and must
// leave every file yaml refuses to yaml, so that errors always come with yaml's positions.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readFast } from '../../../src/config/yaml-fast.js';

type Slow = { ok: true; data: unknown } | { ok: false };

function readSlow(text: string): Slow {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return { ok: false };
  return { ok: true, data: doc.toJS({ maxAliasCount: 50 }) as unknown };
}

function expectSameReading(text: string): void {
  const fast = readFast(text);
  if (!fast) return;
  const slow = readSlow(text);
  expect(slow.ok, `yaml refuses what the fast path read:\n${text}`).toBe(true);
  // inspect keeps what matters and toStrictEqual would trip over: key order, -0, NaN, a key named constructor.
  const show = (v: unknown) => inspect(v, { depth: null, breakLength: Infinity, showHidden: false });
  if (slow.ok) expect(show(fast.data), text).toBe(show(slow.data));
}

const SCALARS = [
  '1_000',
  '0x1F',
  '0X1F',
  '0o17',
  '017',
  '0123',
  '+1',
  '-0',
  '.5',
  '-.5',
  '5.',
  '1e3',
  '1E3',
  '+.inf',
  '.Inf',
  '-.inf',
  '.nan',
  '.NaN',
  '~',
  'null',
  'Null',
  'NULL',
  'nUll',
  'true',
  'True',
  'TRUE',
  'tRue',
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  '2025-01-01',
  '08:30',
  '12:30:00',
  '1.10',
  '0b101',
  '-0x1F',
  '+0x1F',
  '-0o7',
  '1:20',
  '0x',
  '0o',
  '+',
  '-',
  '.',
  '1e',
  '0e0',
  '12e03',
  '9007199254740993',
  '1e400',
  '"a"',
  "'b'",
  'a # c',
  'a#c',
  '"\\u00e9"',
  "'it''s'",
  '"\\x41"',
  '"\\N"',
  '"\\t"',
  '@x',
  '`x',
  '"${A}"',
  '${A}',
  '$${A}',
  'x: y',
  '"x: y"',
  '[]',
  '{}',
  '[1, 2]',
  '[a, [b]]',
  '{a: 1}',
  '[a: 1]',
  '{a: [1]}',
  '{ mon: 8h, tue: 7h30m }',
  '[{ name: Acme GmbH }]',
  '[{ name: "x, y" }, { name: \'z\' }]',
  '{ a: null, b: ~ }',
  '{ null: 1 }',
  '[ a , b ]',
  '[a,]',
  '{a: 1,}',
  '[a b]',
  '{ "k": v }',
  '[1, -2]',
  '[Acme  GmbH]',
  '""',
  "''",
  '"  "',
  '|\n  text\n',
  '>-\n  a\n  b\n',
  '|+\n  keep\n\n',
  '"multi\n  line"',
  'plain\n  continued',
  '- x',
  '? x',
  '&a 1',
  '*a',
  '!!str 1',
  '!x 1',
  '%x',
  '"\\\\"',
  "'\\'",
  'a\tb',
  'ü',
  '😀',
  '"\\ud83d"',
];
const KEYS = [
  'a',
  'key',
  '"key"',
  "'key'",
  '1',
  '01',
  '0x1',
  'true',
  'null',
  '~',
  '"null"',
  "''",
  '""',
  '[a]',
  '{a: 1}',
  '? a',
  'a b',
  '"a: b"',
  '__proto__',
  'constructor',
  'toString',
  '1.0',
  '-1',
  '.inf',
  'a#b',
  '"#"',
  'x y:',
];

describe('the fast YAML path', () => {
  it('reads every tricky scalar as yaml does, or leaves it to yaml', () => {
    for (const s of SCALARS) {
      expectSameReading(`v: ${s}\n`);
      expectSameReading(`- ${s}\n`);
      expectSameReading(`a:\n  v: ${s}\n  w: 1\n`);
    }
    for (const k of KEYS) {
      expectSameReading(`${k}: 1\n`);
      expectSameReading(`a:\n  ${k}: x\n  b: 2\n`);
      expectSameReading(`- ${k}: 1\n  b: 2\n`);
    }
  });

  it('reads empty items and the blocks around them as yaml does (js-yaml, once used here, did not)', () => {
    for (const text of [
      '-\n  -\n-\n',
      '-\n  - x\n  -\n- y\n',
      '- a:\n  -\n- b\n',
      '-\n  -\n  # c\n- y\n',
      'x:\n  -\n  -\ny: 2\n',
      '-\n  -\n    x: 1\n- y\n',
      '- a:\n  b:\n  - x\n',
      'a:\n- x\nb: 1\n',
    ])
      expect(readFast(text)?.data, text).toEqual(parseDocument(text).toJS());
  });

  it('takes a start marker on the first line and leaves every other marker to yaml', () => {
    expect(readFast('---\na: 1\n')?.data).toEqual({ a: 1 });
    expect(readFast('# c\n--- # d\na: 1\n')?.data).toEqual({ a: 1 });
    for (const text of ['--- x\n', '...\n', 'a: 1\n...\n', '---\n---\na: 1\n', 'x\n---\n', '--- a: 1\n'])
      expect(readFast(text), text).toBeUndefined();
  });

  it('reads what people write in a person file', () => {
    const text = [
      'key: "jane.doe" # the key',
      "firstName: 'Jane'",
      'lastName: O\'Neil',
      'email: jane@example.com',
      'contracts:',
      '  - start: 2025-01-01',
      '    days: { mon: 8h, tue: "6h" }',
      '    workDays: [mon, tue]',
      'systems:',
      '  mctime:',
      '    roles:',
      '    - role: employee',
      '      organizations: [{ name: Vienna HQ }]',
      '  papershift: { staffNumber: 17 }',
      '  kimai:',
      '    roles: []',
      'escaped: "tab\\there \\u00e9 \\x41"',
      'n: 0x1F',
      '',
    ].join('\n');
    const fast = readFast(text);
    expect(fast?.data).toEqual(parseDocument(text).toJS());
    expect(fast?.data).toMatchObject({ lastName: "O'Neil", escaped: 'tab\there é A', n: 31 });
  });

  it('leaves anchors, aliases, tags, directives, null and collection keys to yaml', () => {
    for (const text of [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '%YAML 1.1\n---\na: yes\n',
      '? [a]\n: 1\n',
      '[a]: 1\n',
      '{a: 1}: 2\n',
      '~: 1\n',
      'null: 1\n',
      '',
      'a: 1\na: 2\n',
      'a: 1\n---\nb: 2\n',
    ])
      expect(readFast(text), text).toBeUndefined();
  });

  it('reads the declarations in this repository exactly as yaml does', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name.endsWith('.yaml')) files.push(join(dir, e.name));
      }
    };
    walk('environments');
    expect(files.length).toBeGreaterThan(10);
    let fast = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      if (readFast(text)) fast++;
      expectSameReading(text);
    }
    // The fast path is worth having only if ordinary files take it.
    expect(fast).toBeGreaterThan(files.length / 2);
  });

  // Documents built from the pieces above: nested block maps and sequences, comments, odd indentation.
  const scalar = fc.constantFrom(...SCALARS.filter((s) => !s.includes('\n')));
  const key = fc.constantFrom(...KEYS);
  const comment = fc.constantFrom('', ' # note', '  #', '\t# tab');
  const indent = fc.constantFrom('  ', ' ', '    ', '\t');
  const node: fc.Memo<string[]> = fc.memo((depth) =>
    depth <= 1
      ? scalar.map((s) => [s])
      : fc.oneof(
          scalar.map((s) => [s]),
          fc
            .array(fc.tuple(key, node(depth - 1), comment, indent), { minLength: 1, maxLength: 4 })
            .map((pairs) =>
              pairs.flatMap(([k, v, c, ind]) =>
                v.length === 1 ? [`${k}: ${v[0]}${c}`] : [`${k}:${c}`, ...v.map((l) => `${ind}${l}`)],
              ),
            ),
          fc
            .array(fc.tuple(node(depth - 1), indent), { minLength: 1, maxLength: 3 })
            .map((items) =>
              items.flatMap(([v, ind]) =>
                v.length === 1 ? [`- ${v[0]}`] : [`-`, ...v.map((l) => `${ind}${l}`)],
              ),
            ),
        ),
  );
  const document = fc
    .tuple(node(4), fc.constantFrom('', '---\n', '\ufeff', '# head\n'), fc.constantFrom('\n', '\r\n'))
    .map(([lines, head, eol]) => head + lines.join(eol) + eol);

  test.prop([document], { numRuns: 400 })(
    'reads generated documents as yaml does, or leaves them to yaml',
    (text) => {
      expectSameReading(text);
    },
  );

  it('takes the fast path for many generated documents (so the properties above test something)', () => {
    const docs = fc.sample(document, { numRuns: 1000, seed: 7 });
    const fast = docs.filter((d) => readFast(d) !== undefined).length;
    expect(fast).toBeGreaterThan(100);
  });

  // Lines at random columns with random dashes, keys and values: the nesting rules, not the scalars, under test.
  const shapedLine = fc
    .tuple(
      fc.constantFrom(0, 0, 0, 1, 2, 2, 3, 4),
      fc.constantFrom('', '', '- ', '-  ', '- - ', '-'),
      fc.constantFrom('a:', 'b: 1', 'c: [x]', 'd: {e: 2}', 'x', '', '# c', 'a: # c', '"q": "r"'),
    )
    .map(([col, dashes, rest]) => ' '.repeat(col) + dashes + rest);
  const shaped = fc.array(shapedLine, { minLength: 1, maxLength: 6 }).map((ls) => `${ls.join('\n')}\n`);

  test.prop([shaped], { numRuns: 400 })('reads randomly indented lines as yaml does, or leaves them to yaml', (text) => {
    expectSameReading(text);
  });

  it('takes the fast path for many randomly indented documents (so the property above tests something)', () => {
    const docs = fc.sample(shaped, { numRuns: 1000, seed: 11 });
    expect(docs.filter((d) => readFast(d) !== undefined).length).toBeGreaterThan(100);
  });

  // Lines of YAML's significant characters, to find shapes the line patterns let through by mistake.
  const char = fc.constantFrom(...'-:[]{},#\'"&*!|>?%@` \t\\aZ1_.0xe'.split(''));
  const line = fc.tuple(
    fc.constantFrom('', '  ', '    ', '- ', '  - '),
    fc.constantFrom('', 'k: ', 'key:', 'a: '),
    fc.string({ unit: char, maxLength: 12 }),
  );
  const noisy = fc
    .array(line, { minLength: 1, maxLength: 6 })
    .map((ls) => ls.map((l) => l.join('')).join('\n') + '\n');

  test.prop([noisy], { numRuns: 400 })('reads noisy lines as yaml does, or leaves them to yaml', (text) => {
    expectSameReading(text);
  });

  // Values with characters the parsers might treat differently: breaks, spaces, controls, escapes, surrogates.
  const odd = fc.constantFrom(
    ...[
      'a',
      ' ',
      '\u0085',
      '\u2028',
      '\u2029',
      '\u00a0',
      '\ufeff',
      '\t',
      '\r',
      '\u0000',
      '\u001f',
      '\u007f',
      '"',
      "'",
      '#',
      ':',
      '\\',
      'é',
      '\ud800',
    ],
  );
  const oddLines = fc
    .array(fc.tuple(fc.constantFrom('k: ', 'name: ', '- ', '  y'), fc.string({ unit: odd, maxLength: 8 })), {
      minLength: 1,
      maxLength: 4,
    })
    .map((ls) => `${ls.map(([k, v]) => k + v).join('\n')}\n`);

  test.prop([oddLines], { numRuns: 400 })(
    'reads odd characters as yaml does, or leaves them to yaml',
    (text) => {
      expectSameReading(text);
    },
  );
});
