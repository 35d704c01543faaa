// Fast path for plain YAML files: the data is built straight from the lines, about ten times faster than yaml's
// document model, which keeps every node's position. Positions are only needed to report a problem, so the
// document model is built later, and only for a file that has one (SourceFile parses lazily).
//
// The fast path must never read a file differently from the document model. So:
// - only files made of simple lines take it (below); anything else goes to the document model;
// - plain scalars resolve as yaml's YAML 1.2 core tags resolve them (core-tags.ts: the same patterns and converters);
// - anything doubtful (a duplicate key, a null key, an unknown escape, control characters) goes there too, so
//   errors always come from one parser, with positions.
// test/unit/config/yaml-fast.test.ts compares both readers on generated documents.
import { plainValue } from './core-tags.js';

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
/**
 * What follows a line's indentation and dashes: `key:`, `key: value` or a value, then perhaps a comment.
 * Group 1 is the key, group 2 its value, group 3 a value on its own.
 */
const CONTENT = new RegExp(`^(?:(${KEY}):(?: +(${VALUE}))?|(${VALUE}))? *(?:(?<=^|\\s)#.*)?$`);
/**
 * A lone CR, NEL or a Unicode line or paragraph separator (the parsers, and JavaScript's `^`/`$`, disagree on
 * whether they end a line), a control character or a lone surrogate: such files go to the document model.
 */
