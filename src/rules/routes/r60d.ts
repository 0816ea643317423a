// § 60d AufenthG — employment toleration ("soll", 30 months): entry by 31 Dec 2022, identity clarified in
// time (Abs. 1 Nr. 1), 12 months' Duldung (Nr. 2), 12 months' work of 20+ hours a week (Nr. 3), livelihood
// (Nr. 4, 5), oral A2 (Nr. 6), no serious convictions (Nr. 7, 8), children at school (Nr. 10); § 60a Abs. 6.
import { NOTES } from '../notes';
import { authorityCheck, childrenSchool, duldungMonths, german, livelihood, minAge, noSeriousConvictions, status } from '../common';
import { define, met, notMet, runRoute, unknown, waitUntil, type Condition, type Route } from '../conditions';
import { addMonths } from '../dates';
import type { Household, Member } from '../schema';
import { identityInTime60d, no60bBan, noOwnFaultBan, noSafeCountryBan } from '../work';

const R = '60d';

const enteredBy2022 = define(R, {
  id: 'entry-by-2022', cite: '§ 60d Abs. 1 AufenthG', kind: 'exclusion', gate: true, reads: ['entryDate'],
  test: (m) => (m.entryDate == null ? unknown : m.entryDate <= '2022-12-31' ? met : notMet('entry-after-2022')),
});

const hours = define(R, {
  id: 'work-hours', cite: '§ 60d Abs. 1 Nr. 3 AufenthG', kind: 'condition', reads: ['work.hoursPerWeek'],
  note: NOTES && 'At least 20 hours a week subject to social insurance (since 2024). Whether single parents have a lower threshold is not in the legal reference; 20 is applied.',
  test: (m) => (m.work?.hoursPerWeek == null ? unknown : m.work.hoursPerWeek >= 20 ? met : notMet('work-hours')),
});

const workMonths = define(R, {
  id: 'work-months', cite: '§ 60d Abs. 1 Nr. 3 AufenthG', kind: 'time', reads: ['work.hoursPerWeek', 'work.since'],
  note: NOTES && 'Counted from the start of the current uninterrupted employment (work.since).',
  test: (m, _h, asOf) => {
    if (m.work?.hoursPerWeek === 0) return notMet('no-work');
    return m.work?.since == null ? unknown : waitUntil(addMonths(m.work.since, 12), asOf);
  },
});

const permitted = define(R, {
  id: 'work-permitted', cite: '§ 4a Abs. 4 AufenthG, § 32 BeschV', kind: 'condition', reads: ['work.permitted'],
  test: (m) => (m.work?.permitted == null ? unknown : m.work.permitted ? met : notMet('no-work-permission')),
});

export const conditions: Condition[] = [
  minAge(R, 14, '§ 60d Abs. 1 AufenthG', NOTES && 'Portal rule: children under 14 are not asked about work (employment under 15 is barred by § 5 JArbSchG).'),
  enteredBy2022,
  noSafeCountryBan(R),
  noSeriousConvictions(R, '§ 60d Abs. 1 Nr. 7, 8 AufenthG'),
  status(R, '§ 60d Abs. 1 Nr. 2 AufenthG', {}, NOTES && 'Holds a Duldung (not § 60b); a current employment toleration counts.'),
  duldungMonths(R, 12, '§ 60d Abs. 1 Nr. 2 AufenthG'),
  no60bBan(R),
  noOwnFaultBan(R),
  identityInTime60d(R, '§ 60d Abs. 1 Nr. 1 AufenthG'),
  hours,
  workMonths,
  permitted,
  livelihood(R, ['own'], '§ 60d Abs. 1 Nr. 4, 5 AufenthG', NOTES && 'Secured by own work now and for the last 12 months; the portal asks only about now (the 12 months of work are the time condition).'),
  german(R, 'A2', '§ 60d Abs. 1 Nr. 6 AufenthG', 'Oral A2.'),
  childrenSchool(R, '§ 60d Abs. 1 Nr. 10 AufenthG'),
  authorityCheck(R, 'integration-course', '§ 60d Abs. 1 Nr. 11 AufenthG', NOTES && 'An integration course completed where one was required.'),
];

export const evaluate = (member: Member, household: Household, asOf: string) => runRoute(R, conditions, member, household, asOf);

export const route60d: Route = { id: R, conditions, evaluate };
