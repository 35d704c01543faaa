// The per-user preference registry (kimai.md §3.2, §3.5): which names exist for a user, their values,
// and whether the caller may use them ("disabled" names are hidden on read and give 403 on write).
import { can } from './perms.js';
import { CONTRACT_DEFAULTS, CONTRACT_NAMES, CORE_DEFAULTS, HIDDEN_PREFS, PLUGIN_PREFS, RATE_PREFS, type SimUser } from './state.js';

export interface PluginOptions {
  /** The contract plugin is installed: hours_per_week/work_days_week/hours_per_month/work_days_month exist. */
  plugin: boolean;
  /**
   * The plugin registers week (month) names only while work_contract_type is week (month). kimai.md §7.8 and §9 report
   * this as third-party hearsay; we choose the stricter behaviour by default, so clients must set the mode first.
   */
  pluginPrefsNeedMode: boolean;
}

/** Preferences this simulator keeps as SimUser fields instead of rows. */
export const TOP_LEVEL_PREFS = ['language', 'locale', 'timezone'] as const;

export interface RegistryEntry {
  value: string | null;
  enabled: boolean;
}

/** Disabled for this caller? Rates need `hourly-rate`, contract and plugin names need `contract` (2.63.0+). */
function enabledFor(name: string, caller: SimUser, target: SimUser): boolean {
  if (RATE_PREFS.has(name)) return can(caller, 'hourly-rate', target);
  if (CONTRACT_NAMES.has(name)) return can(caller, 'contract', target);
  return true;
}

/**
 * `prepared` = the write path (UpdateUserPreference): core defaults + contract set + plugin set + stored rows.
 * `read` = a plain single-user read: core defaults + stored rows (the contract subscriber skips reads).
 */
export function registry(user: SimUser, caller: SimUser, mode: 'read' | 'prepared', opts: PluginOptions): Map<string, RegistryEntry> {
  const out = new Map<string, RegistryEntry>();
  const put = (name: string, value: string | null) => out.set(name, { value, enabled: enabledFor(name, caller, user) });
  for (const [n, v] of CORE_DEFAULTS) put(n, v);
  // Stored as preferences in Kimai, shown as top-level fields; registered (and writable) here too (kimai.md §3.5).
  for (const n of TOP_LEVEL_PREFS) put(n, user[n]);
  if (mode === 'prepared') {
    for (const [n, v] of CONTRACT_DEFAULTS) put(n, v);
    if (opts.plugin) {
      const type = user.preferences.get('work_contract_type') ?? 'none';
      for (const [n, m] of Object.entries(PLUGIN_PREFS)) if (!opts.pluginPrefsNeedMode || m === type) put(n, null);
    }
  }
  for (const [n, v] of user.preferences) put(n, v);
  return out;
}

/** `preferences` array items: hidden names and disabled names filtered (User::getVisiblePreferences). */
export function visible(entries: Map<string, RegistryEntry>): Array<{ name: string; value: string | null }> {
  const out: Array<{ name: string; value: string | null }> = [];
  for (const [name, e] of entries) if (e.enabled && !HIDDEN_PREFS.has(name) && !name.startsWith('_')) out.push({ name, value: e.value });
  return out;
}

/** GET /api/users?full=1: only stored rows, no preparation (so nothing is disabled either); hidden names still filtered. */
export function storedVisible(user: SimUser): Array<{ name: string; value: string | null }> {
  const out: Array<{ name: string; value: string | null }> = [];
  for (const [name, value] of user.preferences) if (!HIDDEN_PREFS.has(name) && !name.startsWith('_')) out.push({ name, value });
  return out;
}
