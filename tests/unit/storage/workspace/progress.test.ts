import { describe, expect, it } from 'vitest';
import { migrateSteps, progressKey, reconcile, setProgress } from '../../../../src/storage/workspace/progress';
import { checkFamily, newFamily, stepStates, responsibles, type StepProgress } from '../../../../src/storage/workspace/model';
import { buildPlan } from '../../../../src/plan';
import { evaluate } from '../../../../src/rules/evaluate';
import { amirFamily, envelopeOf } from './helpers';

const planOf = (livelihood: 'benefits' | 'mostly-own') => {
  const h = amirFamily(livelihood);
  return buildPlan(evaluate(h, '2026-12-06'), h);
};

describe('step progress', () => {
  it('has the four states and the seven responsible parties, as data', () => {
    expect(stepStates).toEqual(['open', 'in-progress', 'done', 'not-needed']);
    expect(responsibles).toEqual(['family', 'school', 'youth-office', 'job-centre', 'employment-agency', 'counselling', 'foreigners-authority']);
  });
  it('joins today\'s plan with the saved progress by (member id, step id); a new step is open', () => {
    const plan = planOf('benefits');
    const amir = plan.members.find((m) => m.id === 'pamir000001')!;
    expect(amir.steps.map((s) => s.id)).toContain('work');
    const saved: StepProgress[] = [{ member: 'pamir000001', step: 'work', state: 'in-progress', date: '2027-01-31', responsible: 'job-centre', note: 'Bewerbung Lager' }];
    const { current, earlier } = reconcile(plan, saved);
    expect(current.find((r) => r.member === 'pamir000001' && r.step.id === 'work')!.progress).toEqual(saved[0]);
    // Sara has a work step too, but it is hers: untouched
    expect(current.find((r) => r.member === 'psara000001' && r.step.id === 'work')?.progress).toEqual({ member: 'psara000001', step: 'work', state: 'open' });
    expect(current.length).toBe(plan.members.reduce((n, m) => n + m.steps.length, 0));
    expect(earlier).toEqual([]);
  });
  it('keeps the progress of a step that disappeared (a job that covers the livelihood), shows it as earlier, and puts it back if the step returns', () => {
    // with his work covering the livelihood, § 25b may fit: the training step (for other routes) is left out
    const saved: StepProgress[] = [{ member: 'pamir000001', step: 'training', state: 'in-progress', date: '2026-10-01', responsible: 'employment-agency', note: 'Beratung Lagerlogistik' }];
    const after = reconcile(planOf('mostly-own'), saved);
    expect(after.current.some((r) => r.member === 'pamir000001' && r.step.id === 'training')).toBe(false);
    expect(after.earlier).toEqual(saved);
    const back = reconcile(planOf('benefits'), saved);
    expect(back.earlier).toEqual([]);
    expect(back.current.find((r) => r.member === 'pamir000001' && r.step.id === 'training')!.progress).toEqual(saved[0]);
  });
  it('keeps the progress of a person who left the household as earlier', () => {
    const saved: StepProgress[] = [{ member: 'pgone0000001', step: 'school', state: 'in-progress' }];
    expect(reconcile(planOf('benefits'), saved).earlier).toEqual(saved);
  });
  it('follows a renamed step id, and prefers the entry already under the new id', () => {
    const aliases = new Map([['apply:25b', 'apply-route:25b']]);
    const old: StepProgress = { member: 'p1', step: 'apply:25b', state: 'in-progress', note: 'old' };
    expect(migrateSteps([old], aliases)).toEqual([{ ...old, step: 'apply-route:25b' }]);
    const newer: StepProgress = { member: 'p1', step: 'apply-route:25b', state: 'done', note: 'new' };
    expect(migrateSteps([old, newer], aliases)).toEqual([newer]);
    expect(migrateSteps([{ ...old, member: 'p2' }, newer], aliases)).toEqual(expect.arrayContaining([newer, { ...old, member: 'p2', step: 'apply-route:25b' }]));
  });
  it('replaces one step\'s progress and drops an untouched open step', () => {
    const a: StepProgress = { member: 'p1', step: 'work', state: 'in-progress' };
    const b: StepProgress = { member: 'p2', step: 'work', state: 'done' };
    expect(setProgress([a, b], { ...a, state: 'done', note: 'ok' })).toEqual([b, { ...a, state: 'done', note: 'ok' }]);
    expect(setProgress([a, b], { member: 'p1', step: 'work', state: 'open' })).toEqual([b]);
    expect(progressKey('p1', 'a:b')).not.toBe(progressKey('p1:a', 'b'));
  });
  it('are checked when a record is read: unknown states, parties and step ids are refused; notes are cleaned', () => {
    const f = { ...newFamily('A', 'de'), envelope: envelopeOf(amirFamily()) };
    const ok = checkFamily(JSON.parse(JSON.stringify({ ...f, steps: [{ member: 'pamir000001', step: 'work', state: 'done', note: 'Vertrag\u202E unterschrieben  ' }] })));
    expect(ok.ok && ok.family.steps[0].note).toBe('Vertrag unterschrieben');
    for (const bad of [{ state: 'finished' }, { responsible: 'police' }, { step: 'Work Step' }, { member: '__proto__' }, { date: '2026-02-30' }, { note: 'x'.repeat(301) }]) {
      const step = { member: 'pamir000001', step: 'work', state: 'done', ...bad };
      expect(checkFamily(JSON.parse(JSON.stringify({ ...f, steps: [step] }))).ok, JSON.stringify(bad)).toBe(false);
    }
  });
});
