// § 60c AufenthG — training toleration: qualified training (Abs. 1), no ban under § 60a Abs. 6 (Abs. 2 Nr. 1),
// 3 months' Duldung (Abs. 2 Nr. 2), identity in time (Abs. 2 Nr. 3, Abs. 7), no serious convictions (Nr. 4),
// no removal measures under way (Nr. 5); application at most 7 months before the start (Abs. 3).
import { NOTES } from '../notes';
import { authorityCheck, duldungMonths, minAge, noSeriousConvictions, status } from '../common';
import { runRoute, type Condition, type Route } from '../conditions';
import type { Household, Member } from '../schema';
import { identityInTime60c, no60bBan, noOwnFaultBan, noSafeCountryBan, training, trainingBegunWithGestattung, trainingKind, trainingStart } from '../work';

const R = '60c';

export const conditions: Condition[] = [
  minAge(R, 14, '§ 60c Abs. 1 AufenthG', NOTES && 'Portal rule: children under 14 are not asked about training.'),
  noSafeCountryBan(R),
  training(R, '§ 60c Abs. 1 Satz 1 AufenthG'),
  trainingKind(R, '§ 60c Abs. 1 Satz 1 AufenthG'),
  trainingStart(R, '§ 60c Abs. 3 AufenthG', NOTES && 'Up to 7 months before the training starts (check).'),
  status(R, '§ 60c Abs. 1 Satz 1 AufenthG', { gestattung: trainingBegunWithGestattung }, NOTES && 'Tolerated (Nr. 2), or training begun with a Gestattung and continued after the rejection (Nr. 1).'),
  duldungMonths(R, 3, '§ 60c Abs. 2 Nr. 2 AufenthG', { gestattungMet: true }, NOTES && '(check) in the reference whether a minimum Duldung time still applies since 2024; the stricter reading (3 months, counted from statusSince) is used. Not needed where the training began with a Gestattung.'),
  no60bBan(R),
  noOwnFaultBan(R),
  identityInTime60c(R, '§ 60c Abs. 2 Nr. 3, Abs. 7 AufenthG'),
  noSeriousConvictions(R, '§ 60c Abs. 2 Nr. 4 AufenthG'),
  authorityCheck(R, 'no-removal-measures', '§ 60c Abs. 2 Nr. 5 AufenthG', NOTES && 'No concrete measures to end the stay already under way.'),
];

export const evaluate = (member: Member, household: Household, asOf: string) => runRoute(R, conditions, member, household, asOf);

export const route60c: Route = { id: R, conditions, evaluate };
