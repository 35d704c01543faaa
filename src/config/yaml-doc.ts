// Reads one YAML file defensively: size cap, strict UTF-8, parse errors with positions, alias-bomb cap.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import type { Document, LineCounter } from 'yaml';
import type { ConfigError } from './errors.js';
import type { SourceFile } from './positions.js';
import { readFast } from './yaml-fast.js';
import { yamlLib } from './yaml-lib.js';

/** Larger files are refused before parsing: a people file is a few KB, so this only catches mistakes and abuse. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Aliases allowed when building values; a small cap turns an alias bomb into an error instead of a hang. */
export const MAX_ALIAS_COUNT = 50;

/**
 * `fast` holds the data when the fast path could read the file; otherwise `file.doc` is already parsed and the
 * data comes from it (toData). Either way `file` can point at any node for an error message. `fast.noDollar`
 * says that no string in the data can hold a `${NAME}` reference: the text has no `$`, nor a `\` that an escape
 * could turn into one.
 */
export type ReadResult =
  | { ok: true; file: SourceFile; fast?: { data: unknown; noDollar: boolean } }
  | { ok: false; errors: ConfigError[] };

// prettyErrors off: we print our own file:line:col, the library's code excerpt would be noise.
const parse = (text: string, lineCounter: LineCounter): Document =>
  yamlLib().parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });

/**
 * A file whose document model (with positions) is built on first use: most files never need it. Once loading is
 * done with a file it is released, and a later question about a position reads the file again: 10,000 people
 * keep their source positions without keeping 10,000 texts.
 */
class LazySourceFile implements SourceFile {
  private text: string | undefined;
  private parsed: { doc: Document; lc: LineCounter } | undefined;

  constructor(
    readonly rel: string,
    private readonly abs: string,
    text: string,
    parsed?: { doc: Document; lc: LineCounter },
  ) {
    this.text = text;
    this.parsed = parsed;
  }

  private model(): { doc: Document; lc: LineCounter } {
    if (!this.parsed) {
      const lc = new (yamlLib().LineCounter)();
      // A file that changed or vanished since loading can only give approximate positions, never a crash.
      let text = this.text;
      if (text === undefined) {
        try {
          text = readFileSync(this.abs, 'utf8');
        } catch {
          text = '';
        }
      }
      this.parsed = { doc: parse(text, lc), lc };
    }
    return this.parsed;
  }

  get doc(): Document {
    return this.model().doc;
  }

  get lc(): LineCounter {
    return this.model().lc;
  }

  release(): void {
    this.text = undefined;
    this.parsed = undefined;
  }
}

function fileError(rel: string, message: string, line = 0, col = 0): ConfigError {
  return { file: rel, line, col, path: '', message };
}

/** Line of the first byte sequence that is not UTF-8, so the user can find it. */
function firstBadUtf8Line(buf: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= buf.length; i++) {
    if (i === buf.length || buf[i] === 0x0a) {
      try {
        decoder.decode(buf.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}

/** One decoder for every file: without `stream`, each decode starts afresh. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decode(buf: Buffer, rel: string): string | ConfigError {
  try {
    return UTF8.decode(buf);
  } catch {
    return fileError(rel, 'is not valid UTF-8 text (save the file as UTF-8)', firstBadUtf8Line(buf), 1);
  }
}

/** The key text starting at `offset` (the library's error range covers only its first character). */
function keyAt(text: string, offset: number): string {
  const m = /^("[^"\n]*"|'[^'\n]*'|[^:\n]+?)\s*:/.exec(text.slice(offset, offset + 200));
  return m?.[1] ? ` ${m[1].startsWith('"') ? m[1] : `"${m[1]}"`}` : '';
}

const SHARED = Buffer.allocUnsafe(64 * 1024);

/**
 * The file's bytes, or its size when over the cap. One open, fstat and read: a stat by path and then
 * readFileSync (which opens and fstats again) cost a tenth of loading 10,000 small files.
 */
function readCapped(abs: string, regular: boolean): Buffer | { tooLarge: number } {
  const fd = openSync(abs, 'r');
  try {
    // A file known to be regular (its directory entry said so) that fits the shared buffer needs no fstat: a
    // regular file reads short only at its end. The bytes are decoded before the next file is read.
    if (regular) {
      const n = readSync(fd, SHARED, 0, SHARED.length, 0);
      if (n < SHARED.length) return SHARED.subarray(0, n);
    }
    const stat = fstatSync(fd);
    const size = stat.size;
    if (size > MAX_FILE_BYTES) return { tooLarge: size };
    // One byte more than the size, to see a file that grew since the fstat; it is read to the end in any case.
    let buf = Buffer.allocUnsafe(size + 1);
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        if (length > MAX_FILE_BYTES) return { tooLarge: length };
        buf = Buffer.concat([buf, Buffer.allocUnsafe(buf.length)]);
      }
      const wanted = buf.length - length;
      const n = readSync(fd, buf, length, wanted, null);
      length += n;
      // A regular file reads short only at its end: no further read (and system call) to be told so.
      if (n === 0 || (stat.isFile() && n < wanted && length >= size)) return buf.subarray(0, length);
    }
  } finally {
    closeSync(fd);
  }
}

/** Why a file could not be read, without the absolute path Node's message carries. */
function readProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'it does not exist (a broken link?)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? (e as Error).message;
}

