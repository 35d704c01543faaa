// The user forms (UserApiCreateForm, UserApiEditForm; kimai.md §3.3/§3.4): field transformers and constraints.
// Messages are Symfony's English defaults where known; clients must key on field names only.
import type { FormValue } from './decode.js';
import { canAssignRole } from './perms.js';
import { COLOR_CHOICES } from './serialize.js';
import { ASSIGNABLE_ROLES, type KimaiState, type SimUser } from './state.js';

export const CREATE_FIELDS = [
  'username', 'alias', 'title', 'accountNumber', 'color', 'email', 'language', 'locale', 'timezone', 'enabled',
  'supervisor', 'systemAccount', 'requiresPasswordReset', 'roles', 'plainPassword', 'plainApiToken',
] as const;

/** Translated UI languages (about 39 codes, kimai.md §3.3). */
export const LANGUAGES = new Set([
  'ar', 'ca', 'cs', 'da', 'de', 'de_AT', 'de_CH', 'el', 'en', 'en_GB', 'eo', 'es', 'et', 'eu', 'fa', 'fi', 'fo', 'fr', 'he',
  'hr', 'hu', 'it', 'ja', 'ko', 'nb_NO', 'nl', 'pl', 'pt', 'pt_BR', 'ro', 'ru', 'sk', 'sl', 'sr', 'sv', 'tr', 'uk', 'vi',
  'zh_CN', 'zh_Hant', 'zh_Hant_TW',
]);
const TIMEZONES = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** Any ICU locale (`en_GB`, `de_AT`, `zh_Hant_TW`) whose language is a real one. */
function isLocale(v: string): boolean {
  if (!/^[a-z]{2,3}(_[A-Z][a-z]{3})?(_(?:[A-Z]{2}|\d{3}))?$/.test(v)) return false;
  return languageNames.of(v.split('_')[0]!) !== undefined;
}

