// A small well-formedness check for the self-contained HTML report (shared by unit and end-to-end tests).
const VOID = new Set([
  'meta',
  'br',
  'hr',
  'img',
  'link',
  'input',
  'col',
  'wbr',
  'source',
  'area',
  'base',
  'embed',
  'track',
]);

/** A small well-formedness check: every non-void tag is closed in order; returns the problems found. */
export function tagProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const body = html.replace(/^<!DOCTYPE html>\n/, '').replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g)) {
    const [, closing, rawName] = m;
    const name = rawName!.toLowerCase();
    if (VOID.has(name)) continue;
    if (!closing) stack.push(name);
    else if (stack.pop() !== name) problems.push(`unexpected </${name}> at ${m.index}`);
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`);
  // A `<` that starts no tag would be a raw value leaking into markup.
  const stray = body.replace(/<\/?[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>/g, '').match(/[<>]/g);
  if (stray) problems.push(`stray angle brackets: ${stray.length}`);
  return problems;
}
