// Pure: systems.kimai of a person from the Kimai user, with only what differs from what the plan derives anyway
// (environment defaults, the alias "First Last"): a value that equals the derived one is not written.
import { isKnownTimeZone } from '../config/timezones.js';
import type { Defaults } from '../model/declarations.js';
import { storedAlias } from '../providers/kimai/desired.js';
import type { KimaiUserRecord } from '../providers/kimai/types.js';
import { fit, personDef, propertySchema } from './schema-fit.js';

const KIMAI = personDef('kimai');
const fits = (name: string, v: unknown): boolean => fit(v, propertySchema(KIMAI, name)!, name).value !== undefined;

/** systems.kimai, or null when the username itself cannot be declared (the user is then not imported into Kimai). */
export function kimaiSettings(u: KimaiUserRecord, fullName: string, defaults: Defaults['kimai'], warn: (w: string) => void): Record<string, unknown> | null {
  if (!fits('username', u.username)) {
    warn(`kimai username "${u.username}" cannot be declared: kimai left out`);
    return null;
  }
  const out: Record<string, unknown> = { username: u.username };
  const roles = [...u.roles].sort();
  const goodRoles = roles.filter((r) => fits('roles', [r]));
  if (goodRoles.length < roles.length) warn(`kimai roles ${roles.filter((r) => !goodRoles.includes(r)).join(', ')} cannot be declared: the plan will remove them`);
  if (goodRoles.length) out.roles = goodRoles;
  for (const name of ['timezone', 'language', 'locale'] as const) {
    const v = u[name];
    if (v === null) warn(`kimai ${name} is empty: the plan will set the environment default ${defaults[name]}`);
    else if (v !== defaults[name]) {
      if (fits(name, v) && (name !== 'timezone' || isKnownTimeZone(v))) out[name] = v;
      else warn(`kimai ${name} "${v}" cannot be declared: the plan will set ${defaults[name]}`);
    }
  }
  if (u.alias === null) warn(`kimai alias is empty: the plan will set "${fullName}"`);
  else if (u.alias !== storedAlias(fullName)) {
    if (fits('alias', u.alias)) out.alias = u.alias;
    else warn(`kimai alias "${u.alias}" cannot be declared: the plan will set "${fullName}"`);
  }
  for (const name of ['title', 'accountNumber'] as const) {
    const v = u[name];
    if (v === null || v === '') continue;
    // Undeclared, they are left alone by the plan: safe to leave out.
    if (fits(name, v)) out[name] = v;
    else warn(`kimai ${name} "${v}" cannot be declared: left out (Kimai keeps it)`);
  }
  return out;
}
