// Regenerates environments/sandbox/simulator-seed.yaml: the declarations applied to simulators that hold only
// the organization tree, then changed so that the demo plan is interesting — some people in sync, some drifted,
// some missing, unmanaged users, and McTime records holding data the declarations do not mention.
// Run: npx tsx scripts/make-sandbox-seed.ts
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { main } from '../src/cli/main.js';
import type { KimaiSeed } from '../src/sim/kimai/index.js';
import type { McTimeSeed } from '../src/sim/mctime/index.js';
import type { PapershiftSeed } from '../src/sim/papershift/index.js';

type Json = Record<string, unknown>;
interface State {
  kimai: KimaiSeed;
  papershift: PapershiftSeed;
  mctime: McTimeSeed;
}

const repo = new URL('..', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'sandbox-seed-'));
const envDir = join(root, 'environments', 'sandbox');
mkdirSync(join(root, 'plans'), { recursive: true });
cpSync(join(repo, 'environments', 'sandbox'), envDir, { recursive: true, filter: (s) => !s.includes('.simulator-state') && !s.endsWith('simulator-seed.yaml') });

const ORG = (id: string, name: string, type: string, parentId: string | null) => ({ id, name, type, parentId, validFrom: '2020-01-01T00:00:00+00:00', validTo: null });
const organizations = [
  ORG('0b7d1d3e-5c1a-4f0e-9b1e-2a6c9d000001', 'Acme GmbH', 'company', null),
  ORG('0b7d1d3e-5c1a-4f0e-9b1e-2a6c9d000002', 'Engineering', 'branch', '0b7d1d3e-5c1a-4f0e-9b1e-2a6c9d000001'),
  ORG('0b7d1d3e-5c1a-4f0e-9b1e-2a6c9d000003', 'Vienna', 'branch', '0b7d1d3e-5c1a-4f0e-9b1e-2a6c9d000001'),
];
const initial = {
  kimai: { users: [{ username: 'admin', email: 'it@acme.example', enabled: true, roles: ['ROLE_SUPER_ADMIN'], alias: 'IT Admin', apiToken: 'sandbox-kimai-token-0001' }] },
  papershift: {
    account: { id: '5f0c3a52-7a5e-4c39-8d5b-1c0de0000001', name: 'Acme GmbH' },
    identities: [{ email: 'hr-bot@acme.example', password: 'sandbox-papershift-pass', userId: '5f0c3a52-7a5e-4c39-8d5b-1c0de0000002' }],
    users: [{ id: '5f0c3a52-7a5e-4c39-8d5b-1c0de0000002', name: 'HR Bot', email: 'hr-bot@acme.example', status: 'active' }],
    payroll: {},
    models: [],
  },
  mctime: {
    organizations,
    users: [
      {
        id: '9c1e6f00-0000-4000-8000-000000000001',
        firstName: 'IT',
        lastName: 'Admin',
        email: 'it@acme.example',
        availableLoginMethods: [0, 1],
        roles: [{ role: 'main_administrator', organizations: [{ id: organizations[0]!.id, name: 'Acme GmbH' }] }],
        userEmployments: [],
      },
    ],
    apiKeys: { 'sandbox-mctime-key-0001': '9c1e6f00-0000-4000-8000-000000000001' },
  },
};
writeFileSync(join(envDir, '.simulator-state.json'), JSON.stringify(initial));

const code = await main(['apply', '--env', 'sandbox', '--root', root, '--auto-approve', '--force', '--date', '2026-11-23', '--format', 'json'], {
  stdout: { write: () => true },
  stderr: { write: (s: string) => process.stderr.write(s) },
  stdin: process.stdin,
  env: {},
  color: false,
  today: () => '2026-11-23',
});
if (code !== 0) throw new Error(`apply into the empty simulators failed (exit ${code})`);
const state = JSON.parse(readFileSync(join(envDir, '.simulator-state.json'), 'utf8')) as State;

