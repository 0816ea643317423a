/** § 25a Abs. 2 (parents and minor siblings of a young person with § 25a): derived, dependsOn the child. */
import { describe, expect, it } from 'vitest';
import { adult, cond, household, route, state, withPatch, young } from './helpers';

const parent = withPatch(adult, { id: 'mum' });
const teen = withPatch(young, { id: 'teen', birthDate: '2010-06-01' }); // 16, own 25a possible
const family = (p = {}, t = {}, more: Parameters<typeof household>[0] = []) =>
  household([withPatch(parent, p), withPatch(teen, t), ...more]);

describe('25a-family', () => {
  it('parent of a 16-year-old with 25a, livelihood fully own: possible, dependsOn the teen, before the teen turns 18', () => {
    const out = route(family(), '25a-family', 'mum');
    expect(out).toMatchObject({ result: 'possible', dependsOn: { member: 'teen', route: '25a' }, applyBefore: '2028-06-01' });
    expect(state(out, 'holder-route')).toBe('met');
    expect(state(out, 'discretion')).toBe('authority');
  });

  it.each([
    ['mostly own livelihood is not enough', { livelihood: 'mostly-own' }, 'missing', 'livelihood', 'not-met'],
    ['livelihood unanswered', { livelihood: undefined }, 'unknown', 'livelihood', 'unknown'],
    ['own deception', { identityDeception: true }, 'excluded', 'no-identity-deception', 'not-met'],
    ['serious conviction (§ 25a Abs. 3)', { convictions: 'serious' }, 'excluded', 'no-serious-convictions', 'not-met'],
    ['role unanswered', { role: undefined }, 'unknown', 'family-role', 'unknown'],
    ['not a parent', { role: 'other' }, 'excluded', 'family-role', 'not-met'],
  ])('parent: %s', (_, p, result, id, s) => {
    const out = route(family(p), '25a-family', 'mum');
    expect(out.result).toBe(result);
    expect(state(out, id)).toBe(s);
  });

  it.each([
    ['teen\'s 25a later → later on the same date', { statusSince: '2026-06-01' }, 'later', 'met-later', '2027-06-01'],
    ['teen\'s 25a missing', { school: { yearsAttended: 1, qualification: 'none' } }, 'missing', 'not-met', null],
    ['teen\'s 25a unknown', { school: { yearsAttended: undefined, qualification: 'none' } }, 'unknown', 'unknown', null],
  ])('follows the teen: %s', (_, t, result, s, from) => {
    const out = route(family({}, t), '25a-family', 'mum');
    expect(out).toMatchObject({ result, possibleFrom: from });
    expect(state(out, 'holder-route')).toBe(s);
  });

  it.each([
    ['the teen\'s 25a is excluded', { identityDeception: true }, 'holder-excluded'],
    ['the teen\'s 25a opens only after the 18th birthday', { birthDate: '2009-01-15', statusSince: '2026-03-01' }, 'holder-too-late'],
    ['the child is 13 (no own 25a yet)', { birthDate: '2013-01-01' }, 'no-holder'],
    ['the child is 18 (no longer a minor)', { birthDate: '2008-01-01' }, 'no-holder'],
  ])('excluded when %s', (_, t, reason) => {
    const out = route(family({}, t), '25a-family', 'mum');
    expect(out.result).toBe('excluded');
    expect(cond(out, 'holder')).toMatchObject({ state: 'not-met', reason });
  });

  it('with two young people, the best result is chosen', () => {
    const weak = withPatch(teen, { id: 'weak', birthDate: '2011-02-01', school: { yearsAttended: 1, qualification: 'none' } });
    const out = route(family({}, {}, [weak]), '25a-family', 'mum');
    expect(out.dependsOn).toEqual({ member: 'teen', route: '25a' });
    expect(out.result).toBe('possible');
  });

  it('a minor sibling: the parent must secure the livelihood fully; deadline is the earlier 18th birthday', () => {
    const sib = withPatch(young, { id: 'sib', birthDate: '2013-03-01', convictions: undefined }); // 13
    const out = route(family({}, {}, [sib]), '25a-family', 'sib');
    expect(out).toMatchObject({ result: 'possible', dependsOn: { member: 'teen', route: '25a' }, applyBefore: '2028-06-01' });
    expect(state(out, 'no-serious-convictions')).toBeUndefined(); // under 14: not asked
    expect(state(out, 'parent-livelihood')).toBe('met');
    const poorer = route(family({ livelihood: 'mostly-own' }, {}, [sib]), '25a-family', 'sib');
    expect(cond(poorer, 'parent-livelihood')).toMatchObject({ state: 'not-met', reason: 'livelihood-not-own' });
  });

  it('an adult child is not a minor sibling', () => {
    const big = withPatch(young, { id: 'big', birthDate: '2005-01-01' });
    expect(cond(route(family({}, {}, [big]), '25a-family', 'big'), 'family-role')).toMatchObject({ state: 'not-met', reason: 'adult-child' });
  });
});
