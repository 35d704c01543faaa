// Entry point: commander wiring only; each command lives in its own module with an injectable Io.
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import type { Io } from './io.js';
import { UserError } from './io.js';
import { collect, parseProviders, todayUtc } from './options.js';

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function decideColor(argv: string[], env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (argv.includes('--no-color') || 'NO_COLOR' in env) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return isTTY;
}

export function defaultIo(argv: string[]): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    color: decideColor(argv, process.env, Boolean(process.stdout.isTTY)),
    today: todayUtc,
  };
}

interface CommonOpts {
  root: string;
  env: string;
  verbose?: boolean;
}

function common(cmd: Command, needsEnv = true): Command {
  cmd
    .option('--root <dir>', 'folder holding environments/ and plans/', '.')
    .option('--no-color', 'plain output without colour')
    .option('--verbose', 'more detail: error stack traces, and CPU and wall time per phase (plan, apply)');
  if (needsEnv) cmd.requiredOption('--env <name>', 'environment: a folder under environments/');
  return cmd;
}

export async function main(argv: string[], ioOverride?: Io): Promise<number> {
  const io = ioOverride ?? defaultIo(argv);
  let exitCode = 0;
  const verbose = argv.includes('--verbose');
  const program = new Command('people')
    .description('Manage the people of a company as code: Kimai, Papershift and McTime from git-versioned YAML.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) })
    .showHelpAfterError('(run people --help for usage)')
    // Global options (DESIGN.md) go before or after the command: `people --root DIR plan …` and `people plan --root
    // DIR …` alike. The program reads them wherever they stand; each command lists them too, for its --help.
    .option('--root <dir>', 'folder holding environments/ and plans/', '.')
    .option('--no-color', 'plain output without colour')
    .option('--verbose', 'more detail: error stack traces, and CPU and wall time per phase (plan, apply)')
    .hook('preAction', (self, command) => {
      const global = self.opts<{ root: string; verbose?: boolean }>();
      command.setOptionValue('root', global.root);
      if (global.verbose) command.setOptionValue('verbose', true);
    });

  common(program.command('validate').description('load and validate the declarations of an environment'))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (o: CommonOpts & { format: 'text' | 'json' }) => {
      const { runValidate } = await import('./validate.js');
      exitCode = await runValidate({ root: o.root, env: o.env, format: o.format }, io);
    });

  common(program.command('plan').description('compare declarations with the systems and print the changes'))
    .option('--out <file>', 'save the plan (JSON) for a later `people apply FILE`')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('--detailed-exitcode', 'exit 0 without changes, 2 with changes, 1 on error')
    .option('--target <key>', 'plan only this person (repeatable)', collect, [])
    .option('--provider <name>', 'plan only this system (repeatable)', collect, [])
    .option('--date <YYYY-MM-DD>', 'plan date: the contract in force on it goes to Kimai (default today)')
    .option('--allow-insecure-http', 'allow http:// URLs other than loopback')
    .action(async (o: CommonOpts & { out?: string; format: 'text' | 'markdown' | 'json'; detailedExitcode?: boolean; target: string[]; provider: string[]; date?: string; allowInsecureHttp?: boolean }) => {
      const { runPlan } = await import('./plan.js');
      exitCode = await runPlan(
        {
          root: o.root,
          env: o.env,
          out: o.out,
          format: o.format,
          detailedExitcode: Boolean(o.detailedExitcode),
          targets: o.target,
          providers: parseProviders(o.provider),
          date: o.date,
          allowInsecureHttp: Boolean(o.allowInsecureHttp),
          verbose,
        },
        io,
      );
    });

  common(program.command('apply').description('review and apply the changes (or a saved plan file)'))
    .argument('[planfile]', 'a plan saved with `people plan --out`; applied without a prompt')
    .option('--auto-approve', 'apply a fresh plan without the interactive review')
    .option('--force', 'apply even past the safety thresholds (mass changes, deactivations)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--target <key>', 'only this person (repeatable)', collect, [])
    .option('--provider <name>', 'only this system (repeatable)', collect, [])
    .option('--date <YYYY-MM-DD>', 'plan date (default today)')
    .option('--lock-timeout <seconds>', 'wait this long for another apply to finish', '0')
    .option('--allow-insecure-http', 'allow http:// URLs other than loopback')
    .action(async (planfile: string | undefined, o: CommonOpts & { autoApprove?: boolean; force?: boolean; format: 'text' | 'json'; target: string[]; provider: string[]; date?: string; lockTimeout: string; allowInsecureHttp?: boolean }) => {
      const { runApply } = await import('./apply.js');
      const lockTimeout = Number(o.lockTimeout);
      if (!Number.isFinite(lockTimeout) || lockTimeout < 0) throw new UserError(`--lock-timeout ${o.lockTimeout}: expected seconds`);
      exitCode = await runApply(
        {
          root: o.root,
          env: o.env,
          planFile: planfile,
          autoApprove: Boolean(o.autoApprove),
          force: Boolean(o.force),
          format: o.format,
          date: o.date,
          targets: o.target,
          providers: parseProviders(o.provider),
          lockTimeoutMs: lockTimeout * 1000,
          allowInsecureHttp: Boolean(o.allowInsecureHttp),
          verbose,
        },
        io,
      );
    });

  common(program.command('drift').description('report where the systems differ from the declarations, and unmanaged users'))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json', 'html']).default('text'))
    .option('--out <file>', 'write the report to this file (mode 0600) instead of stdout')
    .option('--date <YYYY-MM-DD>', 'plan date: the contract in force on it is compared (default today)')
    .option('--allow-insecure-http', 'allow http:// URLs other than loopback')
    .action(async (o: CommonOpts & { format: 'text' | 'markdown' | 'json' | 'html'; out?: string; date?: string; allowInsecureHttp?: boolean }) => {
      const { runDrift } = await import('./drift.js');
      exitCode = await runDrift(
        { root: o.root, env: o.env, format: o.format, out: o.out, date: o.date, allowInsecureHttp: Boolean(o.allowInsecureHttp) },
        io,
      );
    });

  common(program.command('import').description('write declarations for users that exist in the systems but are not declared'))
    .option('--provider <name>', 'import only from this system (repeatable)', collect, [])
    .option('--include-sensitive', 'write sensitive values (IBAN, tax ids, birth date, ...) instead of ${NAME} references')
    .option('--date <YYYY-MM-DD>', 'plan date the declarations must hold for: the contract in force on it is in Kimai (default today)')
    .option('--allow-insecure-http', 'allow http:// URLs other than loopback')
    .action(async (o: CommonOpts & { provider: string[]; includeSensitive?: boolean; date?: string; allowInsecureHttp?: boolean }) => {
      const { runImport } = await import('./import.js');
      exitCode = await runImport(
        { root: o.root, env: o.env, providers: parseProviders(o.provider), includeSensitive: Boolean(o.includeSensitive), date: o.date, allowInsecureHttp: Boolean(o.allowInsecureHttp) },
        io,
      );
    });

  common(program.command('sandbox').description('run the three simulators on localhost until Ctrl-C'), false)
    .option('--env <name>', 'environment whose simulator-seed.yaml seeds them', 'sandbox')
    .option('--seed <file>', 'seed file (YAML with kimai/papershift/mctime sections)')
    .option('--port <n>', 'first port (kimai; papershift +1, mctime +2); default: free ports')
    .option('--reset', "forget the environment's saved simulator state (back to its seed)")
    .action(async (o: CommonOpts & { seed?: string; port?: string; reset?: boolean }) => {
      const { runSandbox } = await import('./sandbox.js');
      const until = new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
      exitCode = await runSandbox({ root: o.root, env: o.env, seed: o.seed, reset: Boolean(o.reset), port: o.port ? Number(o.port) : undefined, until }, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0 ? 0 : 1;
    }
    if (err instanceof UserError) {
      io.stderr.write(`Error: ${err.message}\n`);
      return 1;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`Error: ${message}\n`);
    if (verbose && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
    return 1;
  }
}
