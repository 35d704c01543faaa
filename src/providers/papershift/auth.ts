// Papershift Pulse sign-in: e-mail + password → a Bearer token in the `Authorization` *response header*
// (papershift.md §2.2). Signs in once, shares the token between concurrent requests and signs in again only
// after a 401 (the auth routes allow just 5 requests per 20 s, §2.5) — the session logic lives in sessionAuth.
import { bearerFromResponse, sessionAuth, type AuthStrategy, type RawSender } from '../../http/auth.js';

export interface PapershiftCredentials {
  email: string;
  password: string;
}

export interface PapershiftAuth extends AuthStrategy {
  /** The user id of the signed-in identity in its account (`accounts[0].user.id`), once signed in. */
  ownUserId(): string | null;
}

/**
 * User ids of every identity this process signed in with. read() only receives the HttpClient, not its auth
 * strategy, so this is how it learns which user is the API identity itself (never to be deactivated). Ids are
 * UUIDs, so holding ids from several Papershift accounts in one process cannot protect a wrong user.
 */
const signedInUsers = new Set<string>();

export function signedInUserIds(): ReadonlySet<string> {
  return signedInUsers;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * accounts[].user.id of the sign-in answer: the identity's own user in each account it reaches (papershift.md
 * §2.2). The answer does not say which account the token acts in (§2.2 switch-accounts), so every one of them is
 * the tool's own user; the other accounts' users do not appear in this account's lists anyway.
 */
function ownUsersOf(body: unknown): string[] {
  const data = isRecord(body) && isRecord(body.data) ? body.data : null;
  const attrs = data && isRecord(data.attributes) ? data.attributes : null;
  const accounts = attrs && Array.isArray(attrs.accounts) ? (attrs.accounts as unknown[]) : [];
  return accounts.flatMap((a) => (isRecord(a) && isRecord(a.user) && typeof a.user.id === 'string' ? [a.user.id] : []));
}

export function papershiftAuth(creds: PapershiftCredentials): PapershiftAuth {
  let own: string | null = null;
  const session = sessionAuth({
    secrets: [creds.password],
    async signIn(raw: RawSender) {
      const res = await raw({
        method: 'POST',
        path: '/auth/signin',
        // The documented body nests `data` inside `data` (papershift.md §2.2); sent exactly so.
        body: { data: { type: 'identity', data: { attributes: { email: creds.email, password: creds.password } } } },
        // Signing in twice does no harm, so a lost answer may be retried.
        idempotent: true,
      });
      const users = ownUsersOf(res.body);
      own = users[0] ?? null;
      for (const u of users) signedInUsers.add(u);
      return bearerFromResponse(res);
    },
  });
  return { ...session, ownUserId: () => own };
}
