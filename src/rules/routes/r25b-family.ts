// § 25b Abs. 4 AufenthG — spouse/partner and minor unmarried children living with a person who meets
// § 25b Abs. 1 ("soll"): Abs. 1 Satz 2 Nr. 2–5 (livelihood counted for the family), no prior-stay time;
// Abs. 2 exclusions apply. A spouse needs own oral A2; children: actual school attendance.
import { NOTES } from '../notes';
import { authorityCheck, childrenSchool, german, identity, noDeception, noSeriousConvictions, ownSchool, status } from '../common';
import type { Condition, Route } from '../conditions';
import { ageOn } from '../dates';
import { eighteenth, evaluateDerived, familyRole, holderGate, holderRoute, isMinor } from '../derived';
import type { Household, Member } from '../schema';
import { evaluate as evaluate25b } from './r25b';

const R = '25b-family';

const role = familyRole(R, '§ 25b Abs. 4 Satz 1 AufenthG', { parent: 'spouse', minorChild: 'minor-child' });
/** A child's permit must come before the 18th birthday. */
const deadline = (m: Member) => (m.role === 'child' ? eighteenth(m) : null);
const holder = holderGate(R, '25b', '§ 25b Abs. 4 Satz 1 AufenthG', evaluate25b, deadline);
const route = holderRoute(R, '25b', '§ 25b Abs. 4 Satz 1 AufenthG', evaluate25b);
const deception = noDeception(R, '§ 25b Abs. 4 Satz 2, Abs. 2 Nr. 1 AufenthG');
const convictions = noSeriousConvictions(R, '§ 25b Abs. 4 Satz 2, Abs. 2 Nr. 2 AufenthG');
const tolerated = status(R, '§ 25b Abs. 4 Satz 1 AufenthG', { permit104c: true }, NOTES && 'Stricter reading: the family member, too, holds a Duldung (not § 60b) or a § 104c permit.');
const clarified = identity(R, '§ 5 Abs. 1 Nr. 1a AufenthG');
const spouseGerman = german(R, 'A2', '§ 25b Abs. 4 Satz 1, Abs. 1 Satz 2 Nr. 4 AufenthG', NOTES && 'The spouse or partner needs their own oral A2; waived for illness, disability or age (§ 25b Abs. 3).');
const children = childrenSchool(R, '§ 25b Abs. 4 Satz 1, Abs. 1 Satz 2 Nr. 5 AufenthG');
const school = ownSchool(R, '§ 25b Abs. 4 Satz 1, Abs. 1 Satz 2 Nr. 5 AufenthG');
const basicOrder = authorityCheck(R, 'basic-order', '§ 25b Abs. 4 Satz 1, Abs. 1 Satz 2 Nr. 2 AufenthG', NOTES && 'Commitment to the free democratic basic order and basic knowledge of the legal and social order.');

export const conditions: Condition[] = [role, holder, route, deception, convictions, tolerated, clarified, spouseGerman, children, school, basicOrder];

/** Spouse: the other parent members; minor child: the parent members. */
const holders = (m: Member, h: Household, asOf: string) =>
  m.role === 'parent' || (m.role === 'child' && isMinor(m, asOf)) ? h.members.filter((p) => p.id !== m.id && p.role === 'parent') : [];

export function evaluate(member: Member, household: Household, asOf: string) {
  const child = member.role === 'child';
  const list = child
    ? [role, holder, route, deception, ...(ageOn(member.birthDate, asOf) >= 14 ? [convictions] : []), tolerated, clarified, school]
    : [role, holder, route, deception, convictions, tolerated, clarified, spouseGerman, children, basicOrder];
  return evaluateDerived(R, '25b', list, member, household, asOf, holders(member, household, asOf), () => deadline(member));
}

export const route25bFamily: Route = { id: R, conditions, evaluate };
