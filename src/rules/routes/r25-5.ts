// § 25 Abs. 5 AufenthG — departure impossible (legal reference, "25-5"): "kann"; "soll" once removal has
// been suspended for 18 months (Satz 1, 2). Refused where the person is responsible for the obstacle (Satz
// 3, 4): own deception or a § 60b Duldung (the passport duty not met) → excluded. departureImpossible (v1.1):
// true → met; false → excluded ("departure is possible"); missing → unknown. Convictions as 25a. Always
// shown with the counselling pointer. Numbers: law.r25_5.
import { NOTES } from '../notes';
import { authorityCheck, convictionsBySentence, isTolerated, noDeception } from '../common';
import { authorityBecause, define, met, notMet, runRoute, unknown, unknownBecause, type Condition, type Route } from '../conditions';
import { addMonths } from '../dates';
import { cached } from '../cache';
import { law } from '../law';
import type { Household, Member } from '../schema';
import { fromCriminalAge } from './r25a';

const R = '25-5';

const departureImpossible = define(R, {
  id: 'departure-impossible', cite: '§ 25 Abs. 5 Satz 1 AufenthG', kind: 'exclusion', reads: ['departureImpossible'],
  note: NOTES && 'Legal or factual obstacles to departure that will not end soon, confirmed by the authority or a counselling service (v1.1 departureImpossible); missing → unknown, ask counselling.',
  test: (m) => (m.departureImpossible == null ? unknownBecause('ask-counselling') : m.departureImpossible ? met : notMet('departure-possible')),
});

/** Not meeting reasonable demands such as getting a passport is own fault (Satz 4); a § 60b Duldung shows it: excluded. */
const passportDuty = define(R, {
  id: 'passport-duty', cite: '§ 25 Abs. 5 Satz 3, 4 AufenthG', kind: 'exclusion', reads: ['status'],
  test: (m) => (m.status == null ? unknown : m.status === 'duldung-unclear-identity' ? notMet('passport-duty') : met),
});

/** "soll" once removal has been suspended for 18 months (time with a Duldung as in the conventions), else "kann". */
const decision = authorityCheck(R, 'discretion', '§ 25 Abs. 5 Satz 1, 2 AufenthG', NOTES && '"kann"; "soll" once deportation has been suspended for 18 months (from duldungSince less § 60b months, else statusSince of a counting Duldung).', {
  reads: ['status', 'statusSince', 'duldungSince', 'unclearIdentityMonths'],
  test: (m, _h, asOf) => {
    const start = m.duldungSince != null ? addMonths(m.duldungSince, m.unclearIdentityMonths ?? 0) : isTolerated(m.status) ? m.statusSince : undefined;
    return authorityBecause(start != null && addMonths(start, law(asOf).r25_5.sollAfterMonths) <= asOf ? 'decision-soll-18-months' : 'decision-kann');
  },
});

export const conditions: Condition[] = [
  noDeception(R, '§ 25 Abs. 5 Satz 3, 4 AufenthG'),
  departureImpossible,
  passportDuty,
  convictionsBySentence(R, '§ 5 Abs. 1 Nr. 2, Abs. 3 Satz 2 AufenthG', 'as-a-rule', fromCriminalAge),
  decision,
];

export const evaluate = (member: Member, household: Household, asOf: string) =>
  cached(household, member, `${R}|${asOf}`, () => runRoute(R, conditions, member, household, asOf));

export const route25_5: Route = { id: R, conditions, evaluate };
