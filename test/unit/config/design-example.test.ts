// The declaration format in DESIGN.md is a promise to users: its examples, verbatim, must load.
import { describe, expect, it } from 'vitest';
import { load } from './helpers.js';

const environment = `# environment.yaml
providers:                        # a provider absent here is not managed in this environment
  kimai:                          # Bearer API token
    url: https://time.example.com
    token: \${KIMAI_TOKEN}
  papershift:                     # signs in with e-mail and password for a Bearer token
    url: https://api-pulse.papershift.com
    email: \${PAPERSHIFT_EMAIL}
    password: \${PAPERSHIFT_PASSWORD}
  mctime:                         # API_KEY header
    url: https://mctime.com/api/v2/auth
    apiKey: \${MCTIME_API_KEY}
policy:
  unmanaged: report               # users in a system but not declared: report | deactivate
  maxChangesPercent: 30           # safety threshold for apply (overridable with --force)
`;

const contracts = `# contracts.yaml — reusable contract templates
full-time-40: { type: week, weeklyHours: 40h, workDays: [mon, tue, wed, thu, fri], vacationDays: 30 }
`;

const jane = `# people/jane-doe.yaml — one person a file (a file may also hold a list under \`people:\`)
key: jane.doe                     # stable, unique in the environment: [a-z0-9._-]+
firstName: Jane
lastName: Doe
email: jane.doe@example.com
contracts:                        # each in force from \`start\` until \`end\` or the next one's start
  - start: 2025-01-01
    template: full-time-40
  - start: 2026-03-01
    end: 2027-12-31               # optional
    type: day                     # day | week | month
    days: { mon: 8h, tue: 8h, wed: 8h, thu: 8h, fri: 4h }   # durations: 8h, 7h30m, or seconds
    vacationDays: 30
    publicHolidayGroup: 1
employments:                      # McTime userEmployments, McTime's own field names inside
  - basicData: { employmentStart: 2025-01-01, employmentRelationship: employee }
    employmentContract: { position: Engineer, employmentType: full_time, weeklyHours: 40 }
systems:                          # per-system settings; a person is managed in a system named here
  kimai:      { username: jdoe, roles: [ROLE_TEAMLEAD], timezone: Europe/Berlin }
  papershift: { staffNumber: 1042 }
  mctime:     { roles: [{ role: employee, organizations: [{ name: Main }] }] }
`;

const processEnv = {
  KIMAI_TOKEN: 'kt',
  PAPERSHIFT_EMAIL: 'api@example.com',
  PAPERSHIFT_PASSWORD: 'pw',
  MCTIME_API_KEY: 'mk',
};

describe('DESIGN.md examples', () => {
  it('load and normalise as documented', async () => {
    const r = await load(
      { 'environment.yaml': environment, 'contracts.yaml': contracts, 'people/jane-doe.yaml': jane },
      processEnv,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 2));
    const p = r.decl.people[0]!;
    expect(p.contracts.map((c) => [c.type, c.start, c.end, c.weeklySeconds, c.workDays.length])).toEqual([
      ['week', '2025-01-01', null, 144000, 5],
      ['day', '2026-03-01', '2027-12-31', null, 5],
    ]);
    expect(p.contracts[1]!.days.fri).toBe(14400);
    expect(p.systems.mctime).toEqual({
      roles: [{ role: 'employee', organizations: [{ name: 'Main' }] }],
      fields: {},
    });
    expect(r.decl.secrets.sort()).toEqual(['kt', 'mk', 'pw']);
    expect(r.decl.policy).toEqual({
      unmanaged: 'report',
      maxChangesPercent: 30,
      minPopulation: 10,
      ignore: [],
    });
  });
});
