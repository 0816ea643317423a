// § 60c AufenthG — training toleration, a claim (legal reference, "60c"): the training as for 16g (Abs. 1),
// (1) begun as an asylum seeker or (2) 3 months' Duldung at the application (Abs. 2 Nr. 2); no work ban
// under § 60a Abs. 6 (Abs. 2 Nr. 1); identity within the deadlines, if missed discretion where all
// reasonable steps were taken (Nr. 3, Abs. 7); 50/90 rule (Nr. 4); no concrete removal measures (Nr. 5);
// apply at the earliest 7 months before the start (Abs. 3). No German level, no passport required.
// Duration: the training; after success § 19d Abs. 1a. Numbers: law.training.
import { NOTES } from '../notes';
import { authorityCheck, duldungTime, minAge, noSeriousConvictions, status } from '../common';
import { runRoute, type Condition, type Route } from '../conditions';
import { cached } from '../cache';
import type { Household, Member } from '../schema';
import {
  euListNote, identityInTimeTraining, no60bBan, noOwnFaultBan, noSafeCountryBan, training, trainingBegunWithGestattung, trainingKind, trainingStart,
} from '../work';

const R = '60c';

export const conditions: Condition[] = [
  minAge(R, '§ 60c Abs. 1 AufenthG', NOTES && 'Portal rule: children under 14 are not asked about training.'),
  noSafeCountryBan(R),
  euListNote(R),
  training(R, '§ 60c Abs. 1 Satz 1 AufenthG'),
  trainingKind(R, '§ 60c Abs. 1 Satz 1 AufenthG'),
  trainingStart(R, '§ 60c Abs. 3 AufenthG', NOTES && 'At the earliest 7 months before the training starts (check U2).'),
  status(R, '§ 60c Abs. 1 Satz 1 AufenthG', { gestattung: trainingBegunWithGestattung }, NOTES && 'Tolerated (Nr. 2), or training begun with a Gestattung and continued after the rejection (Nr. 1).'),
  duldungTime(R, (l) => l.training.duldungMonths, '§ 60c Abs. 2 Nr. 2 AufenthG', { gestattungMet: true }, NOTES && '3 months with a Duldung at the application (from duldungSince less § 60b months, else statusSince); not needed where the training began with a Gestattung.'),
  no60bBan(R),
  noOwnFaultBan(R),
  identityInTimeTraining(R, '§ 60c Abs. 2 Nr. 3, Abs. 7 AufenthG', NOTES && 'Deadlines as 16g; if missed, discretion where all reasonable steps were taken (identityEfforts late → the authority, Abs. 7; check U2).'),
  noSeriousConvictions(R, '§ 60c Abs. 2 Nr. 4 AufenthG'),
  authorityCheck(R, 'no-removal-measures', '§ 60c Abs. 2 Nr. 5 AufenthG', NOTES && 'No concrete measures to end the stay already under way.'),
];

export const evaluate = (member: Member, household: Household, asOf: string) =>
  cached(household, member, `${R}|${asOf}`, () => runRoute(R, conditions, member, household, asOf));

export const route60c: Route = { id: R, conditions, evaluate };
