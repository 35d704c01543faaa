// The McTime simulator's state: an organization tree, users stored as full documents (canonical form:
// padded birthDate, decimals as numbers, null for "no value"), API keys and the per-user audit log.
import { randomUUID } from 'node:crypto';

export type JsonObject = Record<string, unknown>;

export type OrganizationType =
  'company' | 'project' | 'subsidiary' | 'partner' | 'client' | 'supplier' | 'branch' | 'other';

export interface McTimeOrganization {
  id: string;
  name: string;
  type: OrganizationType;
  /** null for a company (the head of a tree). */
  parentId: string | null;
  validFrom: string | null;
  validTo: string | null;
}

/** One leaf that a POST changed, added or removed (path with `[id]` / `[role]` keys for array elements). */
export interface LeafChange {
  path: string;
  before: unknown;
  after: unknown;
}

export interface McTimeHistoryEntry {
  at: string;
  action: 'create' | 'edit';
  /** Key owner who sent the POST. */
  byUserId: string;
  /** Non-null leaves the POST set to null or dropped: the data-loss list. */
  removed: LeafChange[];
  changed: LeafChange[];
  added: LeafChange[];
  invitationSent: boolean;
}

export interface McTimeSeed {
  organizations: McTimeOrganization[];
  /** Full user documents (GET /users/{id} shape, read quirks allowed), with ids. */
  users: JsonObject[];
  /** API key -> user id. */
  apiKeys: Record<string, string>;
  nextRelId?: number;
  history?: Record<string, McTimeHistoryEntry[]>;
}

export const ROLES = ['employee', 'approver', 'manager', 'administrator', 'main_administrator'] as const;

/** A Map that counts its writes, so that derived views (the sorted user list) know when to rebuild. */
export class VersionedMap<K, V> extends Map<K, V> {
  version = 0;
  override set(key: K, value: V): this {
    this.version++;
    return super.set(key, value);
  }
  override delete(key: K): boolean {
    this.version++;
    return super.delete(key);
  }
  override clear(): void {
    this.version++;
    super.clear();
  }
}

export class McTimeState {
  readonly organizations: McTimeOrganization[];
  readonly users = new VersionedMap<string, JsonObject>();
  /**
   * The users a key owner sees, in list order, cached until the next user write: GET /users is paged 20 at a
   * time, and rebuilding (visibility + sort over every user) for each page made a 10,000-user listing
   * quadratic, so the simulator rather than the client dominated benchmarks.
   */
  private listCache: { version: number; keyUserId: string; users: JsonObject[] } | null = null;
  private activityCache: {
    users: JsonObject[];
    active: JsonObject[];
    inactive: JsonObject[];
    /** The split holds from when it was made (an earlier clock could revive a user) until a validTo passes. */
    madeAt: number;
    validUntil: number;
  } | null = null;
  readonly apiKeys: Map<string, string>;
  readonly history = new Map<string, McTimeHistoryEntry[]>();
  nextRelId: number;

  constructor(seed: McTimeSeed) {
    this.organizations = seed.organizations.map((o) => ({ ...o }));
    this.apiKeys = new Map(Object.entries(seed.apiKeys));
    // Relation ids look like the vendor's (2,5xx,xxx) so a client cannot mistake them for small counters.
    this.nextRelId = seed.nextRelId ?? 2_500_000;
    for (const [id, entries] of Object.entries(seed.history ?? {}))
      this.history.set(id, structuredClone(entries));
  }

  newRelId(): number {
    return this.nextRelId++;
  }

  newId(): string {
    return randomUUID();
  }

  org(id: string): McTimeOrganization | undefined {
    return this.organizations.find((o) => o.id === id);
  }

  children(id: string): McTimeOrganization[] {
    return this.organizations.filter((o) => o.parentId === id);
  }

  /** The organization and all its descendants. */
  subtree(id: string): Set<string> {
    const out = new Set<string>([id]);
    const queue = [id];
    while (queue.length > 0) {
      const cur = queue.shift()!;
      for (const c of this.children(cur)) {
        if (out.has(c.id)) continue;
        out.add(c.id);
        queue.push(c.id);
      }
    }
    return out;
  }

  /** The company at the head of the tree that holds `id`. */
  companyOf(id: string): McTimeOrganization | undefined {
    let cur = this.org(id);
    for (let i = 0; cur && cur.parentId && i < 100; i++) cur = this.org(cur.parentId);
    return cur;
  }

