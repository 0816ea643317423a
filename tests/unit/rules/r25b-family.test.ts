/** § 25b Abs. 4 (spouse and minor children of a person with § 25b): derived, dependsOn that person. */
import { describe, expect, it } from 'vitest';
import { adult, cond, household, route, state, withPatch, young } from './helpers';

const holder = withPatch(adult, { id: 'holder', livesWithMinorChild: true });
const spouse = withPatch(adult, { id: 'spouse', entryDate: '2025-01-01', livelihood: 'benefits', german: 'A2' });
const child = withPatch(young, { id: 'child', birthDate: '2016-05-01', school: { attending: true } });
const fam = (h = {}, s = {}, c = {}) => household([withPatch(holder, h), withPatch(spouse, s), withPatch(child, c)]);

describe('25b-family', () => {
  it('spouse of a person with 25b: possible without own stay or livelihood', () => {
    const h = fam();
    expect(route(h, '25b', 'spouse').result).toBe('missing'); // own livelihood: benefits
    expect(route(h, '25b-family', 'spouse')).toMatchObject({ result: 'possible', dependsOn: { member: 'holder', route: '25b' }, applyBefore: null });
  });

  it('each parent can be the other\'s holder: the holder gets 25b-family through the spouse only if the spouse meets 25b', () => {
    const out = route(fam(), '25b-family', 'holder');
    expect(out).toMatchObject({ result: 'missing', dependsOn: { member: 'spouse', route: '25b' } });
    expect(cond(out, 'holder-route')).toMatchObject({ state: 'not-met', reason: 'holder-missing' });
  });

  it.each([
    ['spouse needs own A2', {}, { german: 'A1' }, {}, 'spouse', 'missing', 'german', 'not-met'],
    ['spouse\'s children must attend school', {}, {}, { school: { attending: false } }, 'spouse', 'missing', 'children-school', 'not-met'],
    ['spouse\'s identity', {}, { identityClarified: false }, {}, 'spouse', 'missing', 'identity', 'not-met'],
    ['spouse deceived', {}, { identityDeception: true }, {}, 'spouse', 'excluded', 'no-identity-deception', 'not-met'],
    ['holder only later', { entryDate: '2023-01-01' }, {}, {}, 'spouse', 'later', 'holder-route', 'met-later'],
    ['holder missing something', { german: 'A1' }, {}, {}, 'spouse', 'missing', 'holder-route', 'not-met'],
    ['holder excluded (prison of 1 year: § 54 Abs. 2 Nr. 1)', { convictions: 'serious', convictionSentence: { kind: 'prison', months: 12, suspended: true } }, {}, {}, 'spouse', 'excluded', 'holder', 'not-met'],
    ['holder\'s livelihood decides the family\'s', { livelihood: 'partly-own' }, {}, {}, 'spouse', 'missing', 'livelihood', 'not-met'],
    ['spouse: a minor conviction is weighed, not a bar', {}, { convictions: 'minor' }, {}, 'spouse', 'possible', 'no-serious-convictions', 'authority'],
    ['child at school: German not needed', {}, {}, { german: 'none' }, 'child', 'possible', 'child-german', 'met'],
    ['child not at school, German A1', {}, {}, { german: 'A1', school: { attending: false, yearsAttended: 0 } }, 'child', 'missing', 'child-german', 'not-met'],
    ['child not at school, German A2', {}, {}, { german: 'A2', school: { attending: false, yearsAttended: 0 } }, 'child', 'missing', 'child-german', 'met'],
    ['child at school', {}, {}, {}, 'child', 'possible', 'school-attendance', 'met'],
    ['child not at school', {}, {}, { school: { attending: false } }, 'child', 'missing', 'school-attendance', 'not-met'],
    ['child\'s attendance unanswered', {}, {}, { school: { attending: undefined } }, 'child', 'unknown', 'school-attendance', 'unknown'],
  ])('%s', (_, h, s, c, who, result, id, st) => {
    const out = route(fam(h, s, c), '25b-family', who);
    expect(out.result).toBe(result);
    expect(state(out, id)).toBe(st);
  });

  it('a child\'s permit must come before the 18th birthday', () => {
    const solo = (birthDate: string) => household([withPatch(holder, { entryDate: '2023-01-01' }), withPatch(child, { birthDate })]);
    const ok = route(solo('2009-01-15'), '25b-family', 'child');
    expect(ok).toMatchObject({ result: 'later', possibleFrom: '2027-01-01', applyBefore: '2027-01-15' });
    const late = route(solo('2008-12-20'), '25b-family', 'child');
    expect(cond(late, 'holder')).toMatchObject({ state: 'not-met', reason: 'holder-too-late' });
  });

  it.each([
    ['an adult child', { birthDate: '2005-01-01' }, 'adult-child'],
    ['a member who is neither spouse nor child', { role: 'other' }, 'not-family'],
  ])('excluded: %s', (_, c, reason) => {
    expect(cond(route(fam({}, {}, c), '25b-family', 'child'), 'family-role')).toMatchObject({ state: 'not-met', reason });
  });

  it('a child under school age: German waived for age', () => {
    const h = household([holder, withPatch(child, { birthDate: '2022-01-01', german: undefined, school: { attending: undefined } })]);
    expect(cond(route(h, '25b-family', 'child'), 'child-german')).toMatchObject({ state: 'met', reason: 'waived-age' });
  });

  it('declared links (v1.1): only the declared spouse and parents count', () => {
    const h = household([withPatch(holder, { spouseId: null }), withPatch(spouse, { role: 'parent', spouseId: null }), withPatch(child, { parentIds: ['holder'] })]);
    expect(route(h, '25b-family', 'spouse').result).toBe('excluded');
    expect(route(h, '25b-family', 'child')).toMatchObject({ result: 'possible', dependsOn: { member: 'holder', route: '25b' } });
  });

  it('a single parent has no holder', () => {
    const out = route(household([holder]), '25b-family');
    expect(out).toMatchObject({ result: 'excluded', dependsOn: null });
    expect(cond(out, 'holder')?.reason).toBe('no-holder');
  });
});
