import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { generateAll, generatedDir, root } from './types-gen.js';

mkdirSync(generatedDir, { recursive: true });
for (const file of await generateAll()) {
  writeFileSync(file.path, file.content);
  console.log(`wrote ${relative(root, file.path)}`);
}
