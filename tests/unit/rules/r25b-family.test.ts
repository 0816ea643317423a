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
    ['holder excluded', { convictions: 'serious' }, {}, {}, 'spouse', 'excluded', 'holder', 'not-met'],
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

  it('a single parent has no holder', () => {
    const out = route(household([holder]), '25b-family');
    expect(out).toMatchObject({ result: 'excluded', dependsOn: null });
    expect(cond(out, 'holder')?.reason).toBe('no-holder');
  });
});
