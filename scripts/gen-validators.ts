import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateValidators } from './validators-gen.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = generateValidators();
mkdirSync(dirname(file.path), { recursive: true });
writeFileSync(file.path, file.content);
console.log(`wrote ${relative(root, file.path)}`);
