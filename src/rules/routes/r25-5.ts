// § 25 Abs. 5 AufenthG — departure impossible ("kann"; "soll" after 18 months of suspended deportation):
// refused where the person is responsible for the obstacle (Satz 3, 4). Never "possible" on its own.
import { NOTES } from '../notes';
import { authorityCheck, noDeception } from '../common';
import { define, met, notMet, runRoute, unknown, type Condition, type Route } from '../conditions';
import type { Household, Member } from '../schema';

const R = '25-5';

/** No household field can show that departure is impossible: always a "talk to counselling" condition. */
const departureImpossible = define(R, {
  id: 'departure-impossible', cite: '§ 25 Abs. 5 Satz 1 AufenthG', kind: 'condition', reads: [],
  note: NOTES && 'Legal or factual obstacles to departure that will not end soon; the portal cannot tell, so the route is never "possible" on its own.',
  test: () => ({ state: 'unknown', reason: 'ask-counselling' }),
});

/** Not meeting reasonable demands such as getting a passport is own fault (Satz 4); a § 60b Duldung shows it. */
const passportDuty = define(R, {
  id: 'passport-duty', cite: '§ 25 Abs. 5 Satz 4 AufenthG', kind: 'condition', reads: ['status'],
  test: (m) => (m.status == null ? unknown : m.status === 'duldung-unclear-identity' ? notMet('passport-duty') : met),
});

export const conditions: Condition[] = [
  noDeception(R, '§ 25 Abs. 5 Satz 3, 4 AufenthG'),
  departureImpossible,
  passportDuty,
  authorityCheck(R, 'discretion', '§ 25 Abs. 5 Satz 1, 2 AufenthG', NOTES && '"kann"; "soll" once deportation has been suspended for 18 months.'),
];

export const evaluate = (member: Member, household: Household, asOf: string) => runRoute(R, conditions, member, household, asOf);

export const route25_5: Route = { id: R, conditions, evaluate };
