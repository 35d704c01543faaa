// PATCH /api/users/{id}/preferences (kimai.md §3.5): sequential checks, all-or-nothing save, no value validation.
import type { Router } from '../common/server.js';
import { editRequest, type AuthedHandler, type KimaiContext, type Wrap } from './auth.js';
import { isFormObject, type FormValue } from './decode.js';
import { httpError, ok } from './errors.js';
import { registry, TOP_LEVEL_PREFS, visible } from './prefs.js';
import { entityShape } from './serialize.js';
import { YES_NO_PREFS, type SimUser } from './state.js';

/** The database column is 255 characters; a longer value fails on save (kimai.md §3.5: "most likely a 500"). */
const MAX_VALUE_LENGTH = 255;

/** Yes/no names: only false (null), null ("") and "" give "0"; everything else, even "0", gives "1". */
const yesNo = (v: string | null): string => (v === null || v === '' ? '0' : '1');

export function addPreferenceRoutes(router: Router, ctx: KimaiContext, authed: Wrap): void {
  const { state } = ctx;

  const patch: AuthedHandler = (req, caller) => {
    // Only `edit` is checked here, not the `preferences` permission (kimai.md §3.5).
    const edit = editRequest(ctx, req, caller);
    if (!('target' in edit)) return edit;
    const { target, body: decoded } = edit;
    // A single object is a PHP array whose values are its fields: each fails the element check below.
    const elements: FormValue[] = Array.isArray(decoded.value) ? decoded.value : Object.values(decoded.value);
    // Step 1: the registry is prepared once, before the loop (plugin names gated by the *stored* mode).
    const reg = registry(target, caller, 'prepared', ctx.plugins);
    let processed = false;
    for (const el of elements) {
      if (!isFormObject(el)) return httpError(400);
      if (!Object.hasOwn(el, 'name') || !Object.hasOwn(el, 'value')) return httpError(400);
      const rawName = el.name;
      if (typeof rawName !== 'string') return httpError(400);
      const name = rawName.replace(/[.-]/g, '_');
      const entry = reg.get(name);
      if (!entry) return httpError(404);
      if (!entry.enabled) return httpError(403);
      processed = true;
      const value = el.value;
      // Objects/arrays as value are silently ignored (200, value unchanged).
      if (value !== undefined && (value === null || typeof value === 'string')) entry.value = YES_NO_PREFS.has(name) ? yesNo(value) : value;
    }
    if (processed) {
      if ([...reg.values()].some((e) => e.value !== null && [...e.value].length > MAX_VALUE_LENGTH)) return httpError(500);
      persist(target, reg);
    }
    // The response shows the prepared registry (contract names included), even for the `[]` no-op.
    const lookup = (id: number) => state.users.get(id);
    return ok(entityShape(target, lookup, (u) => visible(u.id === target.id ? reg : registry(u, caller, 'read', ctx.plugins))));
  };

  router.add('PATCH', '/api/users/:id/preferences', authed(patch));
}

/** Saving writes every registered preference, so the whole default set is stored afterwards. */
function persist(user: SimUser, reg: ReturnType<typeof registry>): void {
  const rows = new Map<string, string | null>();
  for (const [name, e] of reg) {
    if ((TOP_LEVEL_PREFS as readonly string[]).includes(name)) {
      user[name as (typeof TOP_LEVEL_PREFS)[number]] = e.value ?? '';
    } else rows.set(name, e.value);
  }
  user.preferences = rows;
}