const INVALID = 'This value is not valid.';
/** A value the field's transformer cannot take (an array for a text field, "maybe" for a checkbox). */
const BAD: unique symbol = Symbol('bad input');
const BLANK = 'This value should not be blank.';
const short = (n: number) => `This value is too short. It should have ${n} characters or more.`;
const long = (n: number) => `This value is too long. It should have ${n} characters or less.`;
const HTML5_EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;
const HTML_CHARS = /[<>"=]/;

/** A text field: "" and null are empty (null); arrays/objects fail the transformation. */
function text(v: FormValue | undefined): string | null | typeof BAD {
  if (v === undefined || v === null || v === '') return null;
  return typeof v === 'string' ? v : BAD;
}

/** YesNoType: true/"1"/"true" are true; false/null/""/"0"/"false" are false; anything else is invalid. */
function yesNo(v: FormValue | undefined): boolean | typeof BAD {
  if (v === undefined || v === null || v === '' || v === '0' || v === 'false') return false;
  if (v === '1' || v === 'true') return true;
  return BAD;
}

export interface FormContext {
  state: KimaiState;
  caller: SimUser;
  /** Full submit (create: omitted = empty) or partial (edit: omitted = unchanged). */
  create: boolean;
}

export interface Submitted {
  errors: Record<string, string[]>;
  password: string | null;
}

/** Applies the submitted `fields` to `user` (a copy), collecting per-field errors. */
export function submit(user: SimUser, input: Record<string, FormValue>, fields: readonly string[], ctx: FormContext): Submitted {
  const errors: Record<string, string[]> = {};
  const fail = (f: string, msg: string) => (errors[f] ??= []).push(msg);
  let password: string | null = null;
  for (const f of fields) {
    if (!ctx.create && !Object.hasOwn(input, f)) continue;
    const raw = input[f];
    switch (f) {
      case 'username':
      case 'email': {
        const t = text(raw);
        if (t === BAD) fail(f, INVALID);
        else if (t === null) fail(f, BLANK);
        else user[f] = t;
        break;
      }
      case 'alias':
      case 'title':
      case 'accountNumber': {
        const t = text(raw);
        const max = f === 'alias' ? 60 : f === 'title' ? 50 : 30;
        if (t === BAD || (t !== null && HTML_CHARS.test(t))) fail(f, INVALID);
        // Too long is silently truncated, not rejected (kimai.md §3.3).
        else user[f] = t === null ? null : [...t].slice(0, max).join('');
        break;
      }
      case 'color': {
        const t = text(raw);
        if (t === BAD || (t !== null && !COLOR_CHOICES.includes(t.toLowerCase()))) fail(f, 'The value you selected is not a valid choice.');
        else user.color = t === null ? null : t.toLowerCase();
        break;
      }
      case 'language':
      case 'locale':
      case 'timezone': {
        const t = text(raw);
        const valid = f === 'language' ? LANGUAGES.has(String(t)) : f === 'locale' ? isLocale(String(t)) : TIMEZONES.has(String(t));
        if (t === null && ctx.create) break; // entity fallbacks apply below
        if (t === null) fail(f, BLANK);
        else if (t === BAD || !valid) fail(f, 'The value you selected is not a valid choice.');
        else user[f] = t;
        break;
      }
      case 'enabled':
      case 'systemAccount':
      case 'requiresPasswordReset': {
        const b = yesNo(raw);
        if (b === BAD) fail(f, INVALID);
        else user[f] = b;
        break;
      }
      case 'supervisor': {
        const t = text(raw);
        if (t === null) user.supervisor = null;
        else {
          const sup = t !== BAD && /^\d+$/.test(t) ? ctx.state.users.get(Number(t)) : undefined;
          if (!sup || !sup.enabled) fail(f, INVALID);
          else user.supervisor = sup.id;
        }
        break;
      }
      case 'roles': {
        const roles = raw === undefined || raw === null || raw === '' ? [] : raw;
        if (!Array.isArray(roles) || roles.some((r) => typeof r !== 'string')) fail(f, INVALID);
        else {
          const names = roles as string[];
          // ROLE_USER is no choice (kimai.md §3.3); since 2.63.0 only roles the caller may assign.
          const bad = names.some((r) => !(ASSIGNABLE_ROLES as readonly string[]).includes(r) || !canAssignRole(ctx.caller, r));
          if (bad) fail(f, 'One or more of the given values is invalid.');
          else user.roles = [...new Set(names)];
        }
        break;
      }
      case 'plainPassword': {
        const t = text(raw);
        if (t === BAD) fail(f, INVALID);
        else if (t === null) fail(f, BLANK);
        else if ([...t].length < 8) fail(f, short(8));
        else if ([...t].length > 60) fail(f, long(60));
        else password = t;
        break;
      }
      case 'plainApiToken': {
        const t = text(raw);
        if (t === BAD) fail(f, INVALID);
        else if (t !== null) user.apiPassword = t;
        break;
      }
    }
  }
  if (ctx.create) {
    // Entity setter fallbacks when the fields were left empty (kimai.md §3.3): en, en, server timezone.
    if (!Object.hasOwn(input, 'locale') || text(input.locale) === null) user.locale = user.language;
  }
  validateIdentity(user, fields, input, ctx, fail);
  return { errors, password };
}

/** Length/character rules and uniqueness of username and e-mail (each also against the other's column). */
function validateIdentity(user: SimUser, fields: readonly string[], input: Record<string, FormValue>, ctx: FormContext, fail: (f: string, m: string) => void): void {
  const checks = (f: 'username' | 'email') => fields.includes(f) && (ctx.create || Object.hasOwn(input, f)) && user[f] !== '';
  const taken = (value: string) => {
    const other = ctx.state.byName(value);
    return other !== undefined && other.id !== user.id;
  };
  if (checks('username')) {
    const u = user.username;
    const n = [...u].length;
    if (n < 2) fail('username', short(2));
    else if (n > 64) fail('username', long(64));
    else if (u.includes('/') || HTML_CHARS.test(u)) fail('username', INVALID);
    else if (taken(u)) fail('username', 'The username is already used.');
  }
  if (checks('email')) {
    const e = user.email;
    const n = [...e].length;
    if (!HTML5_EMAIL.test(e)) fail('email', 'This value is not a valid email address.');
    else if (n < 2) fail('email', short(2));
    else if (n > 180) fail('email', long(180));
    else if (taken(e)) fail('email', 'The email is already used.');
  }
}
