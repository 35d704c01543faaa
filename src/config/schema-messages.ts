// Human messages for ajv errors, built from keyword + params (ajv's own texts are too generic for users).
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { DeclPath } from './positions.js';
import type { SchemaIssue } from './schema-validate.js';

const PATTERN_HINTS: Record<string, string> = {
  '^[a-z0-9._-]+$': "may only contain a-z, 0-9, '.', '_' and '-'",
  '^[A-Za-z0-9._-]+$': "may only contain letters, digits, '.', '_' and '-'",
  '^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$': 'must be a duration like 8h, 7h30m, 45m or 30s, or a number of seconds',
  '^[A-Z]{2}$': 'must be an upper-case ISO country code like DE or AT',
  '^ROLE_[A-Z0-9_]+$': 'must be a Kimai role like ROLE_TEAMLEAD',
  '^[^/<>"=]+$': 'must not contain / < > " or =',
  '^[^<>"=]*$': 'must not contain < > " or =',
};

function show(value: unknown, hide: boolean): string {
  if (hide) return '';
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return text === undefined ? '' : ` (got ${text.length > 60 ? `${text.slice(0, 57)}...` : text})`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return `a ${typeof value}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  null: 'empty',
};

function typeText(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  return types.map((t) => TYPE_NAMES[String(t)] ?? String(t)).join(' or ');
}

function titleOf(e: ErrorObject): string | undefined {
  const t: unknown = e.parentSchema?.title;
  return typeof t === 'string' ? t : undefined;
}

function formatMessage(format: string, value: unknown, hide: boolean): string {
  if (format === 'date') {
    return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? `${value} is not a date that exists`
      : `must be a date in the form YYYY-MM-DD${show(value, hide)}`;
  }
  if (format === 'email') return `must be an e-mail address${show(value, hide)}`;
  if (format === 'uri') return `must be an absolute URL like https://time.example.com${show(value, hide)}`;
  if (format === 'uuid')
    return `must be a UUID like 123abc45-39c5-436f-a70b-d3a14db753c6${show(value, hide)}`;
  return `must be a valid ${format}${show(value, hide)}`;
}

function text(e: ErrorObject, hide: boolean): string {
  const p = e.params as Record<string, unknown>;
  const v = e.data;
  switch (e.keyword) {
    case 'type':
      return titleOf(e) === 'Duration'
        ? `must be a duration like 8h, 7h30m, 45m or 30s, or a number of seconds, not ${kindOf(v)}`
        : `must be ${typeText(p.type)}, not ${kindOf(v)}`;
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).map((x) => String(x)).join(', ')}${show(v, hide)}`;
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}${show(v, hide)}`;
    case 'pattern':
      return `${PATTERN_HINTS[String(p.pattern)] ?? `must match ${String(p.pattern)}`}${show(v, hide)}`;
    case 'format':
      return formatMessage(String(p.format), v, hide);
    case 'minimum':
    case 'exclusiveMinimum':
      return `must be ${e.keyword === 'minimum' ? 'at least' : 'more than'} ${String(p.limit)}${show(v, hide)}`;
    case 'maximum':
    case 'exclusiveMaximum':
      return `must be ${e.keyword === 'maximum' ? 'at most' : 'less than'} ${String(p.limit)}${show(v, hide)}`;
    case 'multipleOf':
      return `must be a multiple of ${String(p.multipleOf)}${show(v, hide)}`;
    case 'minLength':
      return p.limit === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters long`;
    case 'maxLength':
      return `must be at most ${String(p.limit)} characters long (it has ${typeof v === 'string' ? v.length : '?'})`;
    case 'minItems':
      return `must have at least ${String(p.limit)} ${p.limit === 1 ? 'entry' : 'entries'}`;
    case 'minProperties':
      return titleOf(e) === 'McTimeOrganization'
        ? 'must give the organization by id or by name'
        : 'must not be empty';
    case 'maxProperties':
      return titleOf(e) === 'McTimeOrganization'
        ? 'must give the organization by id or by name, not both'
        : `must have at most ${String(p.limit)} fields`;
    case 'not':
      return v === 'ROLE_USER'
        ? 'ROLE_USER is implicit in Kimai and must not be listed (Kimai rejects it)'
        : `must not be ${JSON.stringify(v)}`;
    default:
      return e.message ?? `fails ${e.keyword}`;
  }
}

/** One ajv error as an issue: where to point, which path to show, what to say. */
export function messageFor(e: ErrorObject, path: DeclPath, hide: boolean): SchemaIssue {
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'required') {
    // The property is missing, so point at the mapping that should hold it.
    return { at: path, key: false, shown: [...path, String(p.missingProperty)], message: 'is required' };
  }
  if (e.keyword === 'additionalProperties') {
    const name = String(p.additionalProperty);
    const allowed = Object.keys((e.parentSchema?.properties as object | undefined) ?? {});
    const message =
      name === '<<'
        ? 'YAML merge keys (<<) are not supported: write the fields out'
        : `unknown field${allowed.length ? ` (allowed here: ${allowed.join(', ')})` : ''}`;
    return { at: [...path, name], key: true, shown: [...path, name], message };
  }
  if (e.keyword === 'uniqueItems') {
    const at = [...path, Number(p.i)];
    return {
      at,
      key: false,
      shown: at,
      message: `repeats entry ${String(p.j)}${show(Array.isArray(e.data) ? e.data[Number(p.i)] : undefined, hide)}`,
    };
  }
  if (e.propertyName !== undefined) {
    // An invalid map key (a template name): point at the key itself.
    const at = [...path, e.propertyName];
    return { at, key: true, shown: at, message: `invalid name: ${text(e, true)}` };
  }
  return { at: path, key: false, shown: path, message: text(e, hide) };
}
