// § 25b Abs. 6 AufenthG — residence after 30 months of employment toleration (§ 60d) ("soll"; legal
// reference, "25b-employment"): still meets the § 60d conditions, including the joint conditions of both
// spouses (Abs. 1 Nr. 1, 7, 8, 11); oral A2 (not B1); written A2 only where an integration course was
// possible (check U12); no 6/4-year prior stay; § 25b Abs. 2 applies. Spouse and minor unmarried children:
// with the holder (dependsOn). Numbers: law.r25bEmployment.
import { NOTES } from '../notes';
import { authorityCheck, convictions5090, german, levelAtLeast, noDeception, noSeriousConvictions, own } from '../common';
import { authority, define, met, notMet, unknown, waitUntil, type Condition, type Link, type Route, type RouteEvaluation } from '../conditions';
import { addMonths } from '../dates';
import { cached } from '../cache';
import { evaluateDerived, familyRole, forRelations, holderGate, holderRoute, type Base, type Candidate } from '../derived';
import { law } from '../law';
import { isMinorOn, majorityDay, parentsOf, spouseOf } from '../relations';
import type { Household, Member } from '../schema';
import { fromCriminalAge } from './r25a';
import { evaluate60dOwn } from './r60d';
import { euListNote } from '../work';

const R = '25b-employment';
const family = forRelations('spouse', 'child');
const ownOrSpouse = forRelations('own', 'spouse');

/**
 * `reachable` and `meets-60d` read the member's own 60d result, not fields: their answers matter through
 * route 60d itself (an answer that cannot change 60d cannot change them), so they declare only `status`.
 */
const reachable = define(R, {
  id: 'reachable', cite: '§ 25b Abs. 6 Satz 1 AufenthG', kind: 'exclusion', gate: true, reads: ['status'], via: '60d', applies: own,
  test: (m, h, asOf) => {
    if (m.status == null) return unknown;
    if (m.status === 'duldung-employment') return met;
    return evaluate60dOwn(m, h, asOf).result === 'excluded' ? notMet('60d-excluded') : met;
  },
});

const held30Months = define(R, {
  id: 'months-60d', cite: '§ 25b Abs. 6 Satz 1 AufenthG', kind: 'time', reads: ['status', 'statusSince'], applies: own,
  note: NOTES && 'Counted from statusSince of the current employment toleration; where there is none yet, the first step is § 60d.',
  test: (m, _h, asOf) => {
    if (m.status == null) return unknown;
    if (m.status !== 'duldung-employment') return notMet('no-60d-yet');
    return m.statusSince == null ? unknown : waitUntil(addMonths(m.statusSince, law(asOf).r25bEmployment.months60d), asOf);
  },
});

const stillMeets60d = define(R, {
  id: 'meets-60d', cite: '§ 25b Abs. 6 Satz 1 AufenthG', kind: 'condition', reads: [], via: '60d', applies: own,
  note: NOTES && 'Still meets the conditions of § 60d, including the spouse\'s joint conditions: read from the member\'s own 60d result.',
  test: (m, h, asOf) => {
    const r = evaluate60dOwn(m, h, asOf);
    if (r.result === 'possible') return met;
    if (r.result === 'later') return { state: 'met-later', metOn: r.possibleFrom! };
    return r.result === 'unknown' ? unknown : notMet('60d-conditions');
  },
});

const spouseConvictions = define(R, {
  id: 'spouse-convictions', cite: '§ 25b Abs. 6, § 60d Abs. 1 Nr. 7 AufenthG', kind: 'exclusion', reads: ['spouseId', 'role'],
  applies: (m, h, asOf, link) => own(m, h, asOf, link) && !!spouseOf(m, h),
  readsOthers: (m, h) => { const s = spouseOf(m, h); return s ? [{ member: s.id, fields: ['convictions'] }] : []; },
  test: (m, h) => convictions5090(spouseOf(m, h)!),
});

/** Written A2 only where an integration course was possible (integrationCourse.possible, v1.1): never not met without that answer. */
const writtenGerman = define(R, {
  id: 'german-written', cite: '§ 25b Abs. 6 Satz 1, 2. Halbsatz AufenthG', kind: 'condition', reads: ['integrationCourse.possible', 'germanWritten'], applies: ownOrSpouse, openPoints: ['U12', 'U8'],
  note: NOTES && 'possible true → germanWritten ≥ A2 (missing → unknown); false → met; missing → the authority (since the 2026 admission stop whether a course "was possible" is a real question). Whether the spouse needs it too is open (check U12): applied to the spouse as well.',
  test: (m, _h, asOf) => {
    const possible = m.integrationCourse?.possible;
    if (possible == null) return authority;
    if (!possible) return met;
    if (m.germanWritten == null) return unknown;
    const need = law(asOf).r25bEmployment.german;
    return levelAtLeast(m.germanWritten, need) ? met : notMet(`german-written-below-${need.toLowerCase()}`);
  },
});

const base: Base = (holder, h, asOf) => evaluateOwn(holder, h, asOf);
const deadlineOf = (m: Member, link: Link, asOf: string) => (link.relation === 'child' ? majorityDay(m, asOf) : null);

export const conditions: Condition[] = [
  familyRole(R, '§ 25b Abs. 6 Satz 1 AufenthG', { parent: 'spouse', minorChild: 'minor-child', spouse: 'spouse', child: 'minor-child' }, family),
  reachable,
  holderGate(R, '§ 25b Abs. 6 Satz 1 AufenthG', base, deadlineOf, family),
  holderRoute(R, '§ 25b Abs. 6 Satz 1 AufenthG', base, family),
  noDeception(R, '§ 25b Abs. 2 Nr. 1 AufenthG'),
  noSeriousConvictions(R, '§ 25b Abs. 6, § 60d Abs. 1 Nr. 7 AufenthG', (m, h, asOf, link) => ownOrSpouse(m, h, asOf, link) || fromCriminalAge(m, h, asOf)),
  spouseConvictions,
  held30Months,
  stillMeets60d,
  { ...german(R, (l) => l.r25bEmployment.german, '§ 25b Abs. 6 Satz 1 AufenthG', NOTES && 'Oral A2 (not B1).'), applies: own },
  writtenGerman,
  euListNote(R, own),
  authorityCheck(R, 'basic-order', '§ 25b Abs. 6 Satz 1, Abs. 1 Satz 2 Nr. 2 AufenthG', NOTES && 'Commitment to the free democratic basic order and basic knowledge of the legal and social order.'),
];

function evaluateOwn(member: Member, household: Household, asOf: string): RouteEvaluation {
  return cached(household, member, `${R}|${asOf}|own`, () => evaluateDerived(R, conditions, member, household, asOf, [], { own: true }));
}

function candidates(m: Member, h: Household, asOf: string): Candidate[] {
  const out: Candidate[] = [];
  const s = spouseOf(m, h);
  if (s) out.push({ link: { holder: s, route: R, relation: 'spouse' } });
  if (isMinorOn(m, asOf)) for (const p of parentsOf(m, h)) out.push({ link: { holder: p, route: R, relation: 'child' }, deadline: majorityDay(m, asOf) });
  return out;
}

/** The member's own § 25b Abs. 6 permit, or with the holder as spouse or minor child. */
export const evaluate = (member: Member, household: Household, asOf: string) =>
  cached(household, member, `${R}|${asOf}`, () => evaluateDerived(R, conditions, member, household, asOf, candidates(member, household, asOf), { own: true, applyBefore: () => null }));

export const route25bEmployment: Route = { id: R, conditions, evaluate };