/** `regular`: the file's directory entry says it is a regular file (not a link, a pipe or a device). */
export function readYamlFile(abs: string, rel: string, regular = false): ReadResult {
  let bytes: Buffer | { tooLarge: number };
  try {
    bytes = readCapped(abs, regular);
  } catch (e) {
    return { ok: false, errors: [fileError(rel, `cannot be read: ${readProblem(e)}`)] };
  }
  if ('tooLarge' in bytes) {
    const size = bytes.tooLarge;
    return {
      ok: false,
      errors: [
        // 1:1 so that the error has the file:line:col form every declaration error has (editors jump to it).
        fileError(rel, `is ${size} bytes; declaration files may be at most ${MAX_FILE_BYTES} bytes (5 MB)`, 1, 1),
      ],
    };
  }
  const text = decode(bytes, rel);
  if (typeof text !== 'string') return { ok: false, errors: [text] };
  const fast = readFast(text);
  if (fast) {
    const noDollar = !text.includes('$') && !text.includes('\\');
    return { ok: true, file: new LazySourceFile(rel, abs, text), fast: { data: fast.data, noDollar } };
  }
  const lc = new (yamlLib().LineCounter)();
  const doc = parse(text, lc);
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    // Duplicate keys are each their own mistake; after a syntax error the parser is lost, and what it reports
    // next mostly follows from the first (one unquoted ${NAME} in a { } gave 60 lines): that one is shown.
    const duplicates = problems.filter((e) => e.code === 'DUPLICATE_KEY');
    const syntax = problems.filter((e) => e.code !== 'DUPLICATE_KEY');
    const shown = syntax.length > 0 ? [...duplicates, syntax[0]!].sort((a, b) => a.pos[0] - b.pos[0]) : duplicates;
    return {
      ok: false,
      errors: shown.map((e) => {
        const { line, col } = lc.linePos(e.pos[0]);
        let msg =
          e.code === 'DUPLICATE_KEY'
            ? `duplicate key${keyAt(text, e.pos[0])}: each key may appear only once in a mapping`
            : e.message.replace(/\s+/g, ' ').trim();
        if (e === syntax[0]) {
          msg += flowReferenceHint(text.split('\n')[line - 1] ?? '');
          if (syntax.length > 1) msg += ` (and ${syntax.length - 1} more YAML error${syntax.length > 2 ? 's' : ''} after it, which usually follow from this one)`;
        }
        return fileError(rel, msg, line, col);
      }),
    };
  }
  return { ok: true, file: new LazySourceFile(rel, abs, text, { doc, lc }) };
}

/** DESIGN.md: inside a flow collection `{ … }` / `[ … ]` a `${NAME}` must be quoted; say so when a line breaks that. */
function flowReferenceHint(line: string): string {
  const open = line.search(/[{[]/);
  const ref = open < 0 ? -1 : line.indexOf('${', open);
  const quoted = ref > 0 && (line[ref - 1] === '"' || line[ref - 1] === "'");
  return ref > open && !quoted ? '; inside { … } or [ … ] a ${NAME} must be quoted: "${NAME}"' : '';
}

/** The plain value of a parsed (and substituted) file; an alias bomb becomes an error at the first alias. */
export function toData(file: SourceFile): { ok: true; data: unknown } | { ok: false; error: ConfigError } {
  try {
    return { ok: true, data: file.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown };
  } catch (e) {
    let offset = 0;
    const { visit } = yamlLib();
    visit(file.doc, {
      Alias(_key, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const { line, col } = file.lc.linePos(offset);
    const why =
      e instanceof ReferenceError
        ? `too many alias expansions (more than ${MAX_ALIAS_COUNT})`
        : (e as Error).message;
    return {
      ok: false,
      error: fileError(file.rel, `${why}: anchors and aliases must be used sparingly`, line, col),
    };
  }
}
