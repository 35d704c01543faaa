// Fast path for plain YAML files: js-yaml builds the data about ten times faster than yaml's document model,
// which keeps every node's position. Positions are only needed to report a problem, so the document model is
// built later, and only for a file that has one (SourceFile parses lazily).
//
// The fast path must never read a file differently from the document model. So:
// - plain scalars resolve with yaml's own YAML 1.2 core tags (the same regular expressions and converters);
// - only files made of simple lines take the fast path (below), and none with a null key (`~:`), which js-yaml
//   names "null" where yaml names it "";
// - anything js-yaml refuses goes there too, so errors always come from one parser, with positions.
// test/unit/config/yaml-fast.test.ts compares both readers on generated documents.
import jsyaml from 'js-yaml';
import { isScalar, Schema, type ScalarTag } from 'yaml';

export const CORE_TAGS = new Schema({ schema: 'core' }).tags.filter(
  (t): t is ScalarTag & { test: RegExp } => 'test' in t && t.test instanceof RegExp && t.default === true,
);

/**
 * False for a scalar no core tag can match, by its first character (null, bool, int and float all start with
 * one of these, or are empty): js-yaml asks every tag about every plain scalar, and most are names and e-mails.
 * A test checks it against every core tag's own pattern.
 */
export function mayBeCore(data: string): boolean {
  return data === '' || MAY_BE_CORE.test(data);
}
const MAY_BE_CORE = /^[~nNtTfF0-9+.-]/;

/** One js-yaml type per YAML tag (js-yaml keeps only the last type of a tag), trying yaml's variants in order. */
function coreType(tag: string): jsyaml.Type {
  const variants = CORE_TAGS.filter((t) => t.tag === tag);
  const isNull = tag === 'tag:yaml.org,2002:null';
  const find = (data: string) => (mayBeCore(data) ? variants.find((v) => v.test.test(data)) : undefined);
  return new jsyaml.Type(tag, {
    kind: 'scalar',
    // js-yaml passes null for an empty node (`key:`), which YAML 1.2 reads as null.
    resolve: (data: string | null) => (data === null ? isNull : find(data) !== undefined),
    construct: (data: string | null): unknown => {
      const v = data === null ? undefined : find(data);
      if (!v) return null;
      // Some converters wrap the value in a Scalar node to remember its source format (`True`, `1.50`).
      const value: unknown = v.resolve(data ?? '', () => undefined, { intAsBigInt: false });
      return isScalar(value) ? value.value : value;
    },
  });
}

const SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [...new Set(CORE_TAGS.map((t) => t.tag))].map(coreType),
});

// The fast path takes only files whose every line has one of the simple shapes below: comments, `key: value`,
// `- value`, `- key: value`, `key:` / `-` opening a nested block, with one-line scalars (plain, quoted) or simple
// one-line flow collections as values. Everything else (block and multi-line scalars, anchors, aliases, tags,
// directives, explicit or flow keys, nested or multi-line flow collections, tabs) goes to the document model.
// Sending a simple file the slow way only costs speed; the reverse would be a bug.
const KEY = String.raw`(?:[A-Za-z_][A-Za-z0-9_.-]*|"[^"\\\n]*"|'[^'\n]*')`;
// A plain scalar: no indicator first (a `-`, `?` or `:` only before a non-space), no ": " or " #" inside.
const PLAIN =
  String.raw`(?:[^\s\-?:,[\]{}#&*!|>'"%@` +
  '`' +
  String.raw`]|[-?:](?=[^\s,[\]{}]))(?:[^\s:#]|:(?=[^\s,[\]{}])|#| +(?=[^\s#]))*`;
const DOUBLE_QUOTED = String.raw`"(?:[^"\\\n]|\\[^\n])*"`;
const SINGLE_QUOTED = String.raw`'(?:[^'\n]|'')*'`;
// Flow collections on one line, as people write them: `[mon, tue]`, `{ mon: 8h, tue: 6h }`, `[{ name: Vienna }]`.
const FLOW_PLAIN = String.raw`[A-Za-z0-9_](?:[A-Za-z0-9_.@+-]| (?=[A-Za-z0-9_.@+-]))*`;
const FLOW_SCALAR = `(?:${FLOW_PLAIN}|${DOUBLE_QUOTED}|${SINGLE_QUOTED})`;
const FLOW_PAIR = `${KEY}: +${FLOW_SCALAR}`;
const FLOW_MAP = String.raw`\{ *(?:${FLOW_PAIR}(?: *, *${FLOW_PAIR})*)? *\}`;
const FLOW_ITEM = `(?:${FLOW_SCALAR}|${FLOW_MAP})`;
const FLOW_SEQ = String.raw`\[ *(?:${FLOW_ITEM}(?: *, *${FLOW_ITEM})*)? *\]`;
const VALUE = `(?:${PLAIN}|${DOUBLE_QUOTED}|${SINGLE_QUOTED}|${FLOW_SEQ}|${FLOW_MAP})`;
// A dash alone opens a nested block; `- -` (js-yaml misreads the next item after it) is left to yaml.
const LINE = String.raw` *(?:(?:- +)*(?:${KEY}:(?: +${VALUE})?|${VALUE})|-)? *(?:(?<=^|\s)#.*)?\r?`;
/**
 * A lone CR, NEL or a Unicode line or paragraph separator: the parsers (and JavaScript's `^`/`$`) disagree on
 * whether they end a line.
 */
