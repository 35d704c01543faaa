import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import type { SourceFile } from '../../../src/config/positions.js';
import { substituteData, substituteFile } from '../../../src/config/substitute.js';
import { readFast } from '../../../src/config/yaml-fast.js';
import { errorsOf, load, P } from './helpers.js';

const E = 'environments/acme/environment.yaml';

const realEnv = `providers:
  kimai:
    url: https://time.example.com
    token: \${KIMAI_TOKEN}
  mctime:
    url: https://mctime.example.com/api/v2/auth
    apiKey: key-\${MCTIME_KEY}
`;

describe('${NAME} substitution', () => {
  it('takes secrets from the process environment and lists them for redaction', async () => {
    const r = await load({ 'environment.yaml': realEnv }, { KIMAI_TOKEN: 'tok-123', MCTIME_KEY: 'abc' });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.decl.providers.kimai).toEqual({ url: 'https://time.example.com', token: 'tok-123' });
    expect(r.decl.providers.mctime).toMatchObject({ apiKey: 'key-abc' });
    expect(r.decl.secrets.sort()).toEqual(['abc', 'key-abc', 'tok-123']);
  });

  it('names an unset variable at its own position', async () => {
    expect(await errorsOf({ 'environment.yaml': realEnv }, { MCTIME_KEY: 'abc' })).toEqual([
      `${E}:4:12 providers.kimai.token: environment variable KIMAI_TOKEN is not set`,
    ]);
  });

  it('refuses a secret written literally into the file', async () => {
    const env = realEnv.replace('${KIMAI_TOKEN}', 'hunter2');
    expect(await errorsOf({ 'environment.yaml': env }, { MCTIME_KEY: 'abc' })).toEqual([
      `${E}:4:12 providers.kimai.token: secrets must come from the environment: use \${NAME}`,
    ]);
  });

  it('rejects a malformed reference and keeps $${ as a literal', async () => {
    const person = `key: jane.doe
firstName: \${FIRST-NAME}
lastName: "Cost $\${x}"
email: jane@example.com
`;
    expect(await errorsOf({ 'people/jane.yaml': person })).toEqual([
      `${P}/jane.yaml:2:12 firstName: "\${FIRST-NAME}" is not a valid reference: a variable name is letters, digits and _ (write $\${ for a literal \${)`,
    ]);
    const ok = await load({ 'people/jane.yaml': person.replace('${FIRST-NAME}', 'Jane') });
    expect(ok.ok && ok.decl.people[0]!.lastName).toBe('Cost ${x}');
  });

  it('substitutes a reference spelt with an escape (a file with no `$` of its own is otherwise not searched)', async () => {
    const person = `key: jane.doe
firstName: "\\x24{FIRST}"
lastName: Doe
email: jane@example.com
`;
    const r = await load({ 'people/jane.yaml': person }, { FIRST: 'Jane' });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.decl.people[0]).toMatchObject({ firstName: 'Jane', sensitiveValues: ['Jane'] });
  });

  it('records values substituted in a person file as that person’s sensitive values', async () => {
    const people = `people:
  - key: jane.doe
    firstName: Jane
    lastName: Doe
    email: jane@example.com
    employments:
      - basicData: { employmentStart: 2025-01-01 }
        bankDetails:
          iban: \${JANE_IBAN}
  - key: john.roe
    firstName: John
    lastName: Roe
    email: "\${JOHN_MAIL}"
`;
    const r = await load(
      { 'people/team.yaml': people },
      { JANE_IBAN: 'DE89370400440532013000', JOHN_MAIL: 'john@example.com' },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.decl.people.map((p) => p.sensitiveValues)).toEqual([
      ['DE89370400440532013000'],
      ['john@example.com'],
    ]);
    expect(r.decl.people[0]!.employments[0]!.bankDetails).toEqual({ iban: 'DE89370400440532013000' });
  });

  it('does not echo a substituted value in a schema error', async () => {
    const person = `key: jane.doe
firstName: Jane
lastName: Doe
email: \${MAIL}
`;
    expect(await errorsOf({ 'people/jane.yaml': person }, { MAIL: 'secret-not-an-email' })).toEqual([
      `${P}/jane.yaml:4:8 email: must be an e-mail address`,
    ]);
  });

  it('takes a reference where the schema wants a number as the number its text reads as', async () => {
    const person = `key: jane.doe
firstName: Jane
lastName: Doe
email: jane@example.com
systems:
  papershift: { staffNumber: "\${STAFF_NO}" }
`;
    const r = await load({ 'people/jane.yaml': person }, { STAFF_NO: '1042' });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.decl.people[0]!.systems.papershift?.staffNumber).toBe(1042);
    expect(r.decl.people[0]!.sensitiveValues).toEqual(['1042']);
    // Text that is no number stays text, and the schema says so without echoing it.
    expect(await errorsOf({ 'people/jane.yaml': person }, { STAFF_NO: '10x42' })).toEqual([
      `${P}/jane.yaml:6:30 systems.papershift.staffNumber: must be a whole number, not a string`,
    ]);
  });
});

describe('${NAME} substitution on the fast path', () => {
  // Files the fast YAML path reads are substituted on plain data; the result, the record of what was substituted
  // and the errors (with positions) must be those of the substitution on the document model.
  const texts = [
    realEnv,
    'a: ${A}\nb:\n  - x-${B}-y\n  - $${A}\n  - { k: "${A}" }\nc: ["${B}", x]\n',
    'a: ${MISSING}\nb: ${bad name}\nc: ok\n',
    'people:\n  - key: k\n    note: "${A}${B}"\n',
  ];
  const env = { A: 'alpha', B: 'beta', KIMAI_TOKEN: 't', MCTIME_KEY: 'm' };

  it('gives the same data, substitutions and errors as on the document model', () => {
    for (const text of texts) {
      const fast = readFast(text);
      expect(fast, text).toBeDefined();
      if (!fast) continue;
      const slowFile = sourceOf(text);
      const slow = substituteFile(slowFile, env);
      const onData = substituteData(sourceOf(text), fast.data, env);
      expect(onData.substitutions, text).toEqual(slow.substitutions);
      expect(onData.errors, text).toEqual(slow.errors);
      if (slow.errors.length === 0) expect(onData.data, text).toEqual(slowFile.doc.toJS());
    }
  });
});

function sourceOf(text: string): SourceFile {
  const lc = new LineCounter();
  return { rel: 'x.yaml', doc: parseDocument(text, { lineCounter: lc }), lc, release: () => undefined };
}
