// Turns any error from a system into one line naming the system, with secrets redacted.
import type { ProviderName } from '../model/declarations.js';

export function redactAll(text: string, secrets: string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join('***');
  return out;
}

export function describeError(err: unknown, system: ProviderName, secrets: string[]): string {
  const message = err instanceof Error ? err.message : String(err);
  const prefixed = message.startsWith(`${system}:`) ? message : `${system}: ${message}`;
  return redactAll(prefixed, secrets);
}
