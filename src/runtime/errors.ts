// Turns any error from a system into one line naming the system, with secrets redacted.
import { redact } from '../http/redact.js';
import type { ProviderName } from '../model/declarations.js';

export function describeError(err: unknown, system: ProviderName, secrets: string[]): string {
  const message = err instanceof Error ? err.message : String(err);
  const prefixed = message.startsWith(`${system}:`) ? message : `${system}: ${message}`;
  return redact(prefixed, secrets);
}
