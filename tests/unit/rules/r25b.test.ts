/** § 25b Abs. 1–3 (sustainable integration): each condition, the 4/6-year rule, § 60b shift, children at school. */
import { describe, expect, it } from 'vitest';
import { adult, cond, household, route, single, state, withPatch, young } from './helpers';

const r = (patch: Parameters<typeof single>[1], asOf?: string, others = []) => single(adult, patch, '25b', asOf, others);

describe('25b', () => {
  it('a tolerated adult, 11 years here, own livelihood, B1: possible', () => {
    const out = r({});
    expect(out.result).toBe('possible');
    expect(state(out, 'basic-knowledge')).toBe('authority');
  });

  it.each([
    ['6 years on the anniversary', { entryDate: '2020-11-28' }, 'possible', 'met', null],
    ['6 years the day after', { entryDate: '2020-11-29' }, 'later', 'met-later', '2026-11-29'],
    ['4 years with a minor child, on the anniversary', { entryDate: '2022-11-28', livesWithMinorChild: true }, 'possible', 'met', null],
    ['4 years with a minor child, the day after', { entryDate: '2022-11-29', livesWithMinorChild: true }, 'later', 'met-later', '2026-11-29'],
    ['4 years but living with a minor child unanswered', { entryDate: '2022-11-28', livesWithMinorChild: undefined }, 'unknown', 'unknown', null],
    ['6 years met, so the child question does not matter', { entryDate: '2019-01-01', livesWithMinorChild: undefined }, 'possible', 'met', null],
    ['6 years + 6 months of § 60b, met', { entryDate: '2020-05-28', unclearIdentityMonths: 6 }, 'possible', 'met', null],
    ['6 years + 7 months of § 60b, later', { entryDate: '2020-05-28', unclearIdentityMonths: 7 }, 'later', 'met-later', '2026-12-28'],
    ['§ 104c holder: counted from entry, met by the last day', { status: 'permit-104c', permit104cUntil: '2027-01-01', entryDate: '2020-06-01' }, 'possible', 'met', null],
    ['§ 104c holder: not met by the permit; after the holder\'s last day as a tolerated person', { status: 'permit-104c', permit104cUntil: '2027-01-01', entryDate: '2022-01-01' }, 'later', 'met-later', '2028-01-01'],
  ])('prior stay: %s', (_, patch, result, s, from) => {
    const out = r(patch);
    expect(out).toMatchObject({ result, possibleFrom: from });
    expect(state(out, 'stay-years')).toBe(s);
  });

  it.each([
    ['mostly own', { livelihood: 'mostly-own' }, 'possible', 'livelihood', 'met'],
    ['partly own', { livelihood: 'partly-own' }, 'missing', 'livelihood', 'not-met'],
    ['benefits', { livelihood: 'benefits' }, 'missing', 'livelihood', 'not-met'],
    ['livelihood unanswered', { livelihood: undefined }, 'unknown', 'livelihood', 'unknown'],
    ['A2', { german: 'A2' }, 'possible', 'german', 'met'],
    ['A1', { german: 'A1' }, 'missing', 'german', 'not-met'],
    ['German unanswered', { german: undefined }, 'unknown', 'german', 'unknown'],
    ['identity not clarified', { identityClarified: false }, 'missing', 'identity', 'not-met'],
    ['identity unanswered', { identityClarified: undefined }, 'unknown', 'identity', 'unknown'],
    ['§ 60b Duldung', { status: 'duldung-unclear-identity' }, 'missing', 'status', 'not-met'],
    ['asylum procedure', { status: 'asylum-pending' }, 'missing', 'status', 'not-met'],
    ['identity deception', { identityDeception: true }, 'excluded', 'no-identity-deception', 'not-met'],
    ['serious conviction, sentence not answered: unknown', { convictions: 'serious' }, 'unknown', 'no-serious-convictions', 'unknown'],
    ['minor conviction: the authority weighs it (§ 5 Abs. 1 Nr. 2, Abs. 3 Satz 2)', { convictions: 'minor' }, 'possible', 'no-serious-convictions', 'authority'],
    ['no passport: the authority', { passport: false }, 'possible', 'passport', 'authority'],
  ])('%s', (_, patch, result, id, s) => {
    const out = r(patch);
    expect(out.result).toBe(result);
    expect(state(out, id)).toBe(s);
  });

  it('the reason says what is missing', () => {
    expect(cond(r({ identityClarified: false }), 'identity')?.reason).toBe('passport-duty');
    expect(cond(r({ german: 'A1' }), 'german')?.reason).toBe('german-below-a2');
  });

  const kid = (birthDate: string, attending?: boolean) => withPatch(young, { id: 'kid', birthDate, school: { attending } });
  it.each([
    ['a 10-year-old attends', kid('2016-05-01', true), 'met'],
    ['a 10-year-old does not attend', kid('2016-05-01', false), 'not-met'],
    ['a 10-year-old, attendance unanswered', kid('2016-05-01', undefined), 'unknown'],
    ['a 5-year-old (school from Aug 2027)', kid('2021-06-01', false), 'met'],
    ['turned 6 on 30 Sept 2026: school age since 1 Aug 2026', kid('2020-09-30', false), 'not-met'],
    ['turned 6 on 1 Oct 2026: school age from 1 Aug 2027', kid('2020-10-01', false), 'met'],
    ['turned 18 in Sept 2026: still school age to 31 July 2027', kid('2008-09-01', false), 'not-met'],
    ['turned 18 in June 2026: school age ended 31 July 2026', kid('2008-06-01', false), 'met'],
  ])('children at school: %s', (_, child, s) => {
    const h = household([withPatch(adult, { livesWithMinorChild: true }), child]);
    expect(state(route(h, '25b'), 'children-school')).toBe(s);
  });

  it('children under 14 do not get an own 25b (covered by 25b-family)', () => {
    const out = r({ birthDate: '2013-01-01', role: 'child' });
    expect(out.result).toBe('excluded');
    expect(out.conditions.map((c) => c.id)).toEqual(['age-min']);
  });
});
