import { describe, expect, it } from 'vitest';
import { loadingProgress } from '../../../src/cli/progress.js';
import type { ProgressTopic } from '../../../src/model/provider.js';
import { loadEnvironment } from '../../../src/config/load.js';
import { writeEnv } from '../config/helpers.js';

const person = (i: number) => `key: p${i}\nfirstName: P\nlastName: N${i}\nemail: p${i}@example.com\n`;

describe('loadingProgress', () => {
  it('stays silent for a load quicker than a second, then reports files loaded', () => {
    let now = 0;
    const lines: Array<[ProgressTopic, string]> = [];
    const onFile = loadingProgress({ update: (t, text) => lines.push([t, text]) }, () => now);
    onFile(0, 3000);
    now = 900;
    onFile(1000, 3000);
    expect(lines).toEqual([]);
    now = 1000;
    onFile(2000, 3000);
    onFile(3000, 3000);
    expect(lines).toEqual([
      ['declarations', 'loaded 2000/3000 files'],
      ['declarations', 'loaded 3000 files'],
    ]);
  });

  it('prints nothing at all when the whole load is quick', () => {
    const lines: string[] = [];
    const onFile = loadingProgress({ update: (_t, text) => lines.push(text) }, () => 0);
    for (let i = 0; i <= 5; i++) onFile(i, 5);
    expect(lines).toEqual([]);
  });
});

describe('loadEnvironment onFile', () => {
  it('is told each person file as it goes, and the total at the end', async () => {
    const files = Object.fromEntries(Array.from({ length: 450 }, (_, i) => [`people/p${i}.yaml`, person(i)]));
    const calls: Array<[number, number]> = [];
    const r = await loadEnvironment({ root: writeEnv(files), env: 'acme', processEnv: {}, onFile: (d, t) => calls.push([d, t]) });
    expect(r.ok).toBe(true);
    expect(calls).toHaveLength(451);
    expect(calls[0]).toEqual([0, 450]);
    expect(calls.at(-2)).toEqual([449, 450]);
    expect(calls.at(-1)).toEqual([450, 450]);
  });
});
