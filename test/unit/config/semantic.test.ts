import { describe, expect, it } from 'vitest';
import { ENV_YAML, errorsOf, load, P } from './helpers.js';

const head = (key = 'jane.doe', email = 'jane@example.com'): string => `key: ${key}
firstName: Jane
lastName: Doe
email: ${email}
`;

describe('contract rules', () => {
  it('end before start', async () => {
    const yaml = `${head()}contracts:
  - start: 2026-01-01
    template: ft40
  - start: 2026-03-01
    end: 2026-02-01
    template: ft40
`;
    expect(await errorsOf({ 'people/jane.yaml': yaml })).toEqual([
      `${P}/jane.yaml:9:10 contracts[1].end: must not be before start (2026-03-01)`,
    ]);
  });

  it('contracts out of start order, and two starting on one day', async () => {
    const yaml = `${head()}contracts:
  - start: 2026-03-01
    template: ft40
  - start: 2026-01-01
    template: ft40
  - start: 2026-01-01
    template: ft40
`;
    expect(await errorsOf({ 'people/jane.yaml': yaml })).toEqual([
      `${P}/jane.yaml:8:12 contracts[1].start: contracts must be in start order: this one starts before contracts[0] (2026-03-01)`,
      `${P}/jane.yaml:10:12 contracts[2].start: starts on the same day as contracts[1] (2026-01-01)`,
    ]);
  });

  it('a contract running into the next one', async () => {
    const yaml = `${head()}contracts:
  - start: 2026-01-01
    end: 2026-03-01
    template: ft40
  - start: 2026-03-01
    template: ft40
`;
    expect(await errorsOf({ 'people/jane.yaml': yaml })).toEqual([
      `${P}/jane.yaml:7:10 contracts[0].end: overlaps the next contract, which starts 2026-03-01: end must be before that day`,
    ]);
  });

  it('unknown template, listing the known ones', async () => {
    const yaml = `${head()}contracts:
  - start: 2026-01-01
    template: ft-40
`;
    expect(await errorsOf({ 'people/jane.yaml': yaml })).toEqual([
      `${P}/jane.yaml:7:15 contracts[0].template: unknown contract template "ft-40" (contracts.yaml defines ft40, pt-month)`,
    ]);
  });

  it('a template contract may only override vacationDays and publicHolidayGroup', async () => {
    const yaml = `${head()}contracts:
  - start: 2026-01-01
    template: ft40
    type: day
    weeklyHours: 20h
    vacationDays: 28
`;
    expect(await errorsOf({ 'people/jane.yaml': yaml })).toEqual([
      `${P}/jane.yaml:8:11 contracts[0].type: contradicts template "ft40", which is a week contract`,
      `${P}/jane.yaml:9:5 contracts[0].weeklyHours: comes from template "ft40": a contract with a template may only override vacationDays and publicHolidayGroup`,
    ]);
  });

  it('a contract with neither template nor type', async () => {
    const yaml = `${head()}contracts:
  - start: 2026-01-01
    vacationDays: 30
`;
    expect(await errorsOf({ 'people/jane.yaml': yaml })).toEqual([
      `${P}/jane.yaml:6:5 contracts[0].type: a contract needs a template or a type`,
    ]);
  });

  it('day durations outside 0..24h, and a typo in minutes', async () => {
    const yaml = `${head()}contracts:
  - start: 2026-01-01
    type: day
    days: { mon: 25h, tue: 7h90m, wed: 86400 }
`;
    expect(await errorsOf({ 'people/jane.yaml': yaml })).toEqual([
      `${P}/jane.yaml:8:18 contracts[0].days.mon: a day must be at most 24h (got 25h)`,
      `${P}/jane.yaml:8:28 contracts[0].days.tue: has 90 minutes after hours in "7h90m": minutes must be below 60 there`,
    ]);
  });

  it('weeklyHours over 168h', async () => {
    const yaml = `${head()}contracts:
  - start: 2026-01-01
    type: week
    weeklyHours: 169h
    workDays: [mon]
`;
    expect(await errorsOf({ 'people/jane.yaml': yaml })).toEqual([
      `${P}/jane.yaml:8:18 contracts[0].weeklyHours: a week must be at most 168h (got 169h)`,
    ]);
  });

  it('week and month contracts need workDays and hours; fields of another type are refused', async () => {
    const yaml = `${head()}contracts:
  - start: 2026-01-01
    type: week
  - start: 2026-02-01
    type: month
    monthlyHours: 80h
    days: { mon: 8h }
`;
    expect(await errorsOf({ 'people/jane.yaml': yaml })).toEqual([
      `${P}/jane.yaml:6:5 contracts[0].weeklyHours: a week contract needs weeklyHours`,
      `${P}/jane.yaml:6:5 contracts[0].workDays: a week contract needs workDays`,
      `${P}/jane.yaml:8:5 contracts[1].workDays: a month contract needs workDays`,
      `${P}/jane.yaml:11:5 contracts[1].days: is not used by month contracts (they take monthlyHours)`,
    ]);
  });

  it('impossible and malformed dates', async () => {
    const yaml = `${head()}contracts:
  - start: 2026-02-30
    template: ft40
  - start: 2026-3-1
    template: ft40
`;
    expect(await errorsOf({ 'people/jane.yaml': yaml })).toEqual([
      `${P}/jane.yaml:6:12 contracts[0].start: 2026-02-30 is not a date that exists`,
      `${P}/jane.yaml:8:12 contracts[1].start: must be a date in the form YYYY-MM-DD (got "2026-3-1")`,
    ]);
  });

  it('a month contract for a person managed in Papershift', async () => {
    const yaml = `${head()}contracts:
  - start: 2026-01-01
    template: pt-month
  - start: 2026-06-01
    type: month
    monthlyHours: 100h
    workDays: [mon, tue]
systems:
  papershift: { staffNumber: 7 }
`;
    expect(await errorsOf({ 'people/jane.yaml': yaml })).toEqual([
      `${P}/jane.yaml:7:15 contracts[0].template: a month contract cannot be expressed in Papershift, where this person is managed (systems.papershift)`,
      `${P}/jane.yaml:9:11 contracts[1].type: a month contract cannot be expressed in Papershift, where this person is managed (systems.papershift)`,
    ]);
  });
});

