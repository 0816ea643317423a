// § 25b Abs. 1–3 AufenthG — sustainable integration ("soll"): 6 years' stay (4 with a minor child),
// livelihood mostly by own work, oral German A2, school-age children at school; exclusions § 25b Abs. 2.
import { NOTES } from '../notes';
import { authorityCheck, childrenSchool, german, identity, livelihood, minAge, noDeception, noSeriousConvictions, priorStay, status } from '../common';
import { runRoute, type Condition, type Route } from '../conditions';
import type { Household, Member } from '../schema';

const R = '25b';

export const conditions: Condition[] = [
  minAge(R, 14, '§ 25b Abs. 1, Abs. 4 AufenthG', NOTES && 'Portal rule, not law: children under 14 cannot meet livelihood and German on their own; they are covered through a parent (§ 25b Abs. 4, route 25b-family).'),
  noDeception(R, '§ 25b Abs. 2 Nr. 1 AufenthG'),
  noSeriousConvictions(R, '§ 25b Abs. 2 Nr. 2 AufenthG'),
  status(R, '§ 25b Abs. 1 Satz 1 AufenthG', { permit104c: true }, NOTES && 'Duldung (not § 60b) or a § 104c permit (switch to § 25b).'),
  priorStay(R, { long: 6, short: 4, shortIf: (m) => m.livesWithMinorChild ?? undefined }, '§ 25b Abs. 1 Satz 2 Nr. 1 AufenthG', ['livesWithMinorChild']),
  identity(R, '§ 5 Abs. 1 Nr. 1a AufenthG'),
  livelihood(R, ['own', 'mostly-own'], '§ 25b Abs. 1 Satz 2 Nr. 3 AufenthG', NOTES && 'Mostly by own work (or expected to be). Waived where illness, disability or age prevent it (§ 25b Abs. 3); a temporary shortfall does not harm students, single parents, carers (§ 25b Abs. 1 Satz 3, check wording). The authority decides these exceptions, so partly-own/benefits show as not met.'),
  german(R, 'A2', '§ 25b Abs. 1 Satz 2 Nr. 4 AufenthG', NOTES && 'Oral A2. Waived for illness, disability or age (§ 25b Abs. 3), which the authority decides.'),
  childrenSchool(R, '§ 25b Abs. 1 Satz 2 Nr. 5 AufenthG'),
  authorityCheck(R, 'basic-order', '§ 25b Abs. 1 Satz 2 Nr. 2 AufenthG', NOTES && 'Written commitment to the free democratic basic order.'),
  authorityCheck(R, 'basic-knowledge', '§ 25b Abs. 1 Satz 2 Nr. 2 AufenthG', NOTES && 'Basic knowledge of the legal and social order; the "Leben in Deutschland" test helps.'),
];

export const evaluate = (member: Member, household: Household, asOf: string) => runRoute(R, conditions, member, household, asOf);

export const route25b: Route = { id: R, conditions, evaluate };
