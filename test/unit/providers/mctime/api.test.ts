// The McTime listing and envelope helpers against a scripted client (no server).
import { describe, expect, it } from 'vitest';
import type { HttpClient, HttpRequest } from '../../../../src/http/types.js';
import { envelopeProblem, listAllUsers } from '../../../../src/providers/mctime/api.js';

const row = (id: string, email: string) => ({ id, firstName: 'F', lastName: id, email, mobilePhoneNumber: null, organizationId: 'o' });
const ok = (users: unknown[]) => ({ items: [{ message: 'success', data: { users }, valid: null }], valid: true });

function scripted(answers: Record<string, unknown>): HttpClient & { paths: string[] } {
  const paths: string[] = [];
  return {
    system: 'mctime',
    concurrency: 4,
    stats: { requests: 0, retries: 0 },
    paths,
    send: (req: HttpRequest) => {
      paths.push(req.path);
      if (!(req.path in answers)) throw new Error(`unexpected ${req.path}`);
      return Promise.resolve({ status: 200, headers: {}, body: answers[req.path] });
    },
    close: () => Promise.resolve(),
  };
}

describe('listAllUsers', () => {
  it('reads active then inactive users and keeps one row per id, the later one', async () => {
    // u-2's validTo passed between the two listings: it shows in both (mctime.md §3.1).
    const http = scripted({
      '/users?page=1': ok([row('u-1', 'a@x.eu'), row('u-2', 'b@x.eu')]),
      '/users?page=1&inactive=true': ok([row('u-2', 'b@x.eu'), row('u-3', 'c@x.eu')]),
    });
    const users = await listAllUsers(http);
    expect(users.map((u) => [u.id, u.active])).toEqual([
      ['u-1', true],
      ['u-2', false],
      ['u-3', false],
    ]);
    expect(http.paths).toEqual(['/users?page=1', '/users?page=1&inactive=true']);
  });
});

describe('envelopeProblem', () => {
  it('accepts valid answers and names the server message of a refused one (mctime.md §7.11)', () => {
    expect(envelopeProblem(ok([]), 'GET /users')).toBeNull();
    expect(envelopeProblem({ items: [{ message: 'email: already used', data: null, valid: false }], valid: false }, 'POST /users')).toBe(
      'mctime: POST /users failed: email: already used',
    );
    // An item-level refusal counts even under a top-level true.
    expect(envelopeProblem({ items: [{ data: null, valid: false }], valid: true }, 'POST /users')).toBe('mctime: POST /users failed (valid: false)');
    expect(envelopeProblem({ ok: true }, 'POST /users')).toBe('mctime: unexpected answer to POST /users: not a valid envelope');
  });
});
