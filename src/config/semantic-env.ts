// environment.yaml rules beyond the schema: secrets only from the process environment, known time zones.
import type { Environment } from '../generated/environment.js';
import { PROVIDERS } from '../model/declarations.js';
import type { SourceFile } from './positions.js';
import type { Problems } from './report.js';
import { wasSubstituted, type Substitution } from './substitute.js';
import { isKnownTimeZone } from './timezones.js';

export const SECRET_FIELDS = ['token', 'password', 'apiKey'] as const;

export function checkEnvironment(
  p: Problems,
  file: SourceFile,
  env: Environment,
  subs: Substitution[],
): void {
  for (const name of PROVIDERS) {
    const provider = env.providers[name];
    if (!provider) continue;
    for (const field of SECRET_FIELDS) {
      // A secret written into the file would end up in git; only ${NAME} keeps it out.
      if (field in provider && !wasSubstituted(subs, ['providers', name, field])) {
        p.at(file, ['providers', name, field], 'secrets must come from the environment: use ${NAME}');
      }
    }
  }
  const tz = env.defaults?.kimai?.timezone;
  if (tz !== undefined && !isKnownTimeZone(tz)) {
    p.at(
      file,
      ['defaults', 'kimai', 'timezone'],
      `unknown time zone "${tz}" (use an IANA name like Europe/Vienna)`,
    );
  }
}
