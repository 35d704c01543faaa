import { describe, expect, it } from 'vitest';
import { joinRecords, type DeclaredIndex } from '../../../src/import/join.js';
import { kimai, mctime, papershift } from './fixtures.js';

const none: DeclaredIndex = { emails: new Map(), kimaiUsernames: new Set() };

describe('joinRecords', () => {
  it('joins one human across systems by e-mail, ignoring case', () => {
    const r = joinRecords([kimai('jdoe', 'Jane.Doe@acme.example'), papershift('Jane Doe', 'jane.doe@acme.example'), mctime('JANE.DOE@ACME.EXAMPLE')], none);
    expect(r.groups).toHaveLength(1);
    expect(Object.keys(r.groups[0]!).sort()).toEqual(['kimai', 'mctime', 'papershift']);
    expect(r.skipped).toEqual([]);
  });

  it('then joins by Kimai username / e-mail local part, with a note, when the e-mails differ', () => {
    const r = joinRecords([kimai('jdoe', 'jdoe@old.example'), mctime('jdoe@acme.example')], none);
    expect(r.groups).toHaveLength(1);
    expect(r.notes[0]).toContain('by the name "jdoe"');
  });

  it('does not join by name when three groups share it, or when both hold the same system', () => {
    const three = joinRecords([kimai('x', 'sam@a.example'), mctime('sam@b.example'), papershift('Sam', 'sam@c.example')], none);
    expect(three.groups).toHaveLength(3);
    const same = joinRecords([mctime('sam@a.example'), mctime('sam@b.example')], none);
    expect(same.groups).toHaveLength(2);
  });

  it("skips the tool's service accounts with everything joined to them", () => {
    const r = joinRecords([kimai('admin', 'it@acme.example', {}, { service: true }), mctime('it@acme.example')], none);
    expect(r.groups).toEqual([]);
    expect(r.skipped[0]).toMatch(/kimai user admin <it@acme.example>, mctime user .*service account/);
  });

  it('skips records that belong to declared people, duplicates within one system and records without e-mail', () => {
    const declared: DeclaredIndex = { emails: new Map([['jane@acme.example', 'jane']]), kimaiUsernames: new Set(['taken']) };
    const r = joinRecords([mctime('Jane@acme.example'), kimai('taken', 'other@acme.example'), papershift('A', 'dup@acme.example'), papershift('B', 'dup@acme.example'), papershift('C', null)], declared);
    expect(r.groups).toEqual([]);
    expect(r.skipped).toEqual([
      'mctime user mc-Jane@acme.example <Jane@acme.example>: its e-mail belongs to the declared person jane (add systems.mctime there by hand)',
      'kimai user taken <other@acme.example>: its username is declared for another person',
      'papershift user C: has no e-mail, which a declaration needs',
      'dup@acme.example: several papershift users have this e-mail; declare them by hand (pin the id)',
    ]);
  });

  it('imports a person from the systems where it is active; inactive everywhere is skipped', () => {
    const r = joinRecords([kimai('jdoe', 'jane@acme.example'), papershift('Jane Doe', 'jane@acme.example', [], null, { active: false }), mctime('gone@acme.example', {}, { active: false })], none);
    expect(r.groups).toHaveLength(1);
    expect(Object.keys(r.groups[0]!)).toEqual(['kimai']);
    expect(r.notes).toEqual(['papershift user Jane Doe <jane@acme.example> is deactivated: imported without papershift']);
    expect(r.skipped).toEqual(['mctime user mc-gone@acme.example <gone@acme.example>: inactive in every system']);
  });
});
