// npm run demo: the plan for environments/sandbox against its in-process simulators (nothing else to start).
import { main } from '../src/cli/main.js';

const extra = process.argv.slice(2);
process.exitCode = await main(['plan', '--env', 'sandbox', ...extra]);
