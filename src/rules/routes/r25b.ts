// § 25b Abs. 1–3 AufenthG — sustainable integration ("soll"; legal reference, "25b"): tolerated (or, until
// 30.06.2027, a § 104c permit), 6 years' stay (4 with a minor child), livelihood mostly by own work, oral
// German A2, school-age children at school; identity; Abs. 2: own obstruction excludes, convictions only by
// a serious expulsion interest (§ 54 Abs. 1, Abs. 2 Nr. 1–2). Abs. 1 applies "as a rule": special
// integration achievements may offset a shortfall (the authority). Numbers: law.r25b.
import { NOTES } from '../notes';
import {
  authorityCheck, childrenSchool, convictionsBySentence, german, identity, livelihood, minAge, noDeception, passportWeighed, priorStay, status,
} from '../common';
import { runRoute, type Condition, type Route } from '../conditions';
import { addMonths } from '../dates';
import { cached } from '../cache';
import { law } from '../law';
import { childrenOf, isMinorOn, majorityDay } from '../relations';
import type { Household, Member } from '../schema';

const R = '25b';

/**
 * The 4 years are judged at the decision: warn where the youngest minor child of the member turns 18 within
 * law.r25b.childTurns18WarningMonths of the day the 4 years are met (or of today).
 */
function childTurns18Soon(m: Member, h: Household, asOf: string, on: string): string | undefined {
  const from = on > asOf ? on : asOf;
  const minors = childrenOf(m, h).filter((c) => isMinorOn(c, from));
  if (!minors.length) return undefined;
  const youngestComesOfAge = minors.map((c) => majorityDay(c, asOf)).sort().pop()!;
  return youngestComesOfAge <= addMonths(from, law(asOf).r25b.childTurns18WarningMonths) ? 'minor-child-turns-18-soon' : undefined;
}

export const conditions: Condition[] = [
  minAge(R, '§ 25b Abs. 1, Abs. 4 AufenthG', NOTES && 'Portal rule, not law: children under 14 cannot meet livelihood and German on their own; they are covered through a parent (§ 25b Abs. 4, route 25b-family).'),
  noDeception(R, '§ 25b Abs. 2 Nr. 1 AufenthG'),
  convictionsBySentence(R, '§ 25b Abs. 2 Nr. 2 AufenthG', 'mandatory'),
  status(R, '§ 25b Abs. 1 Satz 1 AufenthG', { permit104c: '25b' }, NOTES && 'Tolerated (a claim to a Duldung suffices; no minimum time; not asylum-pending, not § 60b), or (until 30.06.2027) a § 104c permit while the holder rules apply (check U3).'),
  priorStay(R, { long: (l) => l.r25b.stayYears, short: (l) => l.r25b.stayYearsWithMinorChild, shortIf: (m) => m.livesWithMinorChild ?? undefined, warn: childTurns18Soon },
    '§ 25b Abs. 1 Satz 2 Nr. 1 AufenthG', { holder104c: '25b', extraReads: ['livesWithMinorChild', 'role', 'parentIds'] }),
  authorityCheck(R, 'basic-order', '§ 25b Abs. 1 Satz 2 Nr. 2 AufenthG', NOTES && 'Written commitment to the free democratic basic order.'),
  authorityCheck(R, 'basic-knowledge', '§ 25b Abs. 1 Satz 2 Nr. 2 AufenthG', NOTES && 'Basic knowledge of the legal and social order; the "Leben in Deutschland" test helps.'),
  livelihood(R, ['own', 'mostly-own'], '§ 25b Abs. 1 Satz 2 Nr. 3 AufenthG', NOTES && 'Mostly (more than half) by own work, or expected to be; housing benefit is harmless.'),
  authorityCheck(R, 'temporary-shortfall', '§ 25b Abs. 1 Satz 3 AufenthG', NOTES && 'A temporary shortfall is as a rule harmless for students and trainees, families with minor children needing top-ups, single parents where work is not reasonable, carers of relatives (wording: check U16).', { openPoints: ['U16'] }),
  german(R, (l) => l.r25b.german, '§ 25b Abs. 1 Satz 2 Nr. 4 AufenthG', NOTES && 'Oral A2 ("hinreichende", § 2 Abs. 10, check U2).'),
  childrenSchool(R, '§ 25b Abs. 1 Satz 2 Nr. 5 AufenthG'),
  authorityCheck(R, 'waiver', '§ 25b Abs. 3 AufenthG', NOTES && 'Livelihood and A2 are waived where illness, disability or age prevent them; the authority decides.'),
  identity(R, '§ 5 Abs. 1 Nr. 1a AufenthG', '25b'),
  passportWeighed(R, '§ 5 Abs. 1 Nr. 4, Abs. 3 Satz 2 AufenthG'),
];

export const evaluate = (member: Member, household: Household, asOf: string) =>
  cached(household, member, `${R}|${asOf}`, () => runRoute(R, conditions, member, household, asOf));

export const route25b: Route = { id: R, conditions, evaluate };
