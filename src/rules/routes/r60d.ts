// § 60d AufenthG — employment toleration ("in der Regel", 30 months; permanent since December 2023, eased
// in February 2024; legal reference, "60d"). For the person AND the spouse or partner: the "both" rows
// (Abs. 1 Nr. 1 identity, Nr. 7 convictions, Nr. 8 extremism, Nr. 11 integration course) bind each of them
// — if the spouse fails one, the applicant fails too, and so do the spouse and the children. The applicant
// alone: 12 months' Duldung (Nr. 2), 12 months' work of 20+ hours a week (Nr. 3), livelihood (Nr. 4, 5),
// oral A2 (Nr. 6), no work ban (§ 60a Abs. 6); school-age children at school (Nr. 9, 10). Spouse branch and
// minor unmarried children (Abs. 2): the Duldung with the working partner. Numbers: law.r60d.
import { NOTES } from '../notes';
import {
  authorityCheck, childrenSchool, convictions5090, duldungTime, german, livelihood, minAge, noSeriousConvictions, own, status,
} from '../common';
import { authorityBecause, define, met, notMet, runRoute, unknown, waitUntil, type Condition, type Link, type Route, type TestResult } from '../conditions';
import { addMonths } from '../dates';
import { cached } from '../cache';
import { evaluateDerived, familyRole, forRelations, holderGate, holderRoute, type Base, type Candidate } from '../derived';
import { law } from '../law';
import { isMinorOn, majorityDay, parentsOf, spouseOf } from '../relations';
import type { Household, Member } from '../schema';
import { euListNote, identityDeadline60d, identityInTime60d, identityReads, no60bBan, noOwnFaultBan, noSafeCountryBan } from '../work';

const R = '60d';
const withSpouse = (m: Member, h: Household, asOf: string, link?: Link) => own(m, h, asOf, link) && !!spouseOf(m, h);
const ownOrSpouse = forRelations('own', 'spouse');
const family = forRelations('spouse', 'child');

/** A joint condition read from the spouse (§ 60d Abs. 1: "er und sein Ehegatte"). */
function ofSpouse(id: string, cite: string, kind: Condition['kind'], fields: Condition['reads'], test: (s: Member, asOf: string) => TestResult, note?: string | false): Condition {
  return define(R, {
    id, cite, kind, reads: ['spouseId', 'role'], applies: withSpouse, note,
    readsOthers: (m, h) => { const s = spouseOf(m, h); return s ? [{ member: s.id, fields: [...fields] }] : []; },
    test: (m, h, asOf) => test(spouseOf(m, h)!, asOf),
  });
}

/** § 60d Abs. 1 Nr. 11: an integration course completed where the person was obliged (or drop-out not their fault). */
function integrationCourse(x: Member): TestResult {
  const c = x.integrationCourse;
  if (c?.obliged == null) return authorityBecause('integration-course-obliged-unknown');
  if (!c.obliged) return met;
  return c.completed == null ? unknown : c.completed ? met : notMet('integration-course-not-completed');
}
const courseReads = ['integrationCourse.obliged', 'integrationCourse.completed'] as const;

const enteredBy = define(R, {
  id: 'entry-by-2022', cite: '§ 60d Abs. 1 AufenthG', kind: 'exclusion', gate: true, reads: ['entryDate'], applies: ownOrSpouse,
  note: NOTES && 'Each of the person and the spouse entered by 31.12.2022 (law.r60d.entryBy). Minor children (Abs. 2): not read (the reference says "each"; the statute names the person and the spouse).',
  test: (m, _h, asOf) => (m.entryDate == null ? unknown : m.entryDate <= law(asOf).r60d.entryBy ? met : notMet('entry-after-2022')),
});

const hours = define(R, {
  id: 'work-hours', cite: '§ 60d Abs. 1 Nr. 3 AufenthG', kind: 'condition', reads: ['work.hoursPerWeek'], applies: own,
  note: NOTES && 'At least 20 hours a week subject to social insurance (since February 2024). Whether single parents have a lower threshold is not in the legal reference; 20 is applied.',
  test: (m, _h, asOf) => (m.work?.hoursPerWeek == null ? unknown : m.work.hoursPerWeek >= law(asOf).r60d.hoursPerWeek ? met : notMet('work-hours')),
});

const workMonths = define(R, {
  id: 'work-months', cite: '§ 60d Abs. 1 Nr. 3 AufenthG', kind: 'time', reads: ['work.hoursPerWeek', 'work.since'], applies: own,
  note: NOTES && 'Counted from the start of the current uninterrupted employment (work.since).',
  test: (m, _h, asOf) => {
    if (m.work?.hoursPerWeek === 0) return notMet('no-work');
    return m.work?.since == null ? unknown : waitUntil(addMonths(m.work.since, law(asOf).r60d.workMonths), asOf);
  },
});

const permitted = define(R, {
  id: 'work-permitted', cite: '§ 4a Abs. 4 AufenthG, § 32 BeschV', kind: 'condition', reads: ['work.permitted'], applies: own,
  test: (m) => (m.work?.permitted == null ? unknown : m.work.permitted ? met : notMet('no-work-permission')),
});

