import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Journal, unsureChanges } from '../../../src/apply/journal.js';
import { acquireLock } from '../../../src/apply/lock.js';
import { MissingRefError, pointerGet, resolveRequest } from '../../../src/apply/refs.js';

describe('resolveRequest', () => {
  it('fills refs in the path and body and generates passwords', () => {
    const out = resolveRequest(
      { method: 'POST', path: '/api/users/{{kimai:jane}}/x', body: { a: ['{{kimai:jane}}'], p: '{{password}}' } },
      new Map([['kimai:jane', '7']]),
      () => 'secret-pass',
    );
    expect(out).toEqual({ method: 'POST', path: '/api/users/7/x', body: { a: ['7'], p: 'secret-pass' } });
  });
  it('fails for a ref no change captured', () => {
    expect(() => resolveRequest({ method: 'GET', path: '/{{nope}}' }, new Map())).toThrow(MissingRefError);
  });
  it('reads JSON pointers', () => {
    expect(pointerGet({ items: [{ data: { id: 'x' } }] }, '/items/0/data/id')).toBe('x');
    expect(pointerGet({ 'a/b': 1 }, '/a~1b')).toBe(1);
  });
});

describe('journal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'journal-'));
  it('masks personal data and is private to the owner', () => {
    const path = join(dir, 'e.journal.jsonl');
    const j = new Journal(path, 'run1', ['Secret Street 1']);
    j.append({ change: 'c', phase: 'send', method: 'POST', path: '/users', idempotent: false, body: { iban: 'DE89', street: 'Secret Street 1', city: 'Graz' } });
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain('DE89');
    expect(text).not.toContain('Secret Street 1');
    expect(text).toContain('Graz');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });
  it('finds creates sent without an answer (a crash in between), ignoring torn lines', () => {
    const path = join(dir, 'crash.journal.jsonl');
    const lines = [
      { ts: 't', run: 'r', change: 'a', phase: 'send', idempotent: false },
      { ts: 't', run: 'r', change: 'a', phase: 'answer', status: 200 },
      { ts: 't', run: 'r', change: 'b', phase: 'send', idempotent: false },
      { ts: 't', run: 'r', change: 'c', phase: 'send', idempotent: true },
    ];
    writeFileSync(path, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n{"ts":"t","ru`);
    expect([...unsureChanges(path)]).toEqual(['b']);
  });
});

describe('lock', () => {
  it('refuses a second holder with a message naming the first, and frees on release', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lock-')), 'e.lock');
    const first = await acquireLock(path, 0);
    await expect(acquireLock(path, 0)).rejects.toThrow(/another apply holds .*pid \d+ on /);
    first.release();
    (await acquireLock(path, 0)).release();
  });
  it('takes over a lock left by a dead process on this host', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lock-')), 'e.lock');
    const { hostname } = await import('node:os');
    writeFileSync(path, JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), since: 'x' }));
    (await acquireLock(path, 0)).release();
  });
});
