// Maps a declaration path (`['contracts', 1, 'end']`) to the YAML node it came from, for file:line:col.
import type { Document, LineCounter, Node, Pair } from 'yaml';
import type { ConfigError } from './errors.js';
import { yamlLib } from './yaml-lib.js';

export type DeclPath = ReadonlyArray<string | number>;

/** A parsed YAML file with what is needed to point at its nodes. */
export interface SourceFile {
  /** Path relative to the root, used in messages. */
  rel: string;
  doc: Document;
  lc: LineCounter;
  /** Drops the text and document model; positions asked for later come from reading the file again. */
  release(): void;
}

/** `contracts[1].end`; `people[0].key` for list files. */
export function pathToString(path: DeclPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out;
}

function pairOf(map: unknown, key: string | number): Pair | undefined {
  const { isMap, isScalar } = yamlLib();
  if (!isMap(map)) return undefined;
  return map.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(key));
}

function deref(doc: Document, node: unknown): unknown {
  // An alias stands for its anchor; follow it so paths through `*anchor` still find a position.
  return yamlLib().isAlias(node) ? node.resolve(doc) : node;
}

interface Located {
  node: Node | null;
  keyNode: Node | null;
}

/** The node at `path`, or the deepest ancestor that exists (a missing value points at its parent). */
function locate(doc: Document, path: DeclPath): Located {
  const { isPair, isScalar, isSeq } = yamlLib();
  let node: unknown = doc.contents;
  let keyNode: Node | null = null;
  for (const seg of path) {
    node = deref(doc, node);
    if (isSeq(node) && typeof seg === 'number') {
      const next: unknown = node.items[seg];
      if (next === undefined || next === null) break;
      node = next;
      keyNode = null;
    } else {
      const pair = pairOf(node, seg);
      if (!pair) break;
      keyNode = isScalar(pair.key) ? pair.key : null;
      // `key:` with nothing after it has a null value: point at the key instead.
      if (!pair.value || !(pair.value as Node).range) {
        node = keyNode;
        break;
      }
      node = pair.value;
    }
  }
  const found = node as Node | null;
  return { node: found && isPair(found) ? null : found, keyNode };
}

/** 1-based line and column of the value at `path` (or of its key with `key: true`). */
export function positionOf(
  file: SourceFile,
  path: DeclPath,
  opts: { key?: boolean } = {},
): { line: number; col: number } {
  const { node, keyNode } = locate(file.doc, path);
  const target = opts.key && keyNode ? keyNode : node;
  const offset = target?.range?.[0] ?? 0;
  return file.lc.linePos(offset);
}

/** A ConfigError pointing at the node at `path`. */
export function errorAt(
  file: SourceFile,
  path: DeclPath,
  message: string,
  opts: { key?: boolean; shownPath?: DeclPath } = {},
): ConfigError {
  const { line, col } = positionOf(file, path, opts);
  return { file: file.rel, line, col, path: pathToString(opts.shownPath ?? path), message };
}