describe('template rules (contracts.yaml)', () => {
  it('checks templates like contracts, at their own position', async () => {
    const contracts = `ft40: { type: week, weeklyHours: 40h, workDays: [mon, tue, wed, thu, fri] }
broken:
  type: day
  days: { mon: 30h }
`;
    expect(await errorsOf({ 'contracts.yaml': contracts })).toEqual([
      `environments/acme/contracts.yaml:4:16 broken.days.mon: a day must be at most 24h (got 30h)`,
    ]);
  });
});

describe('employment rules', () => {
  it('overlapping employments and an end before the start', async () => {
    const yaml = `${head()}employments:
  - basicData: { employmentStart: 2024-01-01, employmentEnd: 2025-06-30 }
  - basicData: { employmentStart: 2025-06-30 }
  - basicData:
      employmentStart: 2027-01-01
      employmentEnd: 2026-01-01
`;
    expect(await errorsOf({ 'people/jane.yaml': yaml })).toEqual(
      [
        `${P}/jane.yaml:7:35 employments[1].basicData.employmentStart: overlaps employments[0] (2024-01-01 to 2025-06-30); McTime does not allow overlapping employments`,
        `${P}/jane.yaml:10:22 employments[2].basicData.employmentEnd: must not be before employmentStart (2027-01-01)`,
        `${P}/jane.yaml:9:24 employments[2].basicData.employmentStart: overlaps employments[1] (2025-06-30 to open end); McTime does not allow overlapping employments`,
      ].sort(byPosition),
    );
  });
});

