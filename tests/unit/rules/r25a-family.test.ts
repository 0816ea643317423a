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

  it('a child under 14: the parent\'s route is later with the child\'s 14th birthday, apply before the child turns 18', () => {
    const out = route(family({}, { birthDate: '2013-01-01' }), '25a-family', 'mum');
    expect(out).toMatchObject({ result: 'later', possibleFrom: '2027-01-01', applyBefore: '2031-01-01', dependsOn: { member: 'teen', route: '25a' } });
    expect(route(family({}, { birthDate: '2013-01-01' }), '25a', 'teen')).toMatchObject({ result: 'later', possibleFrom: '2027-01-01', applyBefore: '2040-01-01' });
    // otherwise the parent's own result
    expect(route(family({ livelihood: 'benefits' }, { birthDate: '2013-01-01' }), '25a-family', 'mum').result).toBe('missing');
  });

  it('a minor sibling follows the parent who gets 25a-family (Satz 2): dependsOn the parent, before its own 18th birthday', () => {
    const sib = withPatch(young, { id: 'sib', birthDate: '2013-03-01', convictions: undefined }); // 13
    const out = route(family({}, {}, [sib]), '25a-family', 'sib');
    expect(out).toMatchObject({ result: 'possible', dependsOn: { member: 'mum', route: '25a-family' }, applyBefore: '2031-03-01' });
    expect(state(out, 'no-serious-convictions')).toBeUndefined(); // under 14: not asked
    expect(state(out, 'livelihood')).toBeUndefined(); // the parent's condition, read on the parent's route
    const poorer = route(family({ livelihood: 'mostly-own' }, {}, [sib]), '25a-family', 'sib');
    expect(poorer.result).toBe('missing');
    expect(cond(poorer, 'holder-route')).toMatchObject({ state: 'not-met', reason: 'holder-missing' });
  });

  it('the young person does not derive from itself as a sibling', () => {
    const out = route(family(), '25a-family', 'teen');
    expect(out.result).toBe('excluded');
  });

  it('the spouse of an adult 25a holder ("soll", the parents\' conditions; spouseId)', () => {
    const holder = withPatch(young, { id: 'yh', spouseId: 'sp', role: 'parent' });
    const sp = withPatch(adult, { id: 'sp', birthDate: '1998-01-01', role: 'parent' });
    const out = route(household([holder, sp]), '25a-family', 'sp');
    expect(out).toMatchObject({ result: 'possible', dependsOn: { member: 'yh', route: '25a' }, applyBefore: null });
    expect(cond(out, 'discretion')).toMatchObject({ state: 'authority', reason: 'decision-soll' });
    expect(route(household([holder, withPatch(sp, { livelihood: 'mostly-own' })]), '25a-family', 'sp').result).toBe('missing');
  });

  it('the minor child of an adult 25a holder ("soll"; parentIds)', () => {
    const holder = withPatch(young, { id: 'yh', role: 'parent' });
    const baby = withPatch(young, { id: 'baby', birthDate: '2024-05-01', role: 'child', parentIds: ['yh'], convictions: undefined });
    const out = route(household([holder, baby]), '25a-family', 'baby');
    expect(out).toMatchObject({ result: 'possible', dependsOn: { member: 'yh', route: '25a' }, applyBefore: '2042-05-01' });
    expect(cond(out, 'family-role')).toMatchObject({ state: 'met', reason: 'child-of-holder' });
  });

  it('a § 60b Duldung of the parent: not met (obstruction, Satz 1 Nr. 1)', () => {
    const out = route(family({ status: 'duldung-unclear-identity' }), '25a-family', 'mum');
    expect(out.result).toBe('missing');
    expect(cond(out, 'passport-duty')).toMatchObject({ state: 'not-met', reason: 'passport-duty' });
  });

  it('an adult child is not a minor sibling', () => {
    const big = withPatch(young, { id: 'big', birthDate: '2005-01-01' });
    expect(cond(route(family({}, {}, [big]), '25a-family', 'big'), 'family-role')).toMatchObject({ state: 'not-met', reason: 'adult-child' });
  });
});
