// § 19d AufenthG — qualified tolerated persons: employment after a qualified vocational training in Germany
// (Abs. 1 Nr. 1), sufficient housing (Nr. 2), German B1 (Nr. 3), no deception (Nr. 4), no serious
// convictions (Nr. 7); after a training toleration for 2 years (Abs. 1a).
import { NOTES } from '../notes';
import { authorityCheck, german, minAge, noDeception, noSeriousConvictions, status } from '../common';
import { define, met, notMet, runRoute, unknown, type Condition, type Route } from '../conditions';
import type { Household, Member } from '../schema';

const R = '19d';

const qualification = define(R, {
  id: 'qualification', cite: '§ 19d Abs. 1 Nr. 1 AufenthG', kind: 'condition', gate: true, reads: ['training.state', 'training.kind'],
  note: NOTES && 'A completed qualified training in Germany. A German or recognised degree with relevant work (also Nr. 1) is not asked.',
  test: (m) => {
    const s = m.training?.state;
    if (s == null) return unknown;
    if (s !== 'completed') return notMet('training-not-completed');
    const k = m.training?.kind;
    return k == null ? unknown : k === 'qualified' ? met : notMet('assistant-not-qualified');
  },
});

export const conditions: Condition[] = [
  minAge(R, 14, '§ 19d Abs. 1 AufenthG', NOTES && 'Portal rule: children under 14 are not asked about training.'),
  noDeception(R, '§ 19d Abs. 1 Nr. 4 AufenthG'),
  noSeriousConvictions(R, '§ 19d Abs. 1 Nr. 7 AufenthG'),
  qualification,
  status(R, '§ 19d Abs. 1 AufenthG', {}, NOTES && 'A tolerated person (Duldung, training or employment toleration); § 60b: identity first.'),
  german(R, 'B1', '§ 19d Abs. 1 Nr. 3 AufenthG'),
  authorityCheck(R, 'housing', '§ 19d Abs. 1 Nr. 2 AufenthG', 'Sufficient housing.'),
  authorityCheck(R, 'matching-job', '§ 19d Abs. 1 AufenthG', NOTES && 'A job matching the qualification (after a training toleration: for 2 years, Abs. 1a).'),
  authorityCheck(R, 'no-obstruction', '§ 19d Abs. 1 Nr. 5 AufenthG', NOTES && 'Has not deliberately delayed or obstructed measures to end the stay.'),
];

export const evaluate = (member: Member, household: Household, asOf: string) => runRoute(R, conditions, member, household, asOf);

export const route19d: Route = { id: R, conditions, evaluate };
