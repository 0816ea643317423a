/** evaluate(): shape, route order, asOf handling, schema and conditions metadata. */
import { describe, expect, it } from 'vitest';
import { evaluate, evaluationSchema, householdSchema, routeOrder, routes } from '../../../src/rules';
import { formatIssues } from '../../../src/rules/schema';
import { adult, household } from './helpers';

describe('evaluate', () => {
  it('every route appears for every member, in the contract order', () => {
    expect(routeOrder).toEqual(['25a', '25a-family', '25b', '25b-family', '25b-employment', '104c', '16g', '60c', '60d', '19d', '25-5']);
    const e = evaluate(household([adult]));
    expect(e.members[0].routes.map((r) => r.id)).toEqual(routeOrder);
    expect(evaluationSchema.safeParse(e).success).toBe(true);
  });

  it('asOf: the argument, else the household, else today', () => {
    const h = household([adult]);
    expect(evaluate(h).asOf).toBe('2026-11-28');
    expect(evaluate(h, '2030-01-01').asOf).toBe('2030-01-01');
    expect(evaluate({ ...h, asOf: undefined }).asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('conditions carry message keys, kebab-case ids and citations', () => {
    for (const r of routes) {
      const ids = r.conditions.map((c) => c.id);
      expect(new Set(ids).size, r.id).toBe(ids.length);
      for (const c of r.conditions) {
        expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(c.messageKey).toBe(`condition.${r.id}.${c.id}`);
        // a provision first (§ …), and the act it is in: every condition cites its legal source
        expect(c.cite).toMatch(/^§ \d+[a-z]? .*(AufenthG|BeschV|JArbSchG|AsylG|Chancen-Aufenthaltsrechtsgesetz|\(EU\) 2024\/1348)$/);
      }
    }
  });

  it('an empty household is fine', () => {
    expect(evaluate(household([])).members).toEqual([]);
  });
});

describe('household schema', () => {
  const parse = (members: unknown[], extra = {}) => householdSchema.safeParse({ version: 1, members, ...extra });
  const msg = (r: ReturnType<typeof parse>, input: unknown) => (r.success ? '' : formatIssues(r.error, input));

  it('rejects impossible dates, naming the field and the value', () => {
    const input = { version: 1, members: [{ id: 'a', birthDate: '2023-02-30' }] };
    expect(msg(householdSchema.safeParse(input), input)).toBe('members[0].birthDate: invalid date "2023-02-30"');
    const input2 = { version: 1, members: [{ id: 'a', birthDate: '2020-01-01', entryDate: '2023-13-01' }] };
    expect(msg(householdSchema.safeParse(input2), input2)).toContain('members[0].entryDate: invalid date "2023-13-01"');
  });

  it('only id and birthDate are required; null is allowed where the contract shows it', () => {
    expect(parse([{ id: 'a', birthDate: '2000-01-01' }]).success).toBe(true);
    expect(parse([{ id: 'a', birthDate: '2000-01-01', permit104cUntil: null, training: { startDate: null } }]).success).toBe(true);
    expect(parse([{ id: 'a' }]).success).toBe(false);
  });

  it('unknown fields are rejected (typos surface)', () => {
    const input = { version: 1, members: [{ id: 'a', birthDate: '2000-01-01', livelyhood: 'own' }] };
    expect(msg(householdSchema.safeParse(input), input)).toBe('members[0]: unknown field "livelyhood"');
  });

  it('member ids are unique; a birth date after asOf is an error', () => {
    const dup = { version: 1, members: [{ id: 'a', birthDate: '2000-01-01' }, { id: 'a', birthDate: '2001-01-01' }] };
    expect(msg(householdSchema.safeParse(dup), dup)).toBe('members[1].id: duplicate member id "a"');
    const future = { version: 1, asOf: '2026-11-28', members: [{ id: 'a', birthDate: '2026-11-29' }] };
    expect(msg(householdSchema.safeParse(future), future)).toContain('members[0].birthDate');
  });

  it('enum errors say what was expected', () => {
    const input = { version: 1, members: [{ id: 'a', birthDate: '2000-01-01', status: 'tolerated' }] };
    expect(msg(householdSchema.safeParse(input), input)).toContain('members[0].status: expected one of "asylum-pending"');
  });
});
