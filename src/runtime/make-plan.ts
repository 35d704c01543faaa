// Reads every system of a session at the same time and builds the plan.
import type { Plan } from '../generated/plan.js';
import type { Person, ProviderName } from '../model/declarations.js';
import type { PlanInput, Progress, ProviderPlan } from '../model/provider.js';
import { UserError } from '../cli/io.js';
import { buildPlan } from '../plan/build.js';
import { describeError } from './errors.js';
import type { Session } from './session.js';
import type { PhaseTimer } from './timings.js';

export interface MakePlanOptions {
  date: string;
  targets: string[];
  progress: Progress;
  /** Counts each provider's plan (and the plan's assembly) as the `plan` phase, out of the reads around it. */
  timer?: PhaseTimer;
}

export interface MadePlan {
  plan: Plan;
  /** Existing managed users (for the safety threshold). */
  managedUsers: number;
}

export function selectPeople(people: Person[], targets: string[]): Person[] {
  if (targets.length === 0) return people;
  const keys = new Set(people.map((p) => p.key));
  const unknown = targets.filter((t) => !keys.has(t));
  if (unknown.length) throw new UserError(`--target: no declared person ${unknown.map((u) => `"${u}"`).join(', ')}`);
  return people.filter((p) => targets.includes(p.key));
}

export async function makePlan(session: Session, opts: MakePlanOptions): Promise<MadePlan> {
  const { decl } = session;
  const input: PlanInput = {
    decl,
    people: selectPeople(decl.people, opts.targets),
    targeted: opts.targets.length > 0,
    date: opts.date,
  };
  const results: Array<{ provider: ProviderName; plan: ProviderPlan }> = [];
  const failures: string[] = [];
  await Promise.all(
    session.systems.map(async (name) => {
      const provider = session.providers.get(name)!;
      try {
        // Only the plan is kept: the records read (10,000 McTime users) can go as soon as it is built.
        const read = await provider.read(session.clients.get(name)!, input, opts.progress);
        const plan = () => provider.plan(input, read);
        results.push({ provider: name, plan: opts.timer ? opts.timer.time('plan', plan) : plan() });
      } catch (err) {
        failures.push(describeError(err, name, decl.secrets));
      }
    }),
  );
  if (failures.length) throw new UserError(failures.sort().join('\n'));
  const errors = results.flatMap((r) => r.plan.errors.map((e) => `${r.provider}: ${e}`));
  if (errors.length) throw new UserError(errors.join('\n'));
  const build = () =>
    buildPlan({
      env: decl.env,
      date: opts.date,
      declarationsDigest: decl.digest,
      targets: opts.targets.length ? opts.targets : null,
      results,
    });
  const plan = opts.timer ? opts.timer.time('plan', build) : build();
  let managedUsers = 0;
  for (const name of session.systems) {
    const declared = input.people.filter((p) => p.systems[name]).length;
    const created = plan.changes.filter((c) => c.provider === name && c.resource === 'user' && c.action === 'create').length;
    managedUsers += declared - created;
  }
  return { plan, managedUsers };
}
