import { describe, expect, it } from 'vitest';
import type { HttpClient, HttpRequest } from '../../../../src/http/types.js';
import { StaleError } from '../../../../src/model/provider.js';
import { mctimeProvider } from '../../../../src/providers/mctime/index.js';
import { getAt } from '../../../../src/providers/mctime/paths.js';
import { ANNA, TEAM_A } from '../../../helpers/mctime-seed.js';
import { anna, annaRecord, planInput } from '../../../helpers/mctime-people.js';

function fakeHttp(record: Record<string, unknown>): HttpClient & { sent: HttpRequest[] } {
  const sent: HttpRequest[] = [];
  return {
    system: 'mctime',
    concurrency: 8,
    sent,
    stats: { requests: 0, retries: 0 },
    close: async () => {},
    send: async (req) => {
      sent.push(req);
      return {
        status: 200,
        headers: {},
        body: { items: [{ message: 'success', data: structuredClone(record), valid: null }], valid: true },
      };
    },
  };
}

function planned() {
  const row = {
    id: ANNA,
    firstName: 'Anna',
    lastName: 'Berger',
    email: 'anna.berger@example.com',
    mobilePhoneNumber: null,
    organizationId: TEAM_A,
    active: true,
  };
  const change = mctimeProvider.plan(planInput([anna()]), { users: [row], records: { [ANNA]: annaRecord() } })
    .changes[0]!;
  return { change, request: change.requests[0]! };
}

describe('mctime prepare', () => {
  it('re-reads and merges onto the fresh record, keeping concurrent edits of other fields', async () => {
    const { change, request } = planned();
    const fresh = annaRecord();
    fresh.mobilePhoneNumber = '+43 999';
    const http = fakeHttp(fresh);
    const out = await mctimeProvider.prepare!(change, request, { http, refs: new Map() });
    expect(http.sent).toEqual([{ method: 'GET', path: `/users/${ANNA}`, idempotent: true }]);
    const body = out.body as Record<string, unknown>;
    expect(body.mobilePhoneNumber).toBe('+43 999');
    expect(getAt(body, 'userEmployments[2025-01-01].employmentContract.position')).toBe('Senior Engineer');
  });

  it('throws StaleError naming the field when a touched field moved', async () => {
    const { change, request } = planned();
    const fresh = annaRecord();
    const emp = (fresh.userEmployments as Array<Record<string, Record<string, unknown>>>)[1]!;
    emp.employmentContract!.position = 'Architect';
    const err = await mctimeProvider.prepare!(change, request, {
      http: fakeHttp(fresh),
      refs: new Map(),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StaleError);
    expect((err as Error).message).toContain('userEmployments[2025-01-01].employmentContract.position');
  });

  it('treats a quirk-only difference as unchanged', async () => {
    const { change, request } = planned();
    const fresh = annaRecord();
    const emp = (fresh.userEmployments as Array<Record<string, Record<string, unknown>>>)[1]!;
    emp.employmentContract!.weeklyHours = 40;
    await expect(
      mctimeProvider.prepare!(change, request, { http: fakeHttp(fresh), refs: new Map() }),
    ).resolves.toBeDefined();
  });
});
