// The sign-in answer names the identity's own user per account; all of them are the tool's own users.
import { describe, expect, it } from 'vitest';
import { papershiftAuth, signedInUserIds } from '../../../../src/providers/papershift/auth.js';

describe('papershiftAuth', () => {
  it('signs in once and counts the own user of every account the identity reaches (papershift.md §2.2)', async () => {
    let signIns = 0;
    const auth = papershiftAuth({ email: 'hr-bot@example.com', password: 's3cret-pass' });
    const raw = () => {
      signIns++;
      return Promise.resolve({
        status: 200,
        headers: { authorization: 'Bearer jwt-1' },
        body: {
          data: {
            type: 'identity',
            attributes: {
              accounts: [
                { name: 'Acme GmbH', user: { id: 'user-in-acme' } },
                { name: 'Acme AT', user: { id: 'user-in-acme-at' } },
              ],
            },
          },
        },
      });
    };
    expect(await auth.headers(raw)).toEqual({ authorization: 'Bearer jwt-1' });
    await auth.headers(raw);
    expect(signIns).toBe(1);
    expect(auth.ownUserId()).toBe('user-in-acme');
    expect([...signedInUserIds()]).toEqual(expect.arrayContaining(['user-in-acme', 'user-in-acme-at']));
  });
});
