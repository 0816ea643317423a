/** § 60d (employment toleration) and § 25b Abs. 6 (25b-employment after 30 months). */
import { describe, expect, it } from 'vitest';
import { adult, cond, household, route, single, state, withPatch, young } from './helpers';

const r = (patch: Parameters<typeof single>[1], asOf?: string, others = []) => single(adult, patch, '60d', asOf, others);

describe('60d', () => {
  it('an adult working 30 hours for years, own livelihood, A2+: possible', () => {
    expect(r({}).result).toBe('possible');
    expect(state(r({}), 'integration-course')).toBe('authority');
  });

  it.each([
    ['entry on 31 Dec 2022', { entryDate: '2022-12-31', identityClarifiedOn: '2023-03-01' }, 'possible', 'entry-by-2022', 'met'],
    ['entry on 1 Jan 2023', { entryDate: '2023-01-01' }, 'excluded', 'entry-by-2022', 'not-met'],
    ['entry unanswered (stops here)', { entryDate: undefined }, 'unknown', 'entry-by-2022', 'unknown'],
    ['entry before 2017, identity clarified in 2025: in time (by the application)', { identityClarifiedOn: '2025-05-01' }, 'possible', 'identity-in-time', 'met'],
    ['entry 2018, identity clarified by 31 Dec 2024', { entryDate: '2018-03-01', identityClarifiedOn: '2024-12-31' }, 'possible', 'identity-in-time', 'met'],
    ['entry 2018, identity clarified 1 Jan 2025: late', { entryDate: '2018-03-01', identityClarifiedOn: '2025-01-01' }, 'missing', 'identity-in-time', 'not-met'],
    ['entry 2018, date of clarification unanswered', { entryDate: '2018-03-01', identityClarifiedOn: null }, 'unknown', 'identity-in-time', 'unknown'],
    ['identity not clarified', { identityClarified: false }, 'missing', 'identity-in-time', 'not-met'],
    ['20 hours', { work: { hoursPerWeek: 20 } }, 'possible', 'work-hours', 'met'],
    ['19 hours', { work: { hoursPerWeek: 19 } }, 'missing', 'work-hours', 'not-met'],
    ['hours unanswered', { work: { hoursPerWeek: undefined } }, 'unknown', 'work-hours', 'unknown'],
    ['no work', { work: { hoursPerWeek: 0, since: null } }, 'missing', 'work-months', 'not-met'],
    ['12 months of work on the anniversary', { work: { since: '2025-11-28' } }, 'possible', 'work-months', 'met'],
    ['12 months of work the day after', { work: { since: '2025-11-29' } }, 'later', 'work-months', 'met-later'],
    ['work start unanswered', { work: { since: null } }, 'unknown', 'work-months', 'unknown'],
    ['no permission to work', { work: { permitted: false } }, 'missing', 'work-permitted', 'not-met'],
    ['livelihood mostly own', { livelihood: 'mostly-own' }, 'missing', 'livelihood', 'not-met'],
    ['A1', { german: 'A1' }, 'missing', 'german', 'not-met'],
    ['12 months Duldung not yet', { statusSince: '2026-01-01' }, 'later', 'duldung-months', 'met-later'],
    ['§ 60b Duldung: work ban, removable', { status: 'duldung-unclear-identity' }, 'missing', 'no-work-ban-60b', 'not-met'],
    ['own deception: work ban (Nr. 2), removable', { identityDeception: true }, 'missing', 'no-work-ban-own-fault', 'not-met'],
    ['serious conviction', { convictions: 'serious' }, 'excluded', 'no-serious-convictions', 'not-met'],
    ['under 14', { birthDate: '2013-01-01', role: 'child' }, 'excluded', 'age-min', 'not-met'],
  ])('%s', (_, patch, result, id, s) => {
    const out = r(patch);
    expect(out.result).toBe(result);
    expect(state(out, id)).toBe(s);
  });

  it('later dates: the latest waiting time wins', () => {
    expect(r({ statusSince: '2026-01-01', work: { since: '2026-03-01' } })).toMatchObject({ result: 'later', possibleFrom: '2027-03-01' });
  });

  it('school-age children of the household must attend', () => {
    const kid = withPatch(young, { id: 'kid', birthDate: '2015-01-01', school: { attending: false } });
    expect(state(route(household([adult, kid]), '60d'), 'children-school')).toBe('not-met');
  });
});

describe('25b-employment', () => {
  const holder = { status: 'duldung-employment', statusSince: '2024-09-01' };
  const e = (patch: Parameters<typeof single>[1]) => single(adult, patch, '25b-employment');

  it.each([
    ['30 months of employment toleration not yet over', holder, 'later', '2027-03-01'],
    ['30 months on the day', { ...holder, statusSince: '2024-05-28' }, 'possible', null],
  ])('%s', (_, patch, result, from) => {
    expect(e(patch)).toMatchObject({ result, possibleFrom: from });
  });

  it.each([
    ['no employment toleration yet (apply for 60d first)', {}, 'missing', 'months-60d', 'not-met'],
    ['60d not possible for the person: never', { entryDate: '2023-06-01' }, 'excluded', 'reachable', 'not-met'],
    ['60d conditions no longer met', { ...holder, statusSince: '2024-05-28', work: { hoursPerWeek: 10 } }, 'missing', 'meets-60d', 'not-met'],
    ['A1 German', { ...holder, statusSince: '2024-05-28', german: 'A1' }, 'missing', 'german', 'not-met'],
    ['status unanswered', { status: undefined }, 'unknown', 'reachable', 'unknown'],
    ['statusSince unanswered', { ...holder, statusSince: undefined }, 'unknown', 'months-60d', 'unknown'],
    ['deception', { ...holder, identityDeception: true }, 'excluded', 'no-identity-deception', 'not-met'],
  ])('%s', (_, patch, result, id, s) => {
    const out = e(patch);
    expect(out.result).toBe(result);
    expect(state(out, id)).toBe(s);
  });

  it('reason keys name the next step', () => {
    expect(cond(e({}), 'months-60d')?.reason).toBe('no-60d-yet');
    expect(cond(e({ entryDate: '2023-06-01' }), 'reachable')?.reason).toBe('60d-excluded');
  });
});
