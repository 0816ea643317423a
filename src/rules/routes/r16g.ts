// § 16g AufenthG (since 01.03.2024) — residence permit for vocational training, a claim ("ist zu erteilen";
// may be refused in obvious abuse; legal reference, "16g"): (1) training begun as an asylum seeker and
// continued after the rejection, or (2) tolerated and starting it; qualified training (or assistant training
// with a confirmed follow-on place); no work ban under § 60a Abs. 6 (Abs. 2 Nr. 1); 3 months' Duldung in
// case 2 (Nr. 2); identity within the deadlines (Nr. 3); 50/90 rule; a valid passport; livelihood at BAföG
// level; no German required; apply at the earliest 7 months before the start (Abs. 3). 60c remains the
// fallback where 16g fails (mostly passport or livelihood). Numbers: law.training.
import { NOTES } from '../notes';
import { authorityCheck, duldungTime, minAge, noSeriousConvictions, status } from '../common';
import { authorityBecause, define, met, notMet, runRoute, unknown, type Condition, type Route } from '../conditions';
import { cached } from '../cache';
import type { Household, Member } from '../schema';
import {
  euListNote, identityInTimeTraining, no60bBan, noOwnFaultBan, noSafeCountryBan, training, trainingBegunWithGestattung, trainingKind, trainingStart,
} from '../work';

const R = '16g';

const passport = define(R, {
  id: 'passport', cite: '§ 5 Abs. 1 Nr. 4 AufenthG', kind: 'condition', reads: ['passport'],
  test: (m) => (m.passport == null ? unknown : m.passport ? met : notMet('no-passport')),
});

const livelihood = define(R, {
  id: 'livelihood', cite: '§ 5 Abs. 1 Nr. 1, § 2 Abs. 3 AufenthG', kind: 'condition', reads: ['livelihood'],
  note: NOTES && 'At the level of student support (BAföG), training pay included: own → met; else the authority calculates it.',
  test: (m) => (m.livelihood === 'own' ? met : authorityBecause('livelihood-calculated')),
});

export const conditions: Condition[] = [
  minAge(R, '§ 16g Abs. 1 AufenthG', NOTES && 'Portal rule: children under 14 are not asked about training.'),
  noSafeCountryBan(R),
  euListNote(R),
  training(R, '§ 16g Abs. 1 Satz 1 AufenthG'),
  trainingKind(R, '§ 16g Abs. 1 Satz 1 AufenthG'),
  trainingStart(R, '§ 16g Abs. 3 AufenthG', NOTES && 'Apply at the earliest 7 months, permit at the earliest 6 months before the start: possibleFrom = start − 7 months (check U2).'),
  status(R, '§ 16g Abs. 1 Satz 1 Nr. 1, 2 AufenthG', { gestattung: trainingBegunWithGestattung }, NOTES && 'Tolerated (Nr. 2), or in the asylum procedure with a training already begun, continued after a rejection (Nr. 1).'),
  duldungTime(R, (l) => l.training.duldungMonths, '§ 16g Abs. 2 Nr. 2 AufenthG', { gestattungMet: true }),
  no60bBan(R),
  noOwnFaultBan(R),
  passport,
  identityInTimeTraining(R, '§ 16g Abs. 2 Nr. 3 AufenthG', NOTES && 'Entry by 31.12.2016: by the application; 01.01.2017–31.12.2019: by the application, at the latest 30.06.2020; from 01.01.2020: within 6 months of entry. Kept with all reasonable steps in time (identityEfforts in-time); late steps → the authority; clarified late, not answered → unknown (check U2).'),
  noSeriousConvictions(R, '§ 16g Abs. 2 AufenthG'),
  livelihood,
  authorityCheck(R, 'no-removal-measures', '§ 16g Abs. 2 AufenthG', NOTES && 'No concrete measures to end the stay already under way.'),
  authorityCheck(R, 'no-extremism', '§ 16g Abs. 2 AufenthG', NOTES && 'No extremism, no removal order under § 58a.'),
];

export const evaluate = (member: Member, household: Household, asOf: string) =>
  cached(household, member, `${R}|${asOf}`, () => runRoute(R, conditions, member, household, asOf));

export const route16g: Route = { id: R, conditions, evaluate };
