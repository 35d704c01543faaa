// Pure: the records of one human in all systems, joined into one group. By e-mail (case-insensitive) first,
// then by Kimai username / e-mail local part for what is still apart. Never a guess: a handle shared by more
// than two groups, or a join that would put two users of one system into one person, is left apart.
import type { ProviderName } from '../model/declarations.js';
import type { ImportRecord, RecordGroup } from './records.js';

export interface DeclaredIndex {
  /** Lower-cased e-mail → key of the declared person holding it. */
  emails: ReadonlyMap<string, string>;
  /** Lower-cased Kimai usernames some declaration names. */
  kimaiUsernames: ReadonlySet<string>;
}

export interface JoinResult {
  groups: RecordGroup[];
  /** Records not imported, with why (one line each). */
  skipped: string[];
  /** Facts about the joins a reviewer should know (joined by username, a system left out as inactive). */
  notes: string[];
}

const SYSTEMS: readonly ProviderName[] = ['kimai', 'papershift', 'mctime'];

export function describeRecord(r: ImportRecord): string {
  const email = r.email ? ` <${r.email}>` : '';
  if (r.system === 'kimai') return `kimai user ${r.user.username}${email}`;
  if (r.system === 'papershift') return `papershift user ${r.user.name}${email}`;
  const name = `${r.listed.firstName ?? ''} ${r.listed.lastName ?? ''}`.trim();
  return `mctime user ${name || r.id}${email}`;
}

const recordsOf = (g: RecordGroup): ImportRecord[] => SYSTEMS.flatMap((s) => (g[s] ? [g[s]] : []));
const localPart = (email: string): string => email.slice(0, email.lastIndexOf('@') < 0 ? undefined : email.lastIndexOf('@')).toLowerCase();

function handles(g: RecordGroup): Set<string> {
  const out = new Set<string>();
  if (g.kimai) out.add(g.kimai.user.username.toLowerCase());
  for (const r of recordsOf(g)) if (r.email) out.add(localPart(r.email));
  return out;
}

const disjoint = (a: RecordGroup, b: RecordGroup): boolean => SYSTEMS.every((s) => !(a[s] && b[s]));

function put(g: RecordGroup, r: ImportRecord): void {
  // The switch keeps each record in its own typed slot.
  if (r.system === 'kimai') g.kimai = r;
  else if (r.system === 'papershift') g.papershift = r;
  else g.mctime = r;
}

/** Records that belong to someone declared already are not imported a second time. */
function declaredOwner(r: ImportRecord, declared: DeclaredIndex): string | null {
  const key = r.email ? declared.emails.get(r.email.toLowerCase()) : undefined;
  if (key !== undefined) return `its e-mail belongs to the declared person ${key} (add systems.${r.system} there by hand)`;
  if (r.system === 'kimai' && declared.kimaiUsernames.has(r.user.username.toLowerCase())) return 'its username is declared for another person';
  return null;
}

function byEmail(records: readonly ImportRecord[], skipped: string[]): RecordGroup[] {
  const buckets = new Map<string, ImportRecord[]>();
  for (const r of records) {
    if (!r.email) {
      skipped.push(`${describeRecord(r)}: has no e-mail, which a declaration needs`);
      continue;
    }
    const k = r.email.toLowerCase();
    buckets.set(k, [...(buckets.get(k) ?? []), r]);
  }
  const groups: RecordGroup[] = [];
  for (const [email, list] of [...buckets].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const twice = SYSTEMS.filter((s) => list.filter((r) => r.system === s).length > 1);
    if (twice.length > 0) {
      skipped.push(`${email}: several ${twice.join(', ')} users have this e-mail; declare them by hand (pin the id)`);
      continue;
    }
    const g: RecordGroup = {};
    list.forEach((r) => put(g, r));
    groups.push(g);
  }
  return groups;
}

/** Merges two groups that share a handle no third group has, as long as they hold different systems. */
function byHandle(groups: RecordGroup[], notes: string[]): RecordGroup[] {
  let live = [...groups];
  for (let merged = true; merged; ) {
    merged = false;
    const holders = new Map<string, RecordGroup[]>();
    for (const g of live) for (const h of handles(g)) holders.set(h, [...(holders.get(h) ?? []), g]);
    for (const [h, list] of [...holders].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (list.length !== 2 || !disjoint(list[0]!, list[1]!)) continue;
      const [a, b] = list as [RecordGroup, RecordGroup];
      const joined: RecordGroup = { ...a, ...b };
      notes.push(`joined ${recordsOf(joined).map(describeRecord).join(' and ')} by the name "${h}" (their e-mails differ)`);
      live = [...live.filter((g) => g !== a && g !== b), joined];
      merged = true;
      break;
    }
  }
  return live;
}

/** Service accounts out, inactive records out (a person is imported from the systems where it is active). */
function usable(g: RecordGroup, skipped: string[], notes: string[]): RecordGroup | null {
  const all = recordsOf(g);
  if (all.some((r) => r.serviceAccount)) {
    skipped.push(`${all.map(describeRecord).join(', ')}: the tool's own service account (API token / sign-in identity)`);
    return null;
  }
  const active = all.filter((r) => r.active);
  if (active.length === 0) {
    skipped.push(`${all.map(describeRecord).join(', ')}: inactive in every system`);
    return null;
  }
  const out: RecordGroup = {};
  active.forEach((r) => put(out, r));
  for (const r of all.filter((x) => !x.active)) notes.push(`${describeRecord(r)} is deactivated: imported without ${r.system}`);
  return out;
}

const primaryEmail = (g: RecordGroup): string => (g.kimai?.email ?? g.mctime?.email ?? g.papershift?.email ?? '').toLowerCase();

export function joinRecords(records: readonly ImportRecord[], declared: DeclaredIndex): JoinResult {
  const skipped: string[] = [];
  const notes: string[] = [];
  const fresh = records.filter((r) => {
    const why = declaredOwner(r, declared);
    if (why) skipped.push(`${describeRecord(r)}: ${why}`);
    return why === null;
  });
  const joined = byHandle(byEmail(fresh, skipped), notes);
  const groups = joined.flatMap((g) => usable(g, skipped, notes) ?? []).sort((a, b) => (primaryEmail(a) < primaryEmail(b) ? -1 : primaryEmail(a) > primaryEmail(b) ? 1 : 0));
  return { groups, skipped, notes };
}
