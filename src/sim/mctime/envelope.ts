// McTime's response envelope (mctime.md §2.2, §2.3). Messages deliberately differ per endpoint
// ("success", "Success", "Success!") so that clients cannot branch on them (§6, §7.11).
import type { SimResponse } from '../common/server.js';

export type SuccessMessage = 'success' | 'Success' | 'Success!';

export function ok(data: unknown, message: SuccessMessage = 'Success'): SimResponse {
  return { status: 200, body: { items: [{ message, data, valid: null }], valid: true } };
}

export function fail(status: 400 | 401 | 404 | 405 | 500, message: string): SimResponse {
  return { status, body: { items: [{ message, data: null, valid: false }], valid: false } };
}

/** Thrown by validation and the replace rule; the router turns it into an error envelope. */
export class SimHttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 404,
    message: string,
  ) {
    super(message);
  }
}
