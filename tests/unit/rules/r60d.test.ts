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
    ['entry 2018, identity clarified 1 Jan 2025, efforts not answered', { entryDate: '2018-03-01', identityClarifiedOn: '2025-01-01' }, 'unknown', 'identity-in-time', 'unknown'],
    ['entry 2018, clarified late, all steps in time (v1.1)', { entryDate: '2018-03-01', identityClarifiedOn: '2025-01-01', identityEfforts: 'in-time' }, 'possible', 'identity-in-time', 'met'],
    ['entry 2018, clarified late, steps late (v1.1): the authority (Abs. 4)', { entryDate: '2018-03-01', identityClarifiedOn: '2025-01-01', identityEfforts: 'late' }, 'possible', 'identity-in-time', 'authority'],
    ['entry 2018, clarified late, no steps (v1.1)', { entryDate: '2018-03-01', identityClarifiedOn: '2025-01-01', identityEfforts: 'none' }, 'missing', 'identity-in-time', 'not-met'],
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
    ['own deception: work ban (§ 60a Abs. 6 Satz 1 Nr. 2) excludes', { identityDeception: true }, 'excluded', 'no-work-ban-own-fault', 'not-met'],
    ['integration course obliged and completed (v1.1)', { integrationCourse: { obliged: true, completed: true } }, 'possible', 'integration-course', 'met'],
    ['integration course obliged, not completed (v1.1)', { integrationCourse: { obliged: true, completed: false } }, 'missing', 'integration-course', 'not-met'],
    ['integration course obliged, completion not answered (v1.1)', { integrationCourse: { obliged: true } }, 'unknown', 'integration-course', 'unknown'],
    ['not obliged to a course (v1.1)', { integrationCourse: { obliged: false } }, 'possible', 'integration-course', 'met'],
    ['duldungSince (v1.1): 12 months from the first Duldung day less § 60b months', { statusSince: '2026-06-01', duldungSince: '2025-09-01', unclearIdentityMonths: 3 }, 'later', 'duldung-months', 'met-later'],
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

  it('12 months with a Duldung from duldungSince: on the day', () => {
    expect(cond(r({ statusSince: '2026-06-01', duldungSince: '2025-08-28', unclearIdentityMonths: 3 }), 'duldung-months')).toMatchObject({ state: 'met' });
    expect(cond(r({ statusSince: '2026-06-01', duldungSince: '2025-08-29', unclearIdentityMonths: 3 }), 'duldung-months')).toMatchObject({ state: 'met-later', metOn: '2026-11-29' });
  });

  it('school-age children of the household must attend', () => {
    const kid = withPatch(young, { id: 'kid', birthDate: '2015-01-01', school: { attending: false } });
    expect(state(route(household([adult, kid]), '60d'), 'children-school')).toBe('not-met');
  });
});