describe('systems and environment', () => {
  it('a system the environment has no provider for', async () => {
    const yaml = `${head()}systems:
  kimai: { username: jdoe }
  papershift: { staffNumber: 12 }
`;
    const env = `providers:\n  kimai: { simulator: true }\n`;
    expect(await errorsOf({ 'environment.yaml': env, 'people/jane.yaml': yaml })).toEqual([
      `${P}/jane.yaml:7:3 systems.papershift: environment.yaml has no papershift provider: add one under providers, or remove this`,
    ]);
  });

  it('a name Kimai would refuse as the derived display name, unless an alias is declared', async () => {
    const yaml = `key: jane.doe
firstName: Jane "JD"
lastName: Doe
email: jane@example.com
systems:
  kimai: { username: jdoe }
`;
    expect(await errorsOf({ 'environment.yaml': ENV_YAML, 'people/jane.yaml': yaml })).toEqual([
      `${P}/jane.yaml:2:12 firstName: contains ", which Kimai refuses in the display name it derives from first and last name: set systems.kimai.alias`,
    ]);
    const aliased = yaml.replace('{ username: jdoe }', '{ username: jdoe, alias: Jane Doe }');
    expect((await load({ 'environment.yaml': ENV_YAML, 'people/jane.yaml': aliased })).ok).toBe(true);
    const elsewhere = yaml.replace('  kimai: { username: jdoe }', '  mctime: {}');
    expect((await load({ 'environment.yaml': ENV_YAML, 'people/jane.yaml': elsewhere })).ok).toBe(true);
  });

  it('unknown time zones, in a person and in defaults', async () => {
    const yaml = `${head()}systems:
  kimai: { username: jdoe, timezone: Europe/Munich }
`;
    const env = `${ENV_YAML}defaults:\n  kimai: { timezone: Mars/Olympus }\n`;
    expect(await errorsOf({ 'environment.yaml': env, 'people/jane.yaml': yaml })).toEqual([
      `environments/acme/environment.yaml:6:22 defaults.kimai.timezone: unknown time zone "Mars/Olympus" (use an IANA name like Europe/Vienna)`,
      `${P}/jane.yaml:6:38 systems.kimai.timezone: unknown time zone "Europe/Munich" (use an IANA name like Europe/Vienna)`,
    ]);
  });

  it('ignore rules naming an unknown person', async () => {
    const env = `${ENV_YAML}policy:
  ignore:
    - { system: kimai, field: alias, person: jane.doe }
    - { system: kimai, field: alias, person: nobody }
`;
    expect(await errorsOf({ 'environment.yaml': env, 'people/jane.yaml': head() })).toEqual([
      `environments/acme/environment.yaml:8:46 policy.ignore[1].person: unknown person "nobody": no declaration has this key`,
    ]);
  });
});

describe('uniqueness across files', () => {
  it('duplicate keys and e-mails (case-insensitive) point at the second and name the first', async () => {
    const files = {
      'people/a.yaml': head('jane.doe', 'Jane@Example.com'),
      'people/sub/b.yaml': head('jane.doe', 'jane@example.COM'),
    };
    expect(await errorsOf(files)).toEqual([
      `${P}/sub/b.yaml:1:6 key: duplicate person key "jane.doe": already used by jane.doe (${P}/a.yaml:1)`,
      `${P}/sub/b.yaml:4:8 email: duplicate e-mail address "jane@example.COM": already used by jane.doe (${P}/a.yaml:4)`,
    ]);
  });

  it('duplicate Kimai usernames inside one list file', async () => {
    const yaml = `people:
  - key: a
    firstName: A
    lastName: A
    email: a@example.com
    systems: { kimai: { username: jdoe } }
  - key: b
    firstName: B
    lastName: B
    email: b@example.com
    systems: { kimai: { username: JDoe } }
`;
    expect(await errorsOf({ 'people/team.yaml': yaml })).toEqual([
      `${P}/team.yaml:11:35 people[1].systems.kimai.username: duplicate Kimai username "JDoe": already used by a (${P}/team.yaml:6)`,
    ]);
  });
});

function byPosition(a: string, b: string): number {
  const pos = (s: string): number[] => (/:(\d+):(\d+) /.exec(s) ?? []).slice(1).map(Number);
  const [la = 0, ca = 0] = pos(a);
  const [lb = 0, cb = 0] = pos(b);
  return la - lb || ca - cb;
}