const base: Base = (holder, h, asOf) => evaluateOwn(holder, h, asOf);
const deadlineOf = (m: Member, link: Link, asOf: string) => (link.relation === 'child' ? majorityDay(m, asOf) : null);

export const conditions: Condition[] = [
  familyRole(R, '§ 60d Abs. 1, 2 AufenthG', { parent: 'spouse', minorChild: 'minor-child', spouse: 'spouse', child: 'minor-child' }, family),
  minAge(R, '§ 60d Abs. 1 AufenthG', NOTES && 'Portal rule: children under 14 are not asked about work (employment under 15 is barred by § 5 JArbSchG); they get the Duldung with a working parent (Abs. 2).'),
  enteredBy,
  holderGate(R, '§ 60d Abs. 1, 2 AufenthG', base, deadlineOf, family),
  holderRoute(R, '§ 60d Abs. 1, 2 AufenthG', base, family),
  noSafeCountryBan(R, own),
  euListNote(R, own),
  noSeriousConvictions(R, '§ 60d Abs. 1 Nr. 7 AufenthG', own),
  ofSpouse('spouse-convictions', '§ 60d Abs. 1 Nr. 7 AufenthG', 'exclusion', ['convictions'], (s) => convictions5090(s), NOTES && 'The spouse\'s convictions (50/90 rule) bind the applicant too.'),
  { ...status(R, '§ 60d Abs. 1 Nr. 2 AufenthG', {}, NOTES && 'Holds a Duldung (not § 60b); a current employment toleration counts.'), applies: own },
  { ...duldungTime(R, (l) => l.r60d.duldungMonths, '§ 60d Abs. 1 Nr. 2 AufenthG'), applies: own },
  no60bBan(R, own),
  noOwnFaultBan(R, own),
  identityInTime60d(R, '§ 60d Abs. 1 Nr. 1, Abs. 4 AufenthG', own),
  ofSpouse('spouse-identity', '§ 60d Abs. 1 Nr. 1, Abs. 4 AufenthG', 'condition', identityReads, identityDeadline60d, NOTES && 'The spouse\'s identity deadline binds the applicant too (check U2).'),
  hours,
  workMonths,
  permitted,
  { ...livelihood(R, ['own'], '§ 60d Abs. 1 Nr. 4, 5 AufenthG', NOTES && 'Secured by the employment in the last 12 months and now; the portal asks about now (the 12 months of work are the time condition).'), applies: own },
  { ...german(R, (l) => l.r60d.german, '§ 60d Abs. 1 Nr. 6 AufenthG', NOTES && 'Oral A2.'), applies: own },
  childrenSchool(R, '§ 60d Abs. 1 Nr. 9, 10 AufenthG', { withSpouse: true, applies: own }),
  authorityCheck(R, 'children-offences', '§ 60d Abs. 1 Nr. 9, 10 AufenthG', NOTES && 'Offences of the children: the authority (check U2 for the numbering).', { applies: own, openPoints: ['U2'] }),
  { ...define(R, { id: 'integration-course', cite: '§ 60d Abs. 1 Nr. 11 AufenthG', kind: 'condition', reads: courseReads, test: (m) => integrationCourse(m), note: NOTES && 'obliged false → met; obliged true → completed (false → not met, missing → unknown); obliged missing → the authority. The 2026 admission stop (§ 44 Abs. 4) does not affect Nr. 11.' }), applies: own },
  ofSpouse('spouse-integration-course', '§ 60d Abs. 1 Nr. 11 AufenthG', 'condition', courseReads, (s) => integrationCourse(s)),
  authorityCheck(R, 'no-extremism', '§ 60d Abs. 1 Nr. 8 AufenthG', NOTES && 'No links to extremist or terrorist organisations, for the person and the spouse.', { applies: own }),
];

/** The person's own employment toleration (no family branch): the base of the spouse and children. */
function evaluateOwn(member: Member, household: Household, asOf: string) {
  return cached(household, member, `${R}|${asOf}|own`, () => runRoute(R, conditions, member, household, asOf, { link: { holder: member, route: R, relation: 'own' }, dependsOn: null }));
}

function candidates(m: Member, h: Household, asOf: string): Candidate[] {
  const out: Candidate[] = [];
  const s = spouseOf(m, h);
  if (s) out.push({ link: { holder: s, route: R, relation: 'spouse' } });
  if (isMinorOn(m, asOf)) for (const p of parentsOf(m, h)) out.push({ link: { holder: p, route: R, relation: 'child' }, deadline: majorityDay(m, asOf) });
  return out;
}

/** The member's own toleration, or the spouse's or a parent's (Abs. 2), whichever is best. */
export const evaluate = (member: Member, household: Household, asOf: string) =>
  cached(household, member, `${R}|${asOf}`, () => evaluateDerived(R, conditions, member, household, asOf, candidates(member, household, asOf), { own: true, applyBefore: () => null }));

export { evaluateOwn as evaluate60dOwn };
export const route60d: Route = { id: R, conditions, evaluate };
