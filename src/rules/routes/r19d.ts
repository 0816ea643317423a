// § 19d AufenthG — qualified tolerated persons (legal reference, "19d"): Abs. 1 ("kann"; a claim since 2024?
// check U15): tolerated, a completed qualified training or degree in Germany (Nr. 1; the other cases of
// Nr. 1 are not asked), housing (Nr. 2), German B1 (Nr. 3), no intentional deception or obstruction (Nr. 4,
// 5), no extremism (Nr. 6), the 50/90 rule (Nr. 7); § 5 and the employment agency's consent. Abs. 1a
// (claim): after a successful training under § 60c, 2 years for matching employment. Numbers: law.r19d.
import { NOTES } from '../notes';
import { authorityCheck, german, minAge, noDeception, noSeriousConvictions, status } from '../common';
import { define, met, notMet, runRoute, unknown, type Condition, type Route } from '../conditions';
import { cached } from '../cache';
import type { Household, Member } from '../schema';
import { euListNote } from '../work';

const R = '19d';

const qualification = define(R, {
  id: 'qualification', cite: '§ 19d Abs. 1 Nr. 1 AufenthG', kind: 'condition', gate: true, reads: ['training.state', 'training.kind'],
  note: NOTES && 'A completed qualified training in Germany. A German or recognised foreign degree with 2 years\' matching work, or 3 years\' qualified work (also Nr. 1), is not asked. Follow-on after a § 16g training: not verified (check U15).',
  openPoints: ['U15'],
  test: (m) => {
    const s = m.training?.state;
    if (s == null) return unknown;
    if (s !== 'completed') return notMet('training-not-completed');
    const k = m.training?.kind;
    return k == null ? unknown : k === 'qualified' ? met : notMet('assistant-not-qualified');
  },
});

export const conditions: Condition[] = [
  minAge(R, '§ 19d Abs. 1 AufenthG', NOTES && 'Portal rule: children under 14 are not asked about training.'),
  noDeception(R, '§ 19d Abs. 1 Nr. 4, 5 AufenthG'),
  noSeriousConvictions(R, '§ 19d Abs. 1 Nr. 7 AufenthG'),
  qualification,
  status(R, '§ 19d Abs. 1 AufenthG', {}, NOTES && 'A tolerated person (Duldung, training or employment toleration); § 60b: identity first.'),
  german(R, (l) => l.r19d.german, '§ 19d Abs. 1 Nr. 3 AufenthG'),
  euListNote(R),
  authorityCheck(R, 'housing', '§ 19d Abs. 1 Nr. 2 AufenthG', NOTES && 'Sufficient housing.'),
  authorityCheck(R, 'matching-job', '§ 19d Abs. 1, 1a AufenthG', NOTES && 'A job matching the qualification (after a training toleration: for 2 years, Abs. 1a).'),
  authorityCheck(R, 'no-obstruction', '§ 19d Abs. 1 Nr. 5 AufenthG', NOTES && 'Has not deliberately delayed or obstructed measures to end the stay.'),
  authorityCheck(R, 'no-extremism', '§ 19d Abs. 1 Nr. 6 AufenthG', NOTES && 'No links to extremist or terrorist organisations.'),
  authorityCheck(R, 'agency-consent', '§ 19d Abs. 1, §§ 5, 39 AufenthG', NOTES && 'The general conditions of § 5 and the consent of the Federal Employment Agency.'),
  authorityCheck(R, 'discretion', '§ 19d Abs. 1 AufenthG', NOTES && '"kann" (discretion); whether Abs. 1 became a claim in 2024 is open (check U15). Abs. 1a after § 60c: a claim.', { openPoints: ['U15'] }),
];

export const evaluate = (member: Member, household: Household, asOf: string) =>
  cached(household, member, `${R}|${asOf}`, () => runRoute(R, conditions, member, household, asOf));

export const route19d: Route = { id: R, conditions, evaluate };
