// The declarations digest: stable across formatting, file layout, machine and credentials.
import type { Declarations } from '../model/declarations.js';
import { canonicalDigest } from '../plan/digest.js';
import { SECRET_FIELDS } from './semantic-env.js';

/** Source positions are left out: moving a line must not change the digest. */
const POSITIONS = new Set(['pos']);

export function declarationsDigest(decl: Omit<Declarations, 'digest'>): string {
  // Credentials rotate without changing what is declared; `dir` depends on the checkout location.
  const providers = Object.fromEntries(
    Object.entries(decl.providers).map(([name, cfg]) => [
      name,
      Object.fromEntries(
        Object.entries(cfg as object).filter(([k]) => !(SECRET_FIELDS as readonly string[]).includes(k)),
      ),
    ]),
  );
  // By key (unique in the environment): moving a person to another file, or reordering a `people:` list,
  // changes the load order but not what is declared, and must not make a saved plan look stale.
  const people = [...decl.people]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ sensitiveValues: _s, ...p }) => p);
  return canonicalDigest(
    { env: decl.env, providers, policy: decl.policy, defaults: decl.defaults, people },
    POSITIONS,
  );
}
