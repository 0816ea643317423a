/** Property tests over random schema-valid households (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateMember, evaluationSchema, relevantFields, routeOrder } from '../../../src/rules';
import { addMonths } from '../../../src/rules/dates';
import { answerFieldArb, fieldValues, householdArb, setField } from './arbitraries';

const runs = { numRuns: 300 };
const results = (h: Parameters<typeof evaluate>[0]) =>
  evaluate(h).members.flatMap((m) => m.routes.map((r) => `${m.id}/${r.id}=${r.result}@${r.possibleFrom ?? ''}`));

describe('properties', () => {
  it('never throws on a schema-valid household; the output is a valid Evaluation', { timeout: 60_000 }, () => {
    fc.assert(fc.property(householdArb, (h) => {
      const e = evaluate(h);
      expect(evaluationSchema.safeParse(e).success).toBe(true);
      for (const m of e.members) {
        expect(m.routes.map((r) => r.id)).toEqual(routeOrder);
        for (const r of m.routes) {
          const counted = r.conditions.filter((c) => c.state !== 'authority');
          if (r.result === 'possible') expect(counted.every((c) => c.state === 'met')).toBe(true);
          if (r.result === 'later') expect(r.possibleFrom).toBe(counted.filter((c) => c.state === 'met-later').map((c) => c.metOn).sort().pop());
          else expect(r.possibleFrom).toBeNull();
        }
      }
    }), runs);
  });

  it('more waiting time never turns a met time condition into anything else', { timeout: 60_000 }, () => {
    fc.assert(fc.property(householdArb, fc.integer({ min: 1, max: 60 }), (h, months) => {
      const later = addMonths(h.asOf!, months);
      for (const m of h.members) {
        const before = evaluateMember(m, h, h.asOf!);
        const after = evaluateMember(m, h, later);
        before.forEach((r, i) => {
          for (const c of r.checked) {
            if (c.condition.kind !== 'time' || c.state !== 'met') continue;
            const again = after[i].checked.find((x) => x.condition === c.condition);
            if (again) expect(again.state, `${m.id} ${r.id} ${c.condition.id}`).toBe('met');
          }
        });
      }
    }), runs);
  });

  it('an unknown answer never yields "possible" unless no answer to it could change that', () => {
    fc.assert(fc.property(householdArb, fc.nat(), answerFieldArb, fc.anything(), (h, i, field, seed) => {
      const idx = i % h.members.length;
      const without = { ...h, members: h.members.map((m, j) => (j === idx ? setField(m, field, undefined) : m)) };
      const value = fc.sample(fieldValues[field], { numRuns: 1, seed: typeof seed === 'number' ? seed : 42 })[0];
      const withValue = { ...h, members: h.members.map((m, j) => (j === idx ? setField(m, field, value) : m)) };
      const a = evaluate(without).members;
      const b = evaluate(withValue).members;
      a.forEach((m, mi) => m.routes.forEach((r, ri) => {
        if (r.result === 'possible') expect(b[mi].routes[ri].result, `${m.id} ${r.id} ${field}=${JSON.stringify(value)}`).toBe('possible');
      }));
    }), { numRuns: 500 });
  }, 60_000);

  it('an answer the questionnaire would skip (not in relevantFields) changes no result', () => {
    fc.assert(fc.property(householdArb, fc.nat(), answerFieldArb, fc.boolean(), fc.integer(), (h, i, field, drop, seed) => {
      const m = h.members[i % h.members.length];
      fc.pre(!relevantFields(m, h, h.asOf!).includes(field));
      const value = drop ? undefined : fc.sample(fieldValues[field], { numRuns: 1, seed })[0];
      const changed = { ...h, members: h.members.map((x) => (x.id === m.id ? setField(x, field, value) : x)) };
      expect(results(changed)).toEqual(results(h));
    }), { numRuns: 400 });
  }, 120_000);
});
