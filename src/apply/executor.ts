// Executes approved changes: dependency order, bounded concurrency per system, ids from creates flowing into
// later requests, creates never sent twice, a failure stopping only what depends on it.
import pLimit from 'p-limit';
import type { Change, Plan, PlannedRequest } from '../generated/plan.js';
import type { HttpClient } from '../http/types.js';
import type { ProviderName } from '../model/declarations.js';
import type { ApplyContext, Provider } from '../model/provider.js';
import { HttpError } from '../http/errors.js';
import { redact } from '../http/redact.js';
import { canonicalJson, sha256 } from '../plan/digest.js';
import type { Journal } from './journal.js';
import { pointerGet, resolveRequest } from './refs.js';

export type ChangeStatus = 'pending' | 'running' | 'done' | 'failed' | 'skipped';

export interface ChangeOutcome {
  id: string;
  status: ChangeStatus;
  /** Why it failed or was skipped. */
  reason?: string;
}

export interface ExecuteOptions {
  plan: Plan;
  approved: ReadonlySet<string>;
  clients: ReadonlyMap<ProviderName, HttpClient>;
  providers: ReadonlyMap<ProviderName, Provider>;
  journal: Journal;
  /** Changes whose create may already have happened (from the journal of a crashed run). */
  unsure: ReadonlySet<string>;
  secrets: string[];
  concurrency?: Partial<Record<ProviderName, number>>;
  onStatus?: (outcome: ChangeOutcome) => void;
}

/** Status of an error: 0 for network/timeouts, the HTTP status otherwise. */
function statusOf(err: unknown): number | undefined {
  if (err && typeof err === 'object' && 'status' in err && typeof err.status === 'number') return err.status;
  return undefined;
}

/** True when a failed create may nevertheless have happened (no clear answer from the server). */
function outcomeUnknown(err: unknown): boolean {
  const status = statusOf(err);
  return status === undefined || status === 0 || status >= 500;
}

/**
 * True when the server has finished with the request, so that a look-up that finds nothing proves the create
 * did not happen: it answered 500 or 503 itself. After a timeout, a reset or a gateway's 502/504 the server
 * may still be working on it, and a create sent again would make a second record once the first completes.
 */
function serverFinished(err: unknown): boolean {
  const status = statusOf(err);
  return status === 500 || status === 503;
}

/**
 * A DELETE that the client sent again after an unclear failure and that then meets 404: the earlier attempt
 * went through (the record is gone, which is what was asked). Without a retry, a 404 stays a failure.
 */
function goneAfterRetry(err: unknown, method: string): boolean {
  return method === 'DELETE' && err instanceof HttpError && err.status === 404 && err.retries > 0;
}

export async function executePlan(opts: ExecuteOptions): Promise<ChangeOutcome[]> {
  const refs = new Map<string, string>();
  const limits = new Map<ProviderName, ReturnType<typeof pLimit>>();
  const limitFor = (p: ProviderName) => {
    let l = limits.get(p);
    if (!l) limits.set(p, (l = pLimit(opts.concurrency?.[p] ?? 8)));
    return l;
  };
  const byId = new Map(opts.plan.changes.map((c) => [c.id, c]));
  const running = new Map<string, Promise<ChangeOutcome>>();
  const report = (o: ChangeOutcome) => {
    opts.onStatus?.(o);
    return o;
  };

  const sendOne = async (change: Change, planned: PlannedRequest, provider: Provider, ctx: ApplyContext) => {
    const http = ctx.http;
    let request = resolveRequest(planned, refs);
    if (provider.prepare) request = await provider.prepare(change, request, ctx);
    const idempotent = request.idempotent ?? request.method !== 'POST';
    if (!idempotent && opts.unsure.has(change.id) && provider.findCreated) {
      const found = await provider.findCreated(change, request, ctx);
      if (found) {
        for (const [k, v] of Object.entries(found)) refs.set(k, v);
        opts.journal.append({ change: change.id, phase: 'found', captures: found });
        return;
      }
    }
    for (let attempt = 1; ; attempt++) {
      opts.journal.append({ change: change.id, phase: 'send', method: request.method, path: planned.path, idempotent, body: planned.body });
      try {
        const res = await http.send({ method: request.method, path: request.path, body: request.body, idempotent });
        provider.checkAnswer?.(change, request, res.body);
        const captures: Record<string, string> = {};
        for (const c of request.capture ?? []) {
          const v = pointerGet(res.body, c.pointer);
          if (typeof v !== 'string' && typeof v !== 'number') throw new Error(`answer has no ${c.pointer} to take ${c.ref} from`);
          captures[c.ref] = String(v);
          refs.set(c.ref, String(v));
        }
        opts.journal.append({ change: change.id, phase: 'answer', status: res.status, captures });
        return;
      } catch (err) {
        if (goneAfterRetry(err, request.method)) {
          opts.journal.append({ change: change.id, phase: 'answer', status: 404, captures: {} });
          return;
        }
        opts.journal.append({ change: change.id, phase: 'error', status: statusOf(err) ?? 0, error: redact(String(err), opts.secrets) });
        // A create without a clear answer is repeated only after checking that it did not happen.
        if (idempotent || !outcomeUnknown(err) || !provider.findCreated || attempt >= 3) throw err;
        const found = await provider.findCreated(change, request, ctx);
        if (found) {
          for (const [k, v] of Object.entries(found)) refs.set(k, v);
          opts.journal.append({ change: change.id, phase: 'found', captures: found });
          return;
        }
        if (!serverFinished(err)) {
          const why = err instanceof Error ? err.message : String(err);
          throw new Error(`${why}; not found afterwards, but the server may still be creating it, so it was not sent again: run apply again to look it up`, { cause: err });
        }
      }
    }
  };

  const run = (change: Change): Promise<ChangeOutcome> => {
    const existing = running.get(change.id);
    if (existing) return existing;
    const p = (async (): Promise<ChangeOutcome> => {
      if (!opts.approved.has(change.id)) return report({ id: change.id, status: 'skipped', reason: 'not approved' });
      const deps = await Promise.all(change.dependsOn.filter((d) => byId.has(d)).map((d) => run(byId.get(d)!)));
      const blocked = deps.find((d) => d.status !== 'done');
      if (blocked) return report({ id: change.id, status: 'skipped', reason: `depends on ${blocked.id} (${blocked.status})` });
      const provider = opts.providers.get(change.provider);
      const http = opts.clients.get(change.provider);
      if (!provider || !http) return report({ id: change.id, status: 'failed', reason: `${change.provider} is not connected` });
      return limitFor(change.provider)(async () => {
        report({ id: change.id, status: 'running' });
        const ctx: ApplyContext = { http, refs };
        try {
          for (const req of change.requests) await sendOne(change, req, provider, ctx);
          // Digests of what was written let `people drift` tell system edits from declaration edits later.
          const fields = Object.fromEntries(change.fields.map((f) => [f.path, sha256(canonicalJson(f.after))]));
          opts.journal.append({ change: change.id, phase: 'applied', fields });
          return report({ id: change.id, status: 'done' });
        } catch (err) {
          const message = err instanceof Error ? err.message : String(err);
          return report({ id: change.id, status: 'failed', reason: redact(message, opts.secrets) });
        }
      });
    })();
    running.set(change.id, p);
    return p;
  };

  return Promise.all(opts.plan.changes.map(run));
}
