// What a command needs from the outside world, injected so tests can run commands in-process.
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** Colour on stdout (decided once from --no-color, NO_COLOR, FORCE_COLOR and isTTY). */
  color: boolean;
  /** Today's date as YYYY-MM-DD (the default plan date). */
  today: () => string;
}

/** A user-facing failure: printed as its message (no stack trace), exit code 1. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
