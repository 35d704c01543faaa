// Default Kimai permissions (kimai.md §1 table) for the four built-in roles. Custom role/permission
// configuration is not modelled: every installation here uses the shipped defaults.
import type { SimUser } from './state.js';

const LEVEL: Record<string, number> = { ROLE_USER: 0, ROLE_TEAMLEAD: 1, ROLE_ADMIN: 2, ROLE_SUPER_ADMIN: 3 };

/** Highest role in the hierarchy ROLE_SUPER_ADMIN > ROLE_ADMIN > ROLE_TEAMLEAD > ROLE_USER. */
export function level(u: SimUser): number {
  return Math.max(0, ...u.roles.map((r) => LEVEL[r] ?? 0));
}

export const isSuperAdmin = (u: SimUser): boolean => level(u) >= 3;

export type ProfileAction = 'view' | 'edit' | 'preferences' | 'password' | 'roles' | 'supervisor' | 'hourly-rate' | 'contract';

/** UserVoter: may `caller` perform `action` on `target`'s profile? */
export function can(caller: SimUser, action: ProfileAction, target: SimUser): boolean {
  const own = caller.id === target.id;
  const lv = level(caller);
  switch (action) {
    case 'view':
    case 'edit':
    case 'preferences':
    case 'password':
      // *_own_profile: all roles; *_other_profile: super admin only.
      return own || lv >= 3;
    case 'roles':
    case 'supervisor':
      // roles_own_profile / supervisor_own_profile are super admin only as well.
      return lv >= 3;
    case 'hourly-rate':
      return own ? lv >= 1 : lv >= 3;
    case 'contract':
      // contract_other_profile (ADMIN, SUPER_ADMIN) is checked for one's own record too (2.63.0+).
      return lv >= 2;
  }
}

/** view_user and create_user: super admin only by default. */
export const canListUsers = (caller: SimUser): boolean => level(caller) >= 3;
export const canCreateUsers = (caller: SimUser): boolean => level(caller) >= 3;

/** 2.63.0+: a caller may assign roles up to their own level (User::canAssignRole). */
export function canAssignRole(caller: SimUser, role: string): boolean {
  const l = LEVEL[role];
  return l !== undefined && l > 0 && l <= level(caller);
}
