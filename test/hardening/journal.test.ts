// Which creates the next run must look up before sending: those without a clear outcome in the journal.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { unsureChanges } from '../../src/apply/journal.js';

it('a create that ended in a timeout, reset or 5xx stays unsure; an answer, a 4xx or a look-up settles it', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'journal-')), 'e.journal.jsonl');
  const send = (change: string) => ({ ts: 't', run: 'r', change, phase: 'send', idempotent: false });
  const lines = [
    send('timeout'),
    { ts: 't', run: 'r', change: 'timeout', phase: 'error', status: 0 },
    send('gateway'),
    { ts: 't', run: 'r', change: 'gateway', phase: 'error', status: 504 },
    send('refused'),
    { ts: 't', run: 'r', change: 'refused', phase: 'error', status: 400 },
    send('found'),
    { ts: 't', run: 'r', change: 'found', phase: 'error', status: 0 },
    { ts: 't', run: 'r', change: 'found', phase: 'found', captures: { 'kimai:x': '7' } },
    send('answered'),
    { ts: 't', run: 'r', change: 'answered', phase: 'answer', status: 200 },
  ];
  writeFileSync(path, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  expect([...unsureChanges(path)].sort()).toEqual(['gateway', 'timeout']);
});
