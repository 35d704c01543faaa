// Runs the CLI from source (tsx), for development: `npx tsx scripts/people.ts plan --env sandbox`.
import { main } from '../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
