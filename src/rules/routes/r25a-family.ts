// § 25a Abs. 2 AufenthG — parents (Satz 1) and minor siblings (Satz 2) of a minor who gets § 25a Abs. 1:
// no own deception, livelihood fully by own work; § 25a Abs. 3: serious convictions exclude. "kann" (check).
import { NOTES } from '../notes';
import { authorityCheck, livelihood, noDeception, noSeriousConvictions } from '../common';
import { define, met, notMet, unknown, type Condition, type Route } from '../conditions';
import { ageOn } from '../dates';
import { eighteenth, evaluateDerived, familyRole, holderGate, holderRoute, isMinor } from '../derived';
import type { Household, Member } from '../schema';
import { evaluate as evaluate25a } from './r25a';

const R = '25a-family';

const parentsOf = (m: Member, h: Household) => h.members.filter((p) => p.id !== m.id && p.role === 'parent');

const parentLivelihood = define(R, {
  id: 'parent-livelihood', cite: '§ 25a Abs. 2 Satz 2 AufenthG', kind: 'condition', reads: ['role'],
  note: NOTES && 'Stricter reading: the sibling\'s permit follows a parent\'s permit under Satz 1, so a parent must secure the livelihood fully by own work.',
  readsOthers: (m, h) => parentsOf(m, h).map((p) => ({ member: p.id, fields: ['livelihood'] })),
  test: (m, h) => {
    const parents = parentsOf(m, h);
    if (parents.some((p) => p.livelihood === 'own')) return met;
    if (parents.some((p) => p.livelihood == null)) return unknown;
    return notMet(parents.length ? 'livelihood-not-own' : 'no-parent');
  },
});

const role = familyRole(R, '§ 25a Abs. 2 AufenthG', { parent: 'parent', minorChild: 'sibling' });
/** The permit must come while the young person (and a sibling) is still a minor. */
const deadline = (m: Member, k: Member) => [eighteenth(k), ...(m.role === 'child' ? [eighteenth(m)] : [])].sort()[0];
const holder = holderGate(R, '25a', '§ 25a Abs. 2 Satz 1 AufenthG', evaluate25a, deadline);
const route = holderRoute(R, '25a', '§ 25a Abs. 2 Satz 1 AufenthG', evaluate25a);
const deception = noDeception(R, '§ 25a Abs. 2 Satz 1 Nr. 1 AufenthG');
const convictions = noSeriousConvictions(R, '§ 25a Abs. 3 AufenthG');
const ownLivelihood = livelihood(R, ['own'], '§ 25a Abs. 2 Satz 1 Nr. 2 AufenthG', NOTES && 'Fully by own work, without benefits.');
const discretion = authorityCheck(R, 'discretion', '§ 25a Abs. 2 AufenthG', NOTES && '"kann" (discretion) — whether the current text says "soll" is marked (check) in the legal reference; the stricter "kann" is assumed.');

export const conditions: Condition[] = [role, holder, route, deception, convictions, ownLivelihood, parentLivelihood, discretion];

/** Minor children of 14–17 in the household (other than the member) who may get § 25a themselves. */
const youngPeople = (m: Member, h: Household, asOf: string) =>
  h.members.filter((k) => k.id !== m.id && k.role === 'child' && isMinor(k, asOf) && ageOn(k.birthDate, asOf) >= 14);

export function evaluate(member: Member, household: Household, asOf: string) {
  const sibling = member.role === 'child';
  const list = [role, holder, route, deception, ...(sibling && ageOn(member.birthDate, asOf) < 14 ? [] : [convictions]), sibling ? parentLivelihood : ownLivelihood, discretion];
  return evaluateDerived(R, '25a', list, member, household, asOf, youngPeople(member, household, asOf), (k) => deadline(member, k));
}

export const route25aFamily: Route = { id: R, conditions, evaluate };
