// § 25a Abs. 1 AufenthG — well-integrated young people ("soll"): from the 14th birthday (before it "later",
// never excluded), application before the 27th birthday; 12 months with a Duldung (or a § 104c permit while
// the holder rules apply, 12 months waived), 3 years' stay, 3 years of school or a qualification; identity;
// own deception excludes (Satz 3); convictions weigh in the forecast (§ 5 Abs. 1 Nr. 2).
// Legal reference (2026-12-03), "25a — young people". Numbers: law.r25a.
import { NOTES } from '../notes';
import {
  authorityCheck, birthday27, convictionsBySentence, duldungTime, identity, noDeception, passportWeighed, priorStay, schoolYears, status,
} from '../common';
import { define, met, metBecause, notMet, runRoute, waitUntil, type Condition, type Route } from '../conditions';
import { ageOn, birthdayAt, latest } from '../dates';
import { cached } from '../cache';
import { law } from '../law';
import type { Household, Member } from '../schema';

const R = '25a';

/** Children under 14 cannot have convictions (§ 19 StGB): not read for them. */
export const fromCriminalAge = (m: Member, _h: Household, asOf: string) => ageOn(m.birthDate, asOf) >= law(asOf).general.criminalAge;

/** A 25a application filed before the 27th birthday and not yet decided (contract v1.1 `applications`). */
const pendingInTime = (m: Member, asOf: string) => (m.applications ?? []).find((a) => a.route === R && a.appliedOn < birthday27(m, asOf) && a.appliedOn <= asOf);

/** Too young is a waiting time: met on the 14th birthday (the reference's "Under 14": later, possibleFrom). */
const ageMin = define(R, {
  id: 'age-min', cite: '§ 25a Abs. 1 Satz 1 AufenthG', kind: 'time', reads: ['birthDate'],
  note: NOTES && 'A young person (Jugendlicher) from the 14th birthday; before it "later" with possibleFrom the latest of the 14th birthday and the waiting times, provided every other condition is met now.',
  test: (m, _h, asOf) => waitUntil(birthdayAt(m.birthDate, law(asOf).r25a.minAge), asOf),
});

const ageMax = define(R, {
  id: 'age-max', cite: '§ 25a Abs. 1 Satz 1 Nr. 3 AufenthG', kind: 'exclusion', gate: true, reads: ['birthDate', 'applications'],
  note: NOTES && 'The 27th year is completed at the end of the day before the 27th birthday (§ 187 Abs. 2 Satz 2, § 188 Abs. 2 BGB): the last day to apply is the day before it. From the birthday excluded, unless a 25a application filed before it is pending (v1.1 applications). 29 February birthdays: 28 February in other years (stricter than § 188 Abs. 3 BGB).',
  test: (m, _h, asOf) => (asOf < birthday27(m, asOf) ? met : pendingInTime(m, asOf) ? metBecause('applied-in-time') : notMet('age-27')),
});

const duldung = duldungTime(R, (l) => l.r25a.duldungMonths, '§ 25a Abs. 1 Satz 1 AufenthG', { holder104c: '25a' }, NOTES && 'At least 12 months with a Duldung: from duldungSince less the § 60b months, else from statusSince of the current counting Duldung; Gestattung time does not count. Waived for § 104c holders while the holder rules carry them (met from the permit\'s first day); if 25a is reached only after the holder\'s last day, counted from the day after the permit ends, assuming a Duldung follows (check U3).');
const stay = priorStay(R, (l) => l.r25a.stayYears, '§ 25a Abs. 1 Satz 1 Nr. 1 AufenthG', { holder104c: '25a' });

/** The waiting times must be met before the 27th birthday (unless already applied), else the route can never open. */
const inTime = define(R, {
  id: 'in-time', cite: '§ 25a Abs. 1 Satz 1 Nr. 3 AufenthG', kind: 'exclusion', reads: ['birthDate', 'applications', ...duldung.reads, ...stay.reads],
  test: (m, h, asOf) => {
    if (pendingInTime(m, asOf)) return met;
    const waits = [duldung, stay].map((c) => c.test(m, h, asOf)).filter((r) => r.state === 'met-later').map((r) => r.metOn);
    const last = latest(waits);
    return last && last >= birthday27(m, asOf) ? notMet('too-late') : met;
  },
});

export const conditions: Condition[] = [
  ageMin,
  ageMax,
  noDeception(R, '§ 25a Abs. 1 Satz 3 AufenthG'),
  convictionsBySentence(R, '§ 5 Abs. 1 Nr. 2, § 25a Abs. 1 Satz 1 Nr. 4 AufenthG', 'as-a-rule', fromCriminalAge),
  status(R, '§ 25a Abs. 1 Satz 1 AufenthG', { permit104c: '25a' }, NOTES && 'A counting Duldung, or (until 30.06.2027) a § 104c permit while the holder rules apply; not § 60b (get out of it through the passport duty), not the asylum procedure (no direct switch). The § 60a Abs. 6 work ban and a rejection as manifestly unfounded (§ 25a Abs. 4, check U2) do not bar.'),
  duldung,
  stay,
  inTime,
  schoolYears(R, '§ 25a Abs. 1 Satz 1 Nr. 2 AufenthG'),
  identity(R, '§ 5 Abs. 1 Nr. 1a AufenthG', '25a'),
  passportWeighed(R, '§ 5 Abs. 1 Nr. 4, Abs. 3 Satz 2 AufenthG'),
  authorityCheck(R, 'integration-forecast', '§ 25a Abs. 1 Satz 1 Nr. 4 AufenthG', NOTES && 'It must appear assured that the person fits into German living conditions (school, training, work); offences weigh here.'),
  authorityCheck(R, 'basic-order', '§ 25a Abs. 1 Satz 1 Nr. 5 AufenthG', NOTES && 'No doubts about the commitment to the free democratic basic order.'),
  authorityCheck(R, 'livelihood', '§ 25a Abs. 1 Satz 2, § 5 Abs. 1 Nr. 1, Abs. 3 Satz 2 AufenthG', NOTES && 'Benefits do not bar while in school, vocational training or university; otherwise a regular requirement the authority may waive: always the authority.'),
];

export function evaluate(member: Member, household: Household, asOf: string) {
  return cached(household, member, `${R}|${asOf}`, () => {
    const applied = pendingInTime(member, asOf);
    const applyBefore = !applied && ageOn(member.birthDate, asOf) < law(asOf).r25a.applyBeforeAge ? birthday27(member, asOf) : null;
    return runRoute(R, conditions, member, household, asOf, { applyBefore });
  });
}

export const route25a: Route = { id: R, conditions, evaluate };
