import { describe, expect, it } from 'vitest';
import { changesBetween } from '../../../../src/storage/workspace/changes';
import { changesSinceLastMeeting, glance, recordMeeting, stateOf } from '../../../../src/storage/workspace/meetings';
import { newFamily, type Family } from '../../../../src/storage/workspace/model';
import { evaluate } from '../../../../src/rules/evaluate';
import { buildPlan } from '../../../../src/plan';
import type { Household } from '../../../../src/rules/schema';
import { amirFamily, envelopeOf, fixture } from './helpers';

describe('what changed between two evaluations', () => {
  it('Amir: § 25b now possible; before: livelihood missing', () => {
    const before = evaluate(amirFamily('benefits'), '2026-09-01');
    const after = evaluate(amirFamily('mostly-own'), '2026-12-06');
    const amir = changesBetween(before, after).filter((c) => c.member === 'pamir000001');
    expect(amir).toContainEqual({ kind: 'route', member: 'pamir000001', route: '25b', before: 'missing', after: 'possible', openBefore: [{ route: '25b', condition: 'livelihood', state: 'not-met' }], openAfter: [], fromBefore: null, fromAfter: null });
    // his wife's § 25b follows from the same livelihood (the household's), the son's family route too
    expect(changesBetween(before, after).filter((c) => c.kind === 'route' && c.route === '25b').map((c) => c.member)).toEqual(['pamir000001', 'psara000001']);
  });
  it('is empty for the same facts on the same day, and for every fixture household against itself', () => {
    for (const name of ['serbian-family', 'single-mother', 'young-adult-27', 'permit-104c', 'unknowns', 'apprentice']) {
      const h = fixture(name);
      expect(changesBetween(evaluate(h, '2026-11-28'), evaluate(h, '2026-11-28')), name).toEqual([]);
    }
  });
  it('shows a waiting time that ran out between the meetings (the same facts, a later day)', () => {
    const h = fixture('serbian-family');
    const changes = changesBetween(evaluate(h, '2026-11-28'), evaluate(h, '2030-06-01'));
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.kind === 'route' || c.kind === 'deadline')).toBe(true);
  });
  it('shows people added and gone, by id (a renamed person is the same person)', () => {
    const h = fixture('serbian-family');
    const renamed: Household = { ...h, members: h.members.map((m) => (m.id === 'mother' ? { ...m, name: 'Jelena' } : m)) };
    expect(changesBetween(evaluate(h, '2026-11-28'), evaluate(renamed, '2026-11-28'))).toEqual([]);
    const grown: Household = { ...h, members: [...h.members.filter((m) => m.id !== 'father'), { id: 'baby', birthDate: '2026-10-01', role: 'child' }] };
    const changes = changesBetween(evaluate(h, '2026-11-28'), evaluate(grown, '2026-11-28'));
    expect(changes).toContainEqual({ kind: 'member-added', member: 'baby' });
    expect(changes).toContainEqual({ kind: 'member-removed', member: 'father' });
  });
  it('shows a § 104c permit that now has a deadline', () => {
    const h = fixture('permit-104c');
    const later = { ...h, members: h.members.map((m, i) => (i === 0 ? { ...m, german: 'B1' } : m)) } as Household;
    const changes = changesBetween(evaluate(h, '2026-11-28'), evaluate(later, '2026-11-28'));
    for (const c of changes) expect(['route', 'deadline']).toContain(c.kind);
  });
});

describe('meetings', () => {
  it('record the facts of the day; the change list compares the last meeting with today', () => {
    let f: Family = { ...newFamily('Familie am Kanal', 'fa'), envelope: envelopeOf(amirFamily('benefits')) };
    expect(changesSinceLastMeeting(f, '2026-12-06')).toBeNull();
    f = recordMeeting(f, '2026-09-01');
    expect(changesSinceLastMeeting(f, '2026-09-01')).toEqual({ since: '2026-09-01', changes: [] });
    f = { ...f, envelope: envelopeOf(amirFamily('mostly-own')) };
    const since = changesSinceLastMeeting(f, '2026-12-06')!;
    expect(since.since).toBe('2026-09-01');
    expect(since.changes).toContainEqual(expect.objectContaining({ member: 'pamir000001', route: '25b', before: 'missing', after: 'possible' }));
    f = recordMeeting(f, '2026-12-06');
    expect(f.meetings.map((m) => m.date)).toEqual(['2026-09-01', '2026-12-06']);
    expect(changesSinceLastMeeting(f, '2026-12-06')!.changes).toEqual([]);
    // the same day twice: one meeting, the later facts
    expect(recordMeeting(f, '2026-12-06').meetings).toHaveLength(2);
  });
  it('give the state at a glance: what may fit per person and the nearest deadline', () => {
    const h = fixture('permit-104c');
    const e = evaluate(h, '2026-11-28');
    const g = glance(e, buildPlan(e, h));
    expect(g.members.map((m) => m.id)).toEqual(h.members.map((m) => m.id));
    expect(g.deadline?.date).toBeDefined();
    const all = buildPlan(e, h).members.flatMap((m) => m.steps).filter((s) => s.due && (s.topic === 'deadline' || s.topic === 'apply')).map((s) => s.due!).sort();
    expect(g.deadline!.date).toBe(all[0]);
    const amir = stateOf({ ...newFamily('A', 'de'), envelope: envelopeOf(amirFamily('mostly-own')) }, '2026-12-06')!;
    expect(amir.glance.members.find((m) => m.id === 'pamir000001')!.possible).toContain('25b');
    expect(stateOf(newFamily('A', 'de'), '2026-12-06')).toBeNull();
  });
});
