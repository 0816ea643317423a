// § 25b Abs. 4 AufenthG — spouse or registered partner and minor unmarried children in family community with
// a person who meets § 25b Abs. 1 ("soll"; legal reference, "25b-family"): Abs. 1 Satz 2 Nr. 2–5 (the
// family's livelihood as the 25b person's), no own prior stay; a spouse needs own oral A2 (waiver: the
// authority), a child German A2 or school in Germany (under school age: waived); Abs. 2 for each member.
import { NOTES } from '../notes';
import {
  authorityCheck, childrenSchool, convictionsBySentence, german, identity, levelAtLeast, noDeception, ownSchool, passportWeighed, status,
} from '../common';
import { define, met, metBecause, notMet, unknown, type Condition, type Link, type Route } from '../conditions';
import { schoolDuty } from '../dates';
import { cached } from '../cache';
import { evaluateDerived, familyRole, forRelations, holderGate, holderRoute, type Base, type Candidate } from '../derived';
import { law } from '../law';
import { isMinorOn, majorityDay, parentsOf, spouseOf } from '../relations';
import type { Household, Member } from '../schema';
import { evaluate as evaluate25b } from './r25b';
import { fromCriminalAge } from './r25a';

const R = '25b-family';

const base: Base = (holder, h, asOf) => evaluate25b(holder, h, asOf);
/** A child's permit must come before the 18th birthday. */
const deadlineOf = (m: Member, link: Link, asOf: string) => (link.relation === 'child' ? majorityDay(m, asOf) : null);
const spouse = forRelations('spouse', 'own');
const child = forRelations('child');

/** The family's livelihood: met where the 25b person's own livelihood condition is met (§ 25b Abs. 1 Satz 2 Nr. 3). */
const familyLivelihood = define(R, {
  id: 'livelihood', cite: '§ 25b Abs. 4, Abs. 1 Satz 2 Nr. 3 AufenthG', kind: 'condition', reads: [], via: R,
  note: NOTES && 'Read from the 25b person\'s livelihood condition (route 25b).',
  test: (_m, h, asOf, link) => {
    if (!link || link.relation === 'own') return unknown;
    const state = evaluate25b(link.holder, h, asOf).checked.find((c) => c.condition.id === 'livelihood')?.state;
    if (state == null || state === 'unknown') return unknown;
    return state === 'met' ? met : notMet('holder-livelihood');
  },
});

/** A child: German A2, or attends or attended school in Germany; before school age waived for age. */
const childGerman = define(R, {
  id: 'child-german', cite: '§ 25b Abs. 4, Abs. 1 Satz 2 Nr. 4, Abs. 3 AufenthG', kind: 'condition', applies: child,
  reads: ['birthDate', 'german', 'school.attending', 'school.yearsAttended'],
  note: NOTES && 'School is read first: a child who attends or attended school in Germany needs no German level, so German is asked only where school does not settle it.',
  test: (m, _h, asOf) => {
    if (asOf < schoolDuty(m.birthDate, asOf).from) return metBecause('waived-age');
    if (m.school?.attending || (m.school?.yearsAttended ?? 0) > 0) return metBecause('child-at-school');
    if (m.school?.attending == null) return unknown;
    if (m.german == null) return unknown;
    return levelAtLeast(m.german, law(asOf).r25b.german) ? met : notMet('german-below-a2');
  },
});

export const conditions: Condition[] = [
  familyRole(R, '§ 25b Abs. 4 Satz 1 AufenthG', { parent: 'spouse', minorChild: 'minor-child', spouse: 'spouse', child: 'minor-child' }),
  holderGate(R, '§ 25b Abs. 4 Satz 1 AufenthG', base, deadlineOf),
  holderRoute(R, '§ 25b Abs. 4 Satz 1 AufenthG', base),
  noDeception(R, '§ 25b Abs. 4 Satz 2, Abs. 2 Nr. 1 AufenthG'),
  convictionsBySentence(R, '§ 25b Abs. 4 Satz 2, Abs. 2 Nr. 2 AufenthG', 'mandatory', (m, h, asOf, link) => spouse(m, h, asOf, link) || fromCriminalAge(m, h, asOf)),
  status(R, '§ 25b Abs. 4 Satz 1 AufenthG', { permit104c: '25b' }, NOTES && 'Portal reading, not in the reference\'s table: the family member, too, holds a Duldung (not § 60b) or a § 104c permit.'),
  identity(R, '§ 5 Abs. 1 Nr. 1a AufenthG', '25b'),
  passportWeighed(R, '§ 5 Abs. 1 Nr. 4, Abs. 3 Satz 2 AufenthG'),
  familyLivelihood,
  { ...german(R, (l) => l.r25b.german, '§ 25b Abs. 4 Satz 1, Abs. 1 Satz 2 Nr. 4 AufenthG', NOTES && 'The spouse or partner needs their own oral A2; waived for illness, disability or age (§ 25b Abs. 3).'), applies: spouse },
  authorityCheck(R, 'waiver', '§ 25b Abs. 3 AufenthG', NOTES && 'A2 waived for illness, disability or age; the authority decides.', { applies: spouse }),
  childGerman,
  childrenSchool(R, '§ 25b Abs. 4 Satz 1, Abs. 1 Satz 2 Nr. 5 AufenthG', { applies: spouse }),
  ownSchool(R, '§ 25b Abs. 4 Satz 1, Abs. 1 Satz 2 Nr. 5 AufenthG', child),
  authorityCheck(R, 'basic-order', '§ 25b Abs. 4 Satz 1, Abs. 1 Satz 2 Nr. 2 AufenthG', NOTES && 'Commitment to the free democratic basic order and basic knowledge of the legal and social order.'),
];

/** Spouse (spouseId, else the v1 reading) and, for a minor, each parent (parentIds, else every parent member). */
function candidates(m: Member, h: Household, asOf: string): Candidate[] {
  const out: Candidate[] = [];
  const s = spouseOf(m, h);
  if (s) out.push({ link: { holder: s, route: '25b', relation: 'spouse' } });
  if (isMinorOn(m, asOf)) for (const p of parentsOf(m, h)) out.push({ link: { holder: p, route: '25b', relation: 'child' }, deadline: majorityDay(m, asOf) });
  return out;
}

export const evaluate = (member: Member, household: Household, asOf: string) =>
  cached(household, member, `${R}|${asOf}`, () => evaluateDerived(R, conditions, member, household, asOf, candidates(member, household, asOf)));

export const route25bFamily: Route = { id: R, conditions, evaluate };
