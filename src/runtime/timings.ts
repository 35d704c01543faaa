// Where a run's time went, printed with --verbose (and read by the benchmark): CPU and wall time per phase.
// CPU is the whole process's (all threads, GC included), so a phase is only measured alone: phases run one after
// the other, and a phase inside another (each provider's plan inside the reads) is taken out of the outer one.

const PHASES = ['load', 'read', 'plan', 'render', 'write'] as const;
export type Phase = (typeof PHASES)[number];

interface Open {
  cpu: number;
  wall: number;
  /** Time of the phases measured inside this one, which it does not count. */
  innerCpu: number;
  innerWall: number;
}

export interface PhaseTotals {
  phase: Phase | 'start-up' | 'other';
  cpuMs: number;
  wallMs: number;
}

const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export class PhaseTimer {
  private readonly totals = new Map<Phase, { cpuMs: number; wallMs: number }>();
  private readonly open: Open[] = [];
  private readonly cpu: () => number;
  private readonly wall: () => number;
  // Everything before the timer existed (node's own start, loading the modules) is the start-up.
  private readonly startCpu: number;
  private readonly startWall: number;

  /** Clocks in ms since the process started: its CPU time and performance.now() (tests pass their own). */
  constructor(clocks: { cpu: () => number; wall: () => number } = { cpu: cpuNow, wall: () => performance.now() }) {
    this.cpu = clocks.cpu;
    this.wall = clocks.wall;
    this.startCpu = this.cpu();
    this.startWall = this.wall();
  }

  time<T>(phase: Phase, fn: () => T): T {
    this.enter();
    try {
      return fn();
    } finally {
      this.leave(phase);
    }
  }

  async timeAsync<T>(phase: Phase, fn: () => Promise<T>): Promise<T> {
    this.enter();
    try {
      return await fn();
    } finally {
      this.leave(phase);
    }
  }

  private enter(): void {
    this.open.push({ cpu: this.cpu(), wall: this.wall(), innerCpu: 0, innerWall: 0 });
  }

  private leave(phase: Phase): void {
    const o = this.open.pop() as Open;
    const cpuMs = this.cpu() - o.cpu;
    const wallMs = this.wall() - o.wall;
    const t = this.totals.get(phase) ?? { cpuMs: 0, wallMs: 0 };
    t.cpuMs += cpuMs - o.innerCpu;
    t.wallMs += wallMs - o.innerWall;
    this.totals.set(phase, t);
    const outer = this.open.at(-1);
    if (outer) {
      outer.innerCpu += cpuMs;
      outer.innerWall += wallMs;
    }
  }

  /** Start-up, each phase measured (in the order of PHASES), and what no phase covered (closing, waiting). */
  report(): PhaseTotals[] {
    const rows: PhaseTotals[] = [
      { phase: 'start-up', cpuMs: this.startCpu, wallMs: this.startWall },
      ...PHASES.flatMap((phase) => {
        const t = this.totals.get(phase);
        return t ? [{ phase, ...t }] : [];
      }),
    ];
    const sum = (k: 'cpuMs' | 'wallMs') => rows.reduce((s, r) => s + r[k], 0);
    rows.push({ phase: 'other', cpuMs: Math.max(0, this.cpu() - sum('cpuMs')), wallMs: Math.max(0, this.wall() - sum('wallMs')) });
    return rows;
  }
}

/** One line: `timings (CPU s / wall s): start-up 0.21/0.15 · load 1.92/1.80 · … · total 7.60/9.02`. */
export function formatTimings(rows: PhaseTotals[]): string {
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const cpu = rows.reduce((a, r) => a + r.cpuMs, 0);
  const wall = rows.reduce((a, r) => a + r.wallMs, 0);
  const parts = rows.map((r) => `${r.phase} ${s(r.cpuMs)}/${s(r.wallMs)}`);
  return `timings (CPU s / wall s): ${parts.join(' · ')} · total ${s(cpu)}/${s(wall)}`;
}