describe('60d: both spouses (Abs. 1 Nr. 1, 7, 8, 11) and the family (Abs. 2)', () => {
  const spouse = (patch: Parameters<typeof withPatch>[1] = {}) => withPatch(adult, { id: 'q', work: { hoursPerWeek: 0, since: null, permitted: false }, livelihood: 'benefits', german: 'A1', ...patch });
  const pair = (spousePatch: Parameters<typeof withPatch>[1] = {}, who = 'p') => route(household([withPatch(adult, { spouseId: 'q' }), spouse(spousePatch)]), '60d', who);

  it('the spouse meets the joint conditions: the applicant may, the spouse gets it with the applicant', () => {
    expect(pair()).toMatchObject({ result: 'possible', dependsOn: null });
    expect(pair({}, 'q')).toMatchObject({ result: 'possible', dependsOn: { member: 'p', route: '60d' } });
    expect(state(pair(), 'spouse-convictions')).toBe('met');
  });
  it.each([
    ['a serious conviction of the spouse (Nr. 7) excludes the applicant', { convictions: 'serious' }, 'excluded', 'spouse-convictions', 'not-met'],
    ['a minor conviction of the spouse does not', { convictions: 'minor' }, 'possible', 'spouse-convictions', 'met'],
    ['the spouse\'s identity not clarified (Nr. 1)', { identityClarified: false }, 'missing', 'spouse-identity', 'not-met'],
    ['the spouse clarified late without steps (Nr. 1)', { entryDate: '2018-01-01', identityClarifiedOn: '2025-03-01', identityEfforts: 'none' }, 'missing', 'spouse-identity', 'not-met'],
    ['the spouse obliged to a course, not completed (Nr. 11)', { integrationCourse: { obliged: true, completed: false } }, 'missing', 'spouse-integration-course', 'not-met'],
  ])('%s', (_, patch, result, id, s) => {
    const out = pair(patch);
    expect(out.result).toBe(result);
    expect(state(out, id)).toBe(s);
  });
  it('the spouse then fails too, and so do the children', () => {
    const kid = withPatch(young, { id: 'k', birthDate: '2015-02-02', role: 'child', parentIds: ['p', 'q'], school: { attending: true } });
    const h = household([withPatch(adult, { spouseId: 'q' }), spouse({ convictions: 'serious' }), kid]);
    expect(route(h, '60d', 'q').result).toBe('excluded');
    expect(route(h, '60d', 'k').result).toBe('excluded');
    const ok = household([withPatch(adult, { spouseId: 'q' }), spouse(), kid]);
    expect(route(ok, '60d', 'k')).toMatchObject({ result: 'possible', dependsOn: { member: 'p', route: '60d' } });
  });
  it('the v1 reading: exactly two parent members are spouses', () => {
    const h = household([adult, spouse({ role: 'parent', convictions: 'serious' })]);
    expect(route(h, '60d').result).toBe('excluded');
    const three = household([adult, spouse({ role: 'parent', convictions: 'serious' }), spouse({ id: 'r', role: 'parent' })]);
    expect(route(three, '60d').result).toBe('possible');
  });
  it('declared links: spouseId null means no spouse, even with two parents', () => {
    const h = household([withPatch(adult, { spouseId: null }), spouse({ role: 'parent', convictions: 'serious', spouseId: null })]);
    expect(route(h, '60d').result).toBe('possible');
  });
  it('the spouse branch needs the spouse\'s own entry by 2022', () => {
    const h = household([withPatch(adult, { spouseId: 'q' }), spouse({ entryDate: '2023-03-01' })]);
    expect(route(h, '60d', 'q')).toMatchObject({ result: 'excluded' });
    expect(state(route(h, '60d', 'q'), 'entry-by-2022')).toBe('not-met');
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

  it.each([
    ['course possible, written A2', { ...holder, statusSince: '2024-05-28', integrationCourse: { possible: true }, germanWritten: 'A2' }, 'possible', 'met'],
    ['course possible, written A1', { ...holder, statusSince: '2024-05-28', integrationCourse: { possible: true }, germanWritten: 'A1' }, 'missing', 'not-met'],
    ['course possible, written level not answered', { ...holder, statusSince: '2024-05-28', integrationCourse: { possible: true } }, 'unknown', 'unknown'],
    ['no course was possible', { ...holder, statusSince: '2024-05-28', integrationCourse: { possible: false }, germanWritten: 'none' }, 'possible', 'met'],
    ['not answered whether a course was possible: the authority, never not met', { ...holder, statusSince: '2024-05-28', germanWritten: 'none' }, 'possible', 'authority'],
  ])('written German (§ 25b Abs. 6, 2nd half-sentence): %s', (_, patch, result, s) => {
    const out = e(patch);
    expect(out.result).toBe(result);
    expect(state(out, 'german-written')).toBe(s);
  });

  it('the spouse\'s serious conviction excludes; the spouse and children go with the holder', () => {
    const h = (conv: string) => household([withPatch(adult, { ...holder, statusSince: '2024-05-28', spouseId: 'q' }), withPatch(adult, { id: 'q', convictions: conv, work: { hoursPerWeek: 0, since: null } })]);
    expect(route(h('serious'), '25b-employment').result).toBe('excluded');
    expect(state(route(h('serious'), '25b-employment'), 'spouse-convictions')).toBe('not-met');
    expect(route(h('none'), '25b-employment', 'q')).toMatchObject({ result: 'possible', dependsOn: { member: 'p', route: '25b-employment' } });
  });

  it('reason keys name the next step', () => {
    expect(cond(e({}), 'months-60d')?.reason).toBe('no-60d-yet');
    expect(cond(e({ entryDate: '2023-06-01' }), 'reachable')?.reason).toBe('60d-excluded');
  });
});
