import type { ProviderName } from '../../model/declarations.js';
import type { Knobs, SimServerHandle } from './server.js';

/** What every simulator exposes to tests, the sandbox command and the in-process provider setup. */
export interface Simulator<State = unknown> {
  readonly name: ProviderName;
  /** Base URL to put into environment.yaml (Kimai: origin; Papershift: origin; McTime: origin + /api/v2/auth). */
  readonly url: string;
  /** The credentials environment.yaml needs (kimai: token; papershift: email, password; mctime: apiKey). */
  readonly credentials: Record<string, string>;
  readonly server: SimServerHandle;
  /** A deep copy of the whole state, in the same format the simulator is seeded with. */
  snapshot(): State;
  close(): Promise<void>;
}

export interface SimOptions<Seed> {
  port?: number;
  knobs?: Partial<Knobs>;
  seed?: Seed;
}
