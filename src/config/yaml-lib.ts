// The yaml library, loaded on first use. A file on the fast path (yaml-fast.ts) never needs it: only a file with
// unusual syntax, a problem to report or a position to find does. Loading it is 72 modules, a sixth of a plan's
// start-up. Its CommonJS build is the one `import 'yaml'` gives on Node too, so both share one instance.
import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');

let lib: Yaml | undefined;

export function yamlLib(): Yaml {
  return (lib ??= createRequire(import.meta.url)('yaml') as Yaml);
}
