import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatConfigError, loadEnvironment } from '../../../src/config/load.js';
import { MAX_FILE_BYTES } from '../../../src/config/yaml-doc.js';
import { errorsOf, load, P, writeEnv } from './helpers.js';

const person = (extra = ''): string => `key: jane.doe
firstName: Jane
lastName: Doe
email: jane@example.com
${extra}`;

describe('reading YAML files', () => {
  it('reports a duplicate key at the second occurrence', async () => {
    const errors = await errorsOf({ 'people/jane.yaml': person('firstName: Janet\n') });
    expect(errors).toEqual([
      `${P}/jane.yaml:5:1: duplicate key "firstName": each key may appear only once in a mapping`,
    ]);
  });

  it('refuses an alias bomb with an error instead of expanding it', async () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(
        `${cur}: &${cur} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`,
      );
    }
    const errors = await errorsOf({ 'people/bomb.yaml': `${lines.join('\n')}\n` });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${P}/bomb.yaml:2:\\d+: too many alias expansions`));
  });

  it('gives each person its own copy of data two people share through an alias', async () => {
    const team = `people:
  - key: jane.doe
    firstName: Jane
    lastName: Doe
    email: jane@example.com
    employments:
      - &shared { basicData: { employmentStart: 2025-01-01 }, employmentContract: { weeklyHours: 40 } }
  - key: john.roe
    firstName: John
    lastName: Roe
    email: john@example.com
    employments: [*shared]
`;
    const r = await load({ 'people/team.yaml': team });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const [jane, john] = r.decl.people;
    expect(john!.employments).toEqual(jane!.employments);
    expect(john!.employments[0]).not.toBe(jane!.employments[0]);
    expect(john!.employments[0]!.basicData).not.toBe(jane!.employments[0]!.basicData);
  });

  it('reads files around and above the 64 KiB read buffer whole', async () => {
    for (const size of [65_535, 65_536, 65_537, 200_000]) {
      const head = person().replace('Doe', 'Doe-Smith');
      const text = `${head}#${'x'.repeat(size - head.length - 2)}\n`;
      expect(Buffer.byteLength(text)).toBe(size);
      const r = await load({ 'people/jane.yaml': text });
      expect(r.ok && r.decl.people[0]!.lastName, String(size)).toBe('Doe-Smith');
    }
  });

  it('names a file that is not UTF-8, with the line of the first bad byte', async () => {
    const bytes = Buffer.concat([
      Buffer.from('key: jane.doe\nfirstName: J'),
      Buffer.from([0xe4]),
      Buffer.from('rg\n'),
    ]);
    expect(await errorsOf({ 'people/latin1.yaml': bytes })).toEqual([
      `${P}/latin1.yaml:2:1: is not valid UTF-8 text (save the file as UTF-8)`,
    ]);
  });

  it('refuses files over 5 MB before parsing them', async () => {
    const big = `# ${'x'.repeat(MAX_FILE_BYTES)}\n`;
    const errors = await errorsOf({ 'people/big.yaml': big });
    expect(errors).toEqual([
      expect.stringMatching(new RegExp(`^${P}/big.yaml:1:1: is \\d+ bytes; declaration files may be at most`)),
    ]);
  });

  it('reports a broken link among the person files, and follows a link to a folder', async () => {
    const root = writeEnv({ 'people/jane.yaml': person() });
    const people = join(root, 'environments', 'acme', 'people');
    symlinkSync(join(root, 'nowhere.yaml'), join(people, 'ghost.yaml'));
    mkdirSync(join(root, 'more'));
    writeFileSync(join(root, 'more', 'bad.yaml'), 'key: [unclosed\n');
    symlinkSync(join(root, 'more'), join(people, 'more'));
    const r = await loadEnvironment({ root, env: 'acme', processEnv: {} });
    expect(r.ok ? [] : r.errors.map(formatConfigError)).toEqual([
      `${P}/ghost.yaml: cannot be read: it does not exist (a broken link?)`,
      expect.stringMatching(new RegExp(`^${P}/more/bad.yaml:\\d+:\\d+: `)),
    ]);
  });

  it('reports syntax errors with their position', async () => {
    const errors = await errorsOf({ 'people/bad.yaml': 'key: [unclosed\nfirstName: x\n' });
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(new RegExp(`^${P}/bad.yaml:\\d+:\\d+: `));
  });

  it('shows the first syntax error of a file, not the ones that follow from it, and every duplicate key', async () => {
    const errors = await errorsOf({ 'people/bad.yaml': `${person('firstName: Janet\n')}systems:\n  kimai: { username: [x, y }\n  mctime: {}\n` });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(new RegExp(`^${P}/bad.yaml:5:1: duplicate key "firstName"`));
    expect(errors[1]).toMatch(new RegExp(`^${P}/bad.yaml:7:\\d+: .*\\(and \\d+ more YAML errors? after it, which usually follow from this one\\)$`));
  });

  it('says that a ${NAME} inside { } must be quoted (DESIGN.md), when one is not', async () => {
    const env = 'providers:\n  kimai: { url: https://k.example, token: ${KIMAI_TOKEN} }\n';
    const errors = await errorsOf({ 'environment.yaml': env }, { KIMAI_TOKEN: 't' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^environments\/acme\/environment\.yaml:2:\d+: .*; inside \{ … \} or \[ … \] a \$\{NAME\} must be quoted: "\$\{NAME\}"/);
  });

  it('reports more than one document in a file', async () => {
    const errors = await errorsOf({ 'people/two.yaml': `${person()}---\n${person()}` });
    expect(errors[0]).toMatch(/multiple documents/);
  });

  it('asks for a rename instead of silently skipping .yml files', async () => {
    expect(await errorsOf({ 'people/jane.yml': person() })).toEqual([
      `${P}/jane.yml: is not read: person files must end in .yaml`,
    ]);
  });

  it('keeps going after a broken file and reports every file', async () => {
    const errors = await errorsOf({
      'people/a.yaml': 'key: [\n',
      'people/b.yaml': person('nickname: JD\n'),
    });
    expect(errors.some((e) => e.startsWith(`${P}/a.yaml:`))).toBe(true);
    expect(errors).toContain(
      `${P}/b.yaml:5:1 nickname: unknown field (allowed here: key, firstName, lastName, email, leaveDate, contracts, employments, systems)`,
    );
  });
});