const ODD_CHARS =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
  /\r(?!\n)|[\u0085\u2028\u2029\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Every character ODD_CHARS can start at (a CR, a surrogate): most files have none, and this is quicker to rule out. */
// eslint-disable-next-line no-control-regex -- as above
const MAYBE_ODD = /[\r\u0085\u2028\u2029\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff]/;

const MARKER = /^(?:---|\.\.\.)(?:\s|$)/;
const DOC_START = /^---(?: +#.*| *)$/;

/** Thrown inside the reader for anything the fast path does not take; never escapes readFast. One instance:
 * building an error (and its stack) for every file that goes to the document model would cost for nothing. */
const NOT_SIMPLE = new Error('not a simple YAML file');

type Collection = unknown[] | Record<string, unknown>;

interface Block {
  col: number;
  seq: boolean;
  /** A sequence at its key's own column (`roles:` then `- a`). */
  compact: boolean;
  node: Collection;
}

/** Where a nested block goes when one follows: the value of a `key:` or of a `-` that had nothing after it. */
interface Slot {
  col: number;
  key: boolean;
  parent: Collection;
  at: string | number;
}

function fail(): never {
  throw NOT_SIMPLE;
}

/** An own `__proto__` stays a key, as in yaml's data (a plain assignment would set the prototype). */
function assign(map: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  else map[key] = value;
}

/** A new key; a repeated one is yaml's error to report. */
function setKey(map: Record<string, unknown>, key: string, value: unknown): void {
  if (Object.hasOwn(map, key)) fail();
  assign(map, key, value);
}

function fill(slot: Slot, value: unknown): void {
  if (Array.isArray(slot.parent)) slot.parent[slot.at as number] = value;
  else assign(slot.parent, slot.at as string, value);
}

/** A key's text: quoted keys hold no escapes (KEY), a plain one resolves like any scalar. A null key (`null:`),
 * which yaml turns into "", is left to yaml. */
function keyText(raw: string): string {
  const c = raw.charCodeAt(0);
  if (c === 0x22 || c === 0x27) return raw.slice(1, -1);
  const v = plainValue(raw);
  // KEY lets through only names, which resolve to strings or (`true:`) booleans, as yaml stringifies them.
  return typeof v === 'string' ? v : typeof v === 'boolean' ? String(v) : fail();
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\', '\t': '\t',
};
const ESCAPE = /\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/g;

/** YAML's double-quoted escapes (the set yaml accepts); any other is yaml's error to report. */
function doubleQuoted(raw: string): string {
  const body = raw.slice(1, -1);
  if (!body.includes('\\')) return body;
  return body.replace(ESCAPE, (_m, x?: string, u?: string, U?: string, other?: string) => {
    const hex = x ?? u ?? U;
    if (hex !== undefined) {
      const code = parseInt(hex, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : fail();
    }
    return ESCAPES[other as string] ?? fail();
  });
}

function scalar(raw: string): unknown {
  const c = raw.charCodeAt(0);
  if (c === 0x22) return doubleQuoted(raw);
  if (c === 0x27) return raw.slice(1, -1).replaceAll("''", "'");
  return plainValue(raw);
}

const FLOW_TOKEN = new RegExp(` *(?:([[\\]{},])|(${KEY}): +|(${FLOW_SCALAR}))`, 'y');

/** A one-line flow collection the VALUE pattern has already matched, so its shape is known to be right. */
function flowValue(raw: string): unknown {
  FLOW_TOKEN.lastIndex = 0;
  const next = (): RegExpExecArray => FLOW_TOKEN.exec(raw) ?? fail();
  const collection = (open: string): Collection => {
    const seq = open === '[';
    const node: Collection = seq ? [] : {};
    for (;;) {
      const t = next();
      const punct = t[1];
      if (punct === ']' || punct === '}') return node;
      if (punct === ',') continue;
      if (seq) (node as unknown[]).push(punct === '{' ? collection('{') : scalar(t[3] ?? fail()));
      else setKey(node as Record<string, unknown>, keyText(t[2] ?? fail()), scalar(next()[3] ?? fail()));
    }
  };
  return collection(next()[1] ?? fail());
}

function value(raw: string): unknown {
  const c = raw.charCodeAt(0);
  return c === 0x5b || c === 0x7b ? flowValue(raw) : scalar(raw);
}

/**
 * Builds the data line by line, nesting blocks by indentation the way yaml requires (yaml refuses an item
 * indented less than its siblings, or a sequence after a mapping at one column).
 */
function readLines(text: string): unknown {
  const open: Block[] = [];
  const doc: Slot = { col: -1, key: false, parent: [], at: 0 };
  // What the last key or dash opened: the next entry may go deeper than it (or, after a key, be a compact list).
  let opener: Slot | null = null;
  const push = (col: number, seq: boolean, compact: boolean, slot: Slot): Block => {
    const block: Block = { col, seq, compact, node: seq ? [] : {} };
    fill(slot, block.node);
    open.push(block);
    return block;
  };
  /** The block an entry at `col` (an item when `seq`, else a key) goes into. */
  const place = (col: number, seq: boolean): Block => {
    while (open.length > 0 && (open.at(-1) as Block).col > col) open.pop();
    const top = open.at(-1);
    const opened = opener;
    opener = null;
    if (!top) return col === 0 ? push(col, seq, false, doc) : fail();
    if (top.col === col) {
      if (top.seq === seq) return top;
      if (seq && opened?.key && opened.col === col) return push(col, true, true, opened);
      if (!seq && top.compact) {
        open.pop();
        const under = open.at(-1);
        return under !== undefined && under.col === col && !under.seq ? under : fail();
      }
      return fail();
    }
    return opened && opened.col < col ? push(col, seq, false, opened) : fail();
  };
  // A document of one scalar, once read: nothing but comments may follow it.
  let scalarDoc = false;
  let first = true;
  for (const raw of text.split('\n')) {
    let col = 0;
    // Bounds checked here and below: reading past the end deoptimised the function (recompiled twice per run).
    while (col < raw.length && raw.charCodeAt(col) === 32) col++;
    let rest = raw.slice(col, raw.endsWith('\r') ? -1 : raw.length);
    if (rest === '' || rest.charCodeAt(0) === 0x23) continue;
    if (scalarDoc) fail();
    // The document start marker, alone on the first line. Any other marker (a second document, `--- value`, an
    // end marker) is left to the document model.
    const c0 = rest.charCodeAt(0);
    if (col === 0 && (c0 === 0x2d || c0 === 0x2e) && MARKER.test(rest)) {
      if (first && DOC_START.test(rest)) {
        first = false;
        continue;
      }
      fail();
    }
    first = false;
    let dashed = false;
    while (rest !== '' && rest.charCodeAt(0) === 0x2d && (rest.length === 1 || rest.charCodeAt(1) === 32)) {
      const list = place(col, true).node as unknown[];
      list.push(null);
      opener = { col, key: false, parent: list, at: list.length - 1 };
      dashed = true;
      let step = 1;
      while (step < rest.length && rest.charCodeAt(step) === 32) step++;
      col += step;
      rest = rest.slice(step);
      if (rest.startsWith('#')) rest = '';
    }
    if (rest === '') continue;
    const m = CONTENT.exec(rest) ?? fail();
    const key = m[1];
    const keyed = m[2];
    const alone = m[3];
    if (key !== undefined) {
      const map = place(col, false).node as Record<string, unknown>;
      const k = keyText(key);
      setKey(map, k, keyed === undefined ? null : value(keyed));
      if (keyed === undefined) opener = { col, key: true, parent: map, at: k };
    } else if (alone !== undefined) {
      if (dashed && opener) fill(opener, value(alone));
      else if (open.length === 0 && col === 0) {
        fill(doc, value(alone));
        scalarDoc = true;
      } else fail(); // a value on a line of its own continues a multi-line scalar
      opener = null;
    }
  }
  return open.length > 0 || scalarDoc ? (doc.parent as unknown[])[0] : fail();
}

/** The file's data, or undefined when the document model must read it (unusual syntax or an error). */
export function readFast(text: string): { data: unknown } | undefined {
  if (text.charCodeAt(0) === 0xfeff || (MAYBE_ODD.test(text) && ODD_CHARS.test(text))) return undefined;
  try {
    return { data: readLines(text) };
  } catch (e) {
    if (e === NOT_SIMPLE) return undefined;
    throw e;
  }
}