  /** Organization ids a key owner may see: its own employee organizations plus the subtrees it manages. */
  scopeOf(userId: string): Set<string> {
    const out = new Set<string>();
    for (const r of rolesOf(this.users.get(userId))) {
      for (const orgId of r.orgIds) {
        if (r.role === 'employee') out.add(orgId);
        else for (const id of this.subtree(orgId)) out.add(id);
      }
    }
    return out;
  }

  /**
   * Organization ids a key owner is responsible for (mctime.md §2.1): the subtrees where it holds a role above
   * employee. Only these may be given to users in `roles` (an employee key manages nothing).
   */
  managedScope(userId: string): Set<string> {
    const out = new Set<string>();
    for (const r of rolesOf(this.users.get(userId)))
      if (r.role !== 'employee')
        for (const orgId of r.orgIds) for (const id of this.subtree(orgId)) out.add(id);
    return out;
  }

  /** True when the key owner holds a role above employee somewhere (it may see other users). */
  isManagerial(userId: string): boolean {
    return rolesOf(this.users.get(userId)).some((r) => r.role !== 'employee');
  }

  canSeeUser(keyUserId: string, user: JsonObject): boolean {
    return this.visibility(keyUserId)(user);
  }

  /** canSeeUser as a predicate, with the key owner's managed organizations computed once. */
  visibility(keyUserId: string): (user: JsonObject) => boolean {
    if (!this.isManagerial(keyUserId)) return (user) => user.id === keyUserId;
    const managed = this.managedScope(keyUserId);
    return (user) => user.id === keyUserId || rolesOf(user).some((r) => r.orgIds.some((o) => managed.has(o)));
  }

  /** Every user the key owner sees, sorted with `order`; the same array until a user is written. */
  visibleSorted(keyUserId: string, order: (a: JsonObject, b: JsonObject) => number): JsonObject[] {
    const c = this.listCache;
    if (c && c.version === this.users.version && c.keyUserId === keyUserId) return c.users;
    const users = [...this.users.values()].filter(this.visibility(keyUserId)).sort(order);
    this.listCache = { version: this.users.version, keyUserId, users };
    return users;
  }

  /**
   * visibleSorted split into active and inactive users at `now`. A list page filters 10,000 users otherwise,
   * and a full listing takes 500 pages; the split is kept until a user is written or a validTo passes.
   */
  visibleByActivity(
    keyUserId: string,
    order: (a: JsonObject, b: JsonObject) => number,
    now: Date,
  ): { active: JsonObject[]; inactive: JsonObject[] } {
    const users = this.visibleSorted(keyUserId, order);
    const c = this.activityCache;
    const t = now.getTime();
    if (c && c.users === users && t >= c.madeAt && t <= c.validUntil) return c;
    const active: JsonObject[] = [];
    const inactive: JsonObject[] = [];
    let validUntil = Infinity;
    for (const u of users) {
      if (!isActive(u, now)) inactive.push(u);
      else {
        active.push(u);
        if (typeof u.validTo === 'string' && u.validTo !== '') validUntil = Math.min(validUntil, Date.parse(u.validTo));
      }
    }
    this.activityCache = { users, active, inactive, madeAt: t, validUntil };
    return this.activityCache;
  }

  addHistory(userId: string, entry: McTimeHistoryEntry): void {
    const list = this.history.get(userId) ?? [];
    list.push(entry);
    this.history.set(userId, list);
  }

  snapshot(): McTimeSeed {
    return structuredClone({
      organizations: this.organizations,
      users: [...this.users.values()],
      apiKeys: Object.fromEntries(this.apiKeys),
      nextRelId: this.nextRelId,
      history: Object.fromEntries(this.history),
    });
  }
}

/** Roles of a stored user as (role, organization ids) pairs. */
export function rolesOf(user: JsonObject | undefined): Array<{ role: string; orgIds: string[] }> {
  const roles = user?.roles;
  if (!Array.isArray(roles)) return [];
  return roles.flatMap((r: unknown) => {
    if (!isObject(r) || typeof r.role !== 'string') return [];
    const orgs = Array.isArray(r.organizations) ? r.organizations : [];
    const orgIds = orgs.flatMap((o: unknown) => (isObject(o) && typeof o.id === 'string' ? [o.id] : []));
    return [{ role: r.role, orgIds }];
  });
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Inactive = validTo in the past (mctime.md §3.1). */
export function isActive(user: JsonObject, now: Date): boolean {
  const to = user.validTo;
  return typeof to !== 'string' || to === '' || Date.parse(to) >= now.getTime();
}
