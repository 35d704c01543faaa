// Field-by-field comparison of stored McTime users: every leaf of the starting record must be in the final
// record unchanged, except the leaves the declaration sets. Written independently of the provider's own
// path helpers, so that a mistake there cannot hide itself.
import type { GenPerson, Json } from './declarations.js';
import { employmentYaml } from './person-yaml.js';

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface Flat {
  /** Leaf path -> value (arrays other than employments and roles are one leaf). */
  leaves: Map<string, unknown>;
  /** Paths of the objects that exist (non-null) in the record. */
  objects: Set<string>;
}

/** Employments keyed by start date, role assignments by role and organization id. */
export function flatten(
  value: unknown,
  path = '',
  out: Flat = { leaves: new Map(), objects: new Set() },
): Flat {
  if (path === 'userEmployments' && Array.isArray(value)) {
    value.forEach((e, i) => {
      const start =
        isObject(e) && isObject(e.basicData) ? String(e.basicData.employmentStart).slice(0, 10) : `#${i}`;
      flatten(e, `userEmployments[${start}]`, out);
    });
  } else if (path === 'roles' && Array.isArray(value)) {
    for (const r of value.filter(isObject))
      for (const o of Array.isArray(r.organizations) ? r.organizations.filter(isObject) : [])
        flatten(o, `roles[${String(r.role)}@${String(o.id)}]`, out);
  } else if (isObject(value)) {
    if (path) out.objects.add(path);
    for (const [k, v] of Object.entries(value)) flatten(v, path ? `${path}.${k}` : k, out);
  } else out.leaves.set(path, value ?? null);
  return out;
}

/** Is this McTime leaf path one the declaration sets? */
export type Declared = (path: string) => boolean;

export function declaredPaths(p: GenPerson): Declared {
  const exact = new Set(['firstName', 'lastName', 'email']);
  const prefixes: string[] = [];
  const { id: _pin, roles, ...fields } = p.mctime ?? {};
  for (const [k, v] of Object.entries(fields)) {
    if (isObject(v)) for (const member of Object.keys(v)) exact.add(`${k}.${member}`);
    else exact.add(k);
  }
  if (roles !== undefined) prefixes.push('roles[');
  for (const e of p.employments)
    for (const [name, sub] of Object.entries(employmentYaml(e))) {
      if (Array.isArray(sub)) exact.add(`userEmployments[${e.start}].${name}`);
      else
        for (const field of Object.keys(sub as Json))
          exact.add(`userEmployments[${e.start}].${name}.${field}`);
    }
  // A leaver's access ends with validTo; McTime copies it into every role assignment.
  const leaving = p.leaveDate !== undefined;
  if (leaving) exact.add('validTo');
  return (path) =>
    exact.has(path) ||
    prefixes.some((x) => path.startsWith(x)) ||
    (leaving && /^roles\[[^\]]+\]\.validTo$/.test(path));
}

export interface LeafDifference {
  path: string;
  before: unknown;
  after: unknown;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

const ID_KEYS = new Set(['id', 'relId']);
const empty = (v: unknown): boolean => v === null || v === undefined || (Array.isArray(v) && v.length === 0);

/**
 * Differences outside the declared paths. In an object that did not exist before (a declared employment or
 * sub-object) McTime assigns ids and empty defaults; an existing object must keep its id (a new id means the
 * vendor dropped the old object and made another).
 */
export function undeclaredChanges(before: Json, after: Json, declared: Declared | null): LeafDifference[] {
  const b = flatten(before);
  const a = flatten(after);
  const out: LeafDifference[] = [];
  for (const path of new Set([...b.leaves.keys(), ...a.leaves.keys()])) {
    if (declared?.(path)) continue;
    const dot = path.lastIndexOf('.');
    const isNew = dot > 0 && !b.objects.has(path.slice(0, dot));
    if (isNew && (ID_KEYS.has(path.slice(dot + 1)) || empty(a.leaves.get(path)))) continue;
    if (!same(b.leaves.get(path), a.leaves.get(path)))
      out.push({ path, before: b.leaves.get(path), after: a.leaves.get(path) });
  }
  return out;
}
