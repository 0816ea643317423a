// § 25a Abs. 2, 3 AufenthG — the family of a young person with § 25a (legal reference, "25a-family"):
// - parents, or one parent with custody, of a minor who holds or gets § 25a ("kann", Satz 1): no own
//   obstruction (Nr. 1), livelihood fully by own employment (Nr. 2); the child must still be a minor on the
//   day its § 25a can be granted (a child under 14: "later" with the child's 14th birthday);
// - minor unmarried siblings living with a parent who gets this permit ("kann", Satz 2);
// - the spouse of an adult § 25a holder ("soll", the parents' conditions) and the holder's minor unmarried
//   child ("soll", Satz 3, 4; check U11);
// - § 25a Abs. 3: an intentional offence bars (fines within 50/90 daily rates as a rule disregarded).
import { NOTES } from '../notes';
import { authorityCheck, livelihood, noDeception, noSeriousConvictions } from '../common';
import { authorityBecause, define, met, notMet, unknown, type Condition, type Link, type Relation, type Route, type RouteEvaluation } from '../conditions';
import { ageOn } from '../dates';
import { cached } from '../cache';
import { evaluateDerived, familyRole, forRelations, holderGate, holderRoute, type Base, type Candidate } from '../derived';
import { law } from '../law';
import { childrenOf, isMinorOn, majorityDay, parentsOf, spouseOf } from '../relations';
import type { Household, Member } from '../schema';
import { evaluate as evaluate25a, fromCriminalAge } from './r25a';

const R = '25a-family';

/** The holder's route for a link: the child's or spouse's § 25a, or (siblings) the parent's own Satz 1 route without the member. */
const base: Base = (holder, h, asOf, link) =>
  link.route === R ? evaluateVariant(holder, h, asOf, { only: ['parent'], without: link.without ?? [] }) : evaluate25a(holder, h, asOf);

/** A minor's permit must come before the 18th birthday: the holder child's (parents), the member's own (siblings, children). */
const deadlineOf = (m: Member, link: Link, asOf: string): string | null =>
  link.relation === 'parent' ? majorityDay(link.holder, asOf) : link.relation === 'sibling' || link.relation === 'child' ? majorityDay(m, asOf) : null;

const parentOrSpouse = forRelations('parent', 'spouse');

/** Satz 3, 4 speak of an adult holder: the spouse's and the child's permit not before the holder comes of age. */
const adultHolder = (_m: Member, link: Link, asOf: string) => (link.relation === 'spouse' || link.relation === 'child' ? majorityDay(link.holder, asOf) : null);

const obstruction = define(R, {
  id: 'passport-duty', cite: '§ 25a Abs. 2 Satz 1 Nr. 1 AufenthG', kind: 'condition', reads: ['status'], applies: parentOrSpouse,
  note: NOTES && 'Not meeting reasonable demands to remove obstacles to removal: read from a § 60b Duldung (the passport duty); removable, so not met, not excluded.',
  test: (m) => (m.status == null ? unknown : m.status === 'duldung-unclear-identity' ? notMet('passport-duty') : met),
});

const decision = authorityCheck(R, 'discretion', '§ 25a Abs. 2 Satz 1–4 AufenthG', NOTES && 'Parents and siblings: "kann" (discretion); spouse of an adult holder and the holder\'s minor child: "soll" (check U11).', {
  openPoints: ['U11'],
  test: (_m, _h, _asOf, link) => authorityBecause(link?.relation === 'spouse' || link?.relation === 'child' ? 'decision-soll' : 'decision-kann'),
});

export const conditions: Condition[] = [
  familyRole(R, '§ 25a Abs. 2 AufenthG', { parent: 'parent', minorChild: 'sibling', spouse: 'spouse-of-holder', child: 'child-of-holder' }),
  holderGate(R, '§ 25a Abs. 2 Satz 1 AufenthG', base, deadlineOf),
  holderRoute(R, '§ 25a Abs. 2 Satz 1 AufenthG', base, undefined, adultHolder),
  noDeception(R, '§ 25a Abs. 2 Satz 1 Nr. 1 AufenthG'),
  obstruction,
  noSeriousConvictions(R, '§ 25a Abs. 3 AufenthG', (m, h, asOf, link) => parentOrSpouse(m, h, asOf, link) || fromCriminalAge(m, h, asOf)),
  { ...livelihood(R, ['own'], '§ 25a Abs. 2 Satz 1 Nr. 2 AufenthG', NOTES && 'Secured fully ("eigenständig") by own employment, without benefits.'), applies: parentOrSpouse },
  decision,
];

/** A spouse or parent who may hold § 25a: under 27, or with a 25a application pending (adult: see adultHolder). */
const mayHold25a = (p: Member, asOf: string) => ageOn(p.birthDate, asOf) < law(asOf).r25a.applyBeforeAge || (p.applications ?? []).some((a) => a.route === '25a');

/** Who the member can derive from, and how (the `only` relations; `without` members cannot be the holder). */
function candidates(m: Member, h: Household, asOf: string, only?: readonly Relation[], without: readonly string[] = []): Candidate[] {
  const out: Candidate[] = [];
  const add = (holder: Member, route: Link['route'], relation: Relation, extra: Partial<Link> = {}) => {
    if (without.includes(holder.id) || (only && !only.includes(relation))) return;
    const link: Link = { holder, route, relation, ...extra };
    out.push({ link, deadline: deadlineOf(m, link, asOf) });
  };
  for (const c of childrenOf(m, h)) if (isMinorOn(c, asOf)) add(c, '25a', 'parent');
  if (isMinorOn(m, asOf)) for (const p of parentsOf(m, h)) add(p, R, 'sibling', { without: [m.id] });
  const spouse = spouseOf(m, h);
  if (spouse && mayHold25a(spouse, asOf)) add(spouse, '25a', 'spouse');
  if (isMinorOn(m, asOf)) for (const p of parentsOf(m, h)) if (mayHold25a(p, asOf)) add(p, '25a', 'child');
  return out;
}

function evaluateVariant(member: Member, household: Household, asOf: string, v: { only?: readonly Relation[]; without?: readonly string[] } = {}): RouteEvaluation {
  const key = `${R}|${asOf}|${v.only?.join() ?? '*'}|${v.without?.join() ?? ''}`;
  return cached(household, member, key, () => evaluateDerived(R, conditions, member, household, asOf, candidates(member, household, asOf, v.only, v.without), {
    applyBefore: (c) => (c.link.relation === 'spouse' ? null : c.deadline ?? null),
  }));
}

export const evaluate = (member: Member, household: Household, asOf: string) => evaluateVariant(member, household, asOf);

export const route25aFamily: Route = { id: R, conditions, evaluate };