const ODD_BREAKS = /\r(?!\n)|[\u0085\u2028\u2029]/;
/** Matches at the first line that is not of a simple shape. */
const COMPLEX_LINE = new RegExp(`^(?!${LINE}$)`, 'm');
/** A key at the start; group 1 is set when a value follows it on the line. */
const KEY_START = new RegExp(`^${KEY}:(?:$| (?: *([^#\\s]))?)`);

interface Block {
  col: number;
  seq: boolean;
  /** A sequence at its key's own column (`roles:` then `- a`). */
  compact: boolean;
}

/**
 * Whether the blocks nest by indentation the way yaml requires: js-yaml also accepts some layouts yaml refuses
 * (an item indented less than its siblings, a sequence after a mapping at one column).
 */
function plainLayout(text: string): boolean {
  const open: Block[] = [];
  // What the last key or dash opened: the next entry may go deeper than it (or, after a key, be a compact list).
  let opener: { col: number; key: boolean } | null = null;
  // Column of an empty sequence item on the previous line, or -1.
  let emptyItem = -1;
  const place = (col: number, seq: boolean): boolean => {
    while (open.length > 0 && (open.at(-1) as Block).col > col) open.pop();
    const top = open.at(-1);
    const opened = opener;
    opener = null;
    if (!top) return col === 0 && open.push({ col, seq, compact: false }) > 0;
    if (top.col === col) {
      if (top.seq === seq) return true;
      if (seq && opened?.key && opened.col === col) return open.push({ col, seq, compact: true }) > 0;
      if (!seq && top.compact) {
        open.pop();
        const under = open.at(-1);
        return under !== undefined && under.col === col && !under.seq;
      }
      return false;
    }
    if (!opened || opened.col >= col) return false;
    open.push({ col, seq, compact: false });
    return true;
  };
  for (const raw of text.split('\n')) {
    let col = 0;
    while (raw.charCodeAt(col) === 32) col++;
    let rest = raw.slice(col, raw.charCodeAt(raw.length - 1) === 13 ? -1 : raw.length);
    if (rest === '' || rest.startsWith('#')) continue;
    const dashed = rest === '-' || rest.startsWith('- ');
    // js-yaml puts a `-` that follows an empty item (a dash alone) at a smaller column into the empty item's list.
    if (dashed && col < emptyItem) return false;
    emptyItem = -1;
    let dashCol = -1;
    while (rest === '-' || rest.startsWith('- ')) {
      if (!place(col, true)) return false;
      opener = { col, key: false };
      dashCol = col;
      const step = 1 + (/^-( *)/.exec(rest)?.[1]?.length ?? 0);
      col += step;
      rest = rest.slice(step);
      if (rest.startsWith('#')) rest = '';
    }
    if (dashed && rest === '') emptyItem = dashCol;
    const key = KEY_START.exec(rest);
    if (key) {
      if (!place(col, false)) return false;
      opener = key[1] !== undefined ? null : { col, key: true };
    } else if (rest !== '') {
      opener = null;
    }
  }
  return true;
}

function hasNullKey(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(hasNullKey);
  if (typeof v !== 'object' || v === null) return false;
  // js-yaml turns a null key (`~:`, `null:`) into "null" where yaml makes it "": leave such files to yaml.
  for (const [k, x] of Object.entries(v)) if (k === 'null' || hasNullKey(x)) return true;
  return false;
}

/** The file's data, or undefined when the document model must read it (unusual syntax or an error). */
export function readFast(text: string): { data: unknown } | undefined {
  if (text.startsWith('\ufeff') || ODD_BREAKS.test(text) || COMPLEX_LINE.test(text) || !plainLayout(text))
    return undefined;
  let data: unknown;
  try {
    data = jsyaml.load(text, { schema: SCHEMA });
  } catch {
    return undefined;
  }
  // js-yaml gives undefined for an empty file, yaml gives null; a null key needs yaml's reading.
  if (data === undefined || hasNullKey(data)) return undefined;
  return { data };
}