// Missing everywhere: a new hire not onboarded yet.
const gone = { username: 'thofer', email: 'tobias.hofer@acme.example' };
state.kimai.users = state.kimai.users.filter((u) => u.username !== gone.username);
const psGone = state.papershift.users.find((u) => u.email === gone.email);
state.papershift.users = state.papershift.users.filter((u) => u !== psGone);
state.papershift.models = state.papershift.models.filter((m) => m.user_id !== psGone?.id);
if (psGone) delete state.papershift.payroll[psGone.id];
state.mctime.users = state.mctime.users.filter((u) => u.email !== gone.email);

// Drift in Kimai: someone edited a title and the vacation days by hand.
const anna = state.kimai.users.find((u) => u.username === 'aschmidt')!;
anna.title = 'Senior Engineer (acting lead)';
anna.preferences = { ...anna.preferences, holidays: '28' };

// Drift in Papershift: Friday's hours changed in the UI; a model of a contract that no longer exists.
const lukas = state.papershift.users.find((u) => u.email?.startsWith('lukas.mueller'))!;
const lukasModel = state.papershift.models.find((m) => m.user_id === lukas.id && m.workdays.length > 0)!;
lukasModel.workdays[lukasModel.workdays.length - 1]!.seconds += 3600;
state.papershift.models.push({ id: '5f0c3a52-7a5e-4c39-8d5b-1c0de00000aa', user_id: lukas.id, pattern: 'weekly', start_date: '2023-01-01', discarded_at: null, workdays: [{ id: '5f0c3a52-7a5e-4c39-8d5b-1c0de00000ab', day_of_week: 0, seconds: 28800 }] });

// Unmanaged users: a former contractor still in Kimai and Papershift.
state.kimai.users.push({ username: 'ext.contractor', email: 'contractor@partner.example', enabled: true, roles: [], alias: 'External Contractor', language: 'en', locale: 'en_GB', timezone: 'Europe/Berlin' });
state.papershift.users.push({ id: '5f0c3a52-7a5e-4c39-8d5b-1c0de0000099', name: 'External Contractor', email: 'contractor@partner.example', status: 'active' });

// McTime: data the declarations do not mention, which every apply must keep.
const paul = state.mctime.users.find((u) => u.email === 'paul.berger@acme.example') as Json;
paul.exportIds = { exportId1: 'P-1001', exportId2: '', exportId3: '', hardwareTerminalChipId: 'CHIP-0077' };
paul.address = { street: 'Mariahilfer Straße 1', city: 'Wien', state: 'Wien', postalCode: '1060', country: 'AT' };
paul.availableLoginMethods = [-1];
(paul.userEmployments as Json[]).unshift({
  basicData: { employmentStart: '2018-03-01T00:00:00+00:00', employmentEnd: '2020-12-31T00:00:00+00:00', employeeId: '0815', employmentRelationship: 'employee', dismissReason: 'time_expired' },
  paySchedules: [],
  bankDetails: { paymentType: 'bank_transfer', nameOfAccountHolder: 'Paul Berger', iban: 'AT611904300234573201', bicSwift: 'BKAUATWW', bankName: 'Bank Austria' },
  payrollInformation: { taxIdentificationNumber: '12-345/6789', maritalStatus: 'single' },
});
// Drift in McTime: a changed position.
const julia = state.mctime.users.find((u) => u.email === 'anna.schmidt@acme.example') as Json;
const juliaJob = (julia.userEmployments as Json[])[0]!.employmentContract as Json;
juliaJob.position = 'Developer';

const header = `# Simulator seed for environments/sandbox (generated by scripts/make-sandbox-seed.ts; edit that script, not this file).
# The declarations applied to empty simulators, then: tobias.hofer missing everywhere; drift in Kimai (aschmidt's
# title and vacation days), Papershift (lukas.mueller's hours, an old model) and McTime (anna.schmidt's position);
# an unmanaged contractor; McTime data the declarations do not mention (paul.berger's export ids, address, login block,
# and a 2018 employment with bank and payroll data).\n`;
writeFileSync(join(repo, 'environments', 'sandbox', 'simulator-seed.yaml'), header + stringify(state, { lineWidth: 0 }));
console.log('wrote environments/sandbox/simulator-seed.yaml');
