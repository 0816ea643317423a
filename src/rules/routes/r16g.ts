// § 16g AufenthG (since 1 March 2024) — residence permit for vocational training for tolerated persons:
// qualified training (Abs. 1), no ban under § 60a Abs. 6 (Abs. 2 Nr. 1), 3 months' Duldung (Abs. 2 Nr. 2),
// passport and identity within the deadlines, no serious convictions, livelihood at BAföG level.
import { NOTES } from '../notes';
import { authorityCheck, duldungMonths, minAge, noSeriousConvictions, status } from '../common';
import { define, met, notMet, runRoute, unknown, type Condition, type Route } from '../conditions';
import type { Household, Member } from '../schema';
import { identityInTime60c, no60bBan, noOwnFaultBan, noSafeCountryBan, training, trainingBegunWithGestattung, trainingKind, trainingStart } from '../work';

const R = '16g';

const passport = define(R, {
  id: 'passport', cite: '§ 16g Abs. 2 AufenthG', kind: 'condition', reads: ['passport'],
  test: (m) => (m.passport == null ? unknown : m.passport ? met : notMet('no-passport')),
});

export const conditions: Condition[] = [
  minAge(R, 14, '§ 16g Abs. 1 AufenthG', NOTES && 'Portal rule: children under 14 are not asked about training.'),
  noSafeCountryBan(R),
  training(R, '§ 16g Abs. 1 Satz 1 AufenthG'),
  trainingKind(R, '§ 16g Abs. 1 Satz 1 AufenthG'),
  trainingStart(R, '§ 16g Abs. 1 AufenthG', NOTES && 'The application can be made up to 7 months before the training starts.'),
  status(R, '§ 16g Abs. 1 Satz 1 AufenthG', { gestattung: trainingBegunWithGestattung }, NOTES && 'Tolerated (Nr. 2), or in the asylum procedure with a training already begun, continued after a rejection (Nr. 1).'),
  duldungMonths(R, 3, '§ 16g Abs. 2 Nr. 2 AufenthG', { gestattungMet: true }),
  no60bBan(R),
  noOwnFaultBan(R),
  passport,
  identityInTime60c(R, '§ 16g Abs. 2 AufenthG'),
  noSeriousConvictions(R, '§ 16g Abs. 2 AufenthG'),
  authorityCheck(R, 'livelihood', '§ 16g AufenthG', NOTES && 'Livelihood at the level of student support (BAföG), training pay included; the authority calculates it.'),
  authorityCheck(R, 'no-removal-measures', '§ 16g Abs. 2 AufenthG', NOTES && 'No concrete measures to end the stay already under way.'),
];

export const evaluate = (member: Member, household: Household, asOf: string) => runRoute(R, conditions, member, household, asOf);

export const route16g: Route = { id: R, conditions, evaluate };
