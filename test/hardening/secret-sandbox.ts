// The sandbox with distinctive credentials (characters that URL- and JSON-encoding change) and a person with
// distinctive sensitive data, so that a scan for these strings over every output means something.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSeed } from '../../src/runtime/simulators.js';
import type { PapershiftSimulator } from '../../src/sim/papershift/index.js';
import { startSimulator } from '../../src/sim/start.js';
import { runCli, type CliRun } from '../helpers/cli.js';
import type { Sims } from './state.js';

export const SECRETS = {
  KIMAI_TOKEN: 'kimaiTok+Secret/7Qx9Zw==',
  PAPERSHIFT_PASSWORD: 'Pw!ps&Secret #ä?=42',
  MCTIME_API_KEY: 'mct-KEY/Secret+8f3d&x=1',
};

/**
 * Personal data of tobias.hofer (the IBAN through ${TOBIAS_IBAN}), and a Kimai title through ${TOBIAS_TITLE}: any
 * ${NAME} value is sensitive, whatever field it goes to. Masked in every human-readable output.
 */
export const SENSITIVE = {
  iban: 'AT483200000012345864',
  tax: 'TAXID-93847561',
  insurance: 'SVNR-1234-170599',
  birthDate: '1999-05-17',
  title: 'Covert Title 7731',
};

export interface SecretSandbox {
  root: string;
  sims: Sims;
  env: NodeJS.ProcessEnv;
  cli(...args: string[]): Promise<CliRun>;
  close(): Promise<void>;
}

export async function secretSandbox(): Promise<SecretSandbox> {
  const root = mkdtempSync(join(tmpdir(), 'people-secrets-'));
  const dir = join(root, 'environments/ext');
  mkdirSync(join(root, 'plans'), { recursive: true });
  cpSync(join(process.cwd(), 'environments/sandbox'), dir, {
    recursive: true,
    filter: (src) => !/(simulator-seed\.yaml|\.simulator-state\.json)$/.test(src),
  });
  // The seed's credentials replaced by the distinctive ones; kept outside the root, whose files are scanned.
  const seedDir = mkdtempSync(join(tmpdir(), 'people-secrets-seed-'));
  const seedText = readFileSync(join(process.cwd(), 'environments/sandbox/simulator-seed.yaml'), 'utf8')
    .replace('apiToken: sandbox-kimai-token-0001', `apiToken: "${SECRETS.KIMAI_TOKEN}"`)
    .replace('password: sandbox-papershift-pass', `password: "${SECRETS.PAPERSHIFT_PASSWORD}"`)
    .replace('sandbox-mctime-key-0001:', `"${SECRETS.MCTIME_API_KEY}":`);
  writeFileSync(join(seedDir, 'simulator-seed.yaml'), seedText);
  const seed = readSeed(seedDir);
  const sims: Sims = {
    kimai: await startSimulator('kimai', { seed: seed.kimai }),
    // Pulse's 300 requests a minute (429 without Retry-After: a 60 s wait) would be reached by this many runs.
    papershift: await startSimulator('papershift', { seed: seed.papershift, knobs: { rateLimit: null } }),
    mctime: await startSimulator('mctime', { seed: seed.mctime }),
  };
  (sims.papershift as PapershiftSimulator).settings.authRateLimit = null; // many runs against one simulator
  const tobias = join(dir, 'people/tobias-hofer.yaml');
  writeFileSync(
    tobias,
    readFileSync(tobias, 'utf8')
      .replace(
        '    overtimeSettings:',
        [
          '    bankDetails: { paymentType: bank_transfer, nameOfAccountHolder: Tobias Hofer, iban: "${TOBIAS_IBAN}", bicSwift: BKAUATWWXXX }',
          `    payrollInformation: { taxIdentificationNumber: "${SENSITIVE.tax}", taxClass: 1 }`,
          `    insuranceInformation: { healthInsuranceCountry: AT, healthInsuranceNumber: "${SENSITIVE.insurance}" }`,
          '    overtimeSettings:',
        ].join('\n'),
      )
      .replace('    gender: male', `    gender: male\n    birthDate: ${SENSITIVE.birthDate}`)
      .replace('    username: thofer', '    username: thofer\n    title: "${TOBIAS_TITLE}"'),
  );
  writeFileSync(
    join(dir, 'environment.yaml'),
    readFileSync(join(dir, 'environment.yaml'), 'utf8').replace(
      /providers:[\s\S]*?policy:/,
      [
        'providers:',
        `  kimai: { url: "${sims.kimai.url}", token: "\${KIMAI_TOKEN}" }`,
        `  papershift: { url: "${sims.papershift.url}", email: "\${PAPERSHIFT_EMAIL}", password: "\${PAPERSHIFT_PASSWORD}" }`,
        `  mctime: { url: "${sims.mctime.url}", apiKey: "\${MCTIME_API_KEY}" }`,
        'policy:',
      ].join('\n'),
    ),
  );
  const env = {
    ...SECRETS,
    PAPERSHIFT_EMAIL: sims.papershift.credentials.email,
    TOBIAS_IBAN: SENSITIVE.iban,
    TOBIAS_TITLE: SENSITIVE.title,
  };
  return {
    root,
    sims,
    env,
    cli: (...args) => runCli([...args, '--env', 'ext', '--root', root], { env }),
    close: async () => {
      await Promise.all(Object.values(sims).map((s) => s.close()));
    },
  };
}
