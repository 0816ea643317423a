import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { evaluate } from '../../../src/rules/evaluate';
import type { Household } from '../../../src/rules/schema';
import { buildPlan, byUrgency, topicRank } from '../../../src/plan';
import { householdArb } from '../rules/arbitraries';

const fixture = (name: string) => JSON.parse(readFileSync(`tests/fixtures/households/${name}.json`, 'utf8')) as Household;
const planOf = (h: Household) => buildPlan(evaluate(h, h.asOf ?? '2026-11-28'), h);
const stepsOf = (h: Household, member: string) => planOf(h).members.find((m) => m.id === member)!.steps;

describe('plan for the fixture families', () => {
  it('young adult the day before his 27th birthday: apply for § 25a first, due tomorrow', () => {
    const steps = stepsOf(fixture('young-adult-27'), 'samir');
    expect(steps[0]).toMatchObject({ id: 'apply:25a', topic: 'apply', route: '25a', due: '2026-11-29', offices: ['refugee-counselling', 'foreigners-authority'] });
    expect(steps[0].documents).toEqual(expect.arrayContaining(['duldung-paper', 'passport-or-id', 'school-reports']));
  });

  it('§ 104c holder: the end of the permit is the first deadline, with its citation', () => {
    const steps = stepsOf(fixture('permit-104c'), 'amina');
    expect(steps[0]).toMatchObject({ id: 'deadline:104c', topic: 'deadline', due: '2027-03-15' });
    expect(steps[0].because).toEqual([expect.objectContaining({ route: '104c', condition: 'permit-running', cite: '§ 104c Abs. 1 AufenthG' })]);
  });

  it('unclear identity: one identity-and-passport step that names every condition it works on, and nothing to apply for yet', () => {
    const steps = stepsOf(fixture('unclear-identity'), 'omar');
    const identity = steps.find((s) => s.topic === 'identity')!;
    expect(identity.because).toEqual(expect.arrayContaining([
      expect.objectContaining({ route: '25b', condition: 'identity', cite: '§ 5 Abs. 1 Nr. 1a AufenthG' }),
      expect.objectContaining({ route: '60d', condition: 'no-work-ban-60b', cite: '§ 60b Abs. 5 Satz 2 AufenthG' }),
    ]));
    expect(identity.documents).toContain('passport-or-id');
    expect(steps.some((s) => s.topic === 'apply')).toBe(false);
  });

  it('many unknowns: every unknown condition becomes a find-out step, and nothing is offered to apply for', () => {
    const h = fixture('unknowns');
    const evaluation = evaluate(h, h.asOf ?? '2026-11-28');
    const plan = buildPlan(evaluation, h);
    for (const m of evaluation.members) {
      const steps = plan.members.find((x) => x.id === m.id)!.steps;
      expect(steps.some((s) => s.topic === 'apply')).toBe(false);
      for (const r of m.routes.filter((x) => x.result !== 'excluded')) {
        for (const c of r.conditions.filter((x) => x.state === 'unknown')) {
          expect(steps.find((s) => s.id === `find-out:${c.id}`)?.because, `${m.id} ${r.id}/${c.id}`).toContainEqual(expect.objectContaining({ route: r.id, condition: c.id }));
        }
      }
    }
  });

  it('a mother who may get § 25b now: apply, and no training step for a route she does not need', () => {
    const steps = stepsOf(fixture('serbian-family'), 'mother');
    expect(steps.map((s) => s.id)).toContain('apply:25b');
    expect(steps.some((s) => s.topic === 'training')).toBe(false);
  });
});

describe('plan properties', () => {
  it('never throws, orders steps by urgency, and gives every action step its reason', () => {
    fc.assert(fc.property(householdArb, (h) => {
      const plan = planOf(h);
      for (const m of plan.members) {
        const sorted = [...m.steps].sort(byUrgency);
        if (sorted.map((s) => s.id).join() !== m.steps.map((s) => s.id).join()) return false;
        if (new Set(m.steps.map((s) => s.id)).size !== m.steps.length) return false;
        for (const s of m.steps) {
          if (!topicRank.includes(s.topic)) return false;
          if (['identity', 'school', 'language', 'training', 'work', 'find-out'].includes(s.topic) && !s.because.every((b) => b.cite.includes('§')) ) return false;
          if (['identity', 'school', 'language', 'training', 'work', 'find-out'].includes(s.topic) && s.because.length === 0) return false;
          if (['apply', 'apply-from', 'deadline'].includes(s.topic) && !s.route) return false;
        }
      }
      return true;
    }), { numRuns: 200 });
  });
});
