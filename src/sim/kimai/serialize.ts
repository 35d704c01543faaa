// Response shapes (kimai.md §3.1 collection, §3.2 entity). Key order follows Kimai's serializer output.
import type { SimUser } from './state.js';

/** theme.color_choices defaults: the palette `color` must come from and `color-safe` is picked from. */
export const COLOR_CHOICES = [
  '#c0c0c0', '#808080', '#000000', '#800000', '#a52a2a', '#ff0000', '#ffa500', '#ffd700', '#ffff00', '#ffdab9',
  '#f0e68c', '#808000', '#00ff00', '#9acd32', '#008000', '#008080', '#00ffff', '#add8e6', '#00bfff', '#1e90ff',
  '#0000ff', '#000080', '#800080', '#ff00ff', '#ee82ee', '#ffe4e1', '#e6e6fa',
];
/** Kimai's "default colour" constant, reported as null (kimai.md §3.2). */
const DEFAULT_COLOR = '#d2d6de';

export const displayName = (u: SimUser): string => u.alias ?? u.username;

/** Never null: the stored colour, else a palette colour derived from the display name (stable per name). */
function colorSafe(u: SimUser): string {
  if (u.color && u.color !== DEFAULT_COLOR) return u.color;
  let h = 0;
  for (const ch of displayName(u)) h = (Math.imul(h, 31) + ch.codePointAt(0)!) >>> 0;
  return COLOR_CHOICES[h % COLOR_CHOICES.length]!;
}

/** kimai.md §3.2: two letters of a single word, else the first letters of the first two words; e-mail-like names use the local part. */
export function initials(name: string): string {
  let n = name;
  if (n.includes('@')) n = n.split('@')[0]!.replace(/\./g, ' ');
  const words = n.trim().split(/\s+/).filter(Boolean);
  const out = words.length <= 1 ? [...(words[0] ?? '')].slice(0, 2).join('') : words.slice(0, 2).map((w) => [...w][0]).join('');
  return out.toUpperCase();
}

/** The "collection" group (list items without `full`). */
export function collectionShape(u: SimUser): Record<string, unknown> {
  return {
    id: u.id,
    username: u.username,
    email: u.email,
    enabled: u.enabled,
    systemAccount: u.systemAccount,
    alias: u.alias,
    title: u.title,
    accountNumber: u.accountNumber,
    avatar: null,
    color: u.color === DEFAULT_COLOR ? null : u.color,
    'color-safe': colorSafe(u),
    initials: initials(displayName(u)),
    apiToken: u.apiPassword !== null,
    language: u.language,
    locale: u.locale,
    timezone: u.timezone,
  };
}

export type PrefItem = { name: string; value: string | null };

/**
 * The entity shape: collection fields plus roles, supervisor (nested entity, same groups), memberships, teams
 * (teams are not simulated: always empty) and preferences as computed by `prefsOf` for each user.
 */
export function entityShape(
  u: SimUser,
  lookup: (id: number) => SimUser | undefined,
  prefsOf: (u: SimUser) => PrefItem[],
  seen: Set<number> = new Set(),
): Record<string, unknown> {
  seen.add(u.id);
  const sup = u.supervisor !== null ? lookup(u.supervisor) : undefined;
  // JMS circular-reference handling: a user already on the path serializes as null.
  const supervisor = sup && !seen.has(sup.id) ? entityShape(sup, lookup, prefsOf, new Set(seen)) : null;
  return {
    ...collectionShape(u),
    roles: [...u.roles],
    supervisor,
    memberships: [],
    teams: [],
    preferences: prefsOf(u),
  };
}
