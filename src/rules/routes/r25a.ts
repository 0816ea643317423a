// § 25a Abs. 1 AufenthG — well-integrated young people ("soll"): from 14, application before the 27th
// birthday; 12 months with a Duldung (or § 104c permit), 3 years' stay, 3 years of school or a qualification.
// Exclusions: § 25a Abs. 1 Satz 3 AufenthG.
import { NOTES } from '../notes';
import { authorityCheck, duldungMonths, minAge, noDeception, noSeriousConvictions, priorStay, schoolYears, status } from '../common';
import { define, met, notMet, runRoute, type Condition, type Route } from '../conditions';
import { ageOn, birthdayAt, latest } from '../dates';
import type { Household, Member } from '../schema';

const R = '25a';

const ageMin = minAge(R, 14, '§ 25a Abs. 1 Satz 1 AufenthG', NOTES && 'A young person (Jugendlicher) from 14; before that the child benefits through the parents\' routes (25b-family). Shown as excluded, not "later".');

const ageMax = define(R, {
  id: 'age-max', cite: '§ 25a Abs. 1 Satz 1 AufenthG', kind: 'exclusion', gate: true, reads: ['birthDate'],
  note: NOTES && 'The application must be made before the 27th birthday: the last day is the day before it. 29 February birthdays: 28 February in other years (stricter than § 188 Abs. 3 BGB, which may give 1 March).',
  test: (m, _h, asOf) => (asOf < birthdayAt(m.birthDate, 27) ? met : notMet('age-27')),
});

const duldung = duldungMonths(R, 12, '§ 25a Abs. 1 Satz 1 AufenthG', { permit104c: true }, NOTES && 'Counted from statusSince (stricter: earlier Duldung periods under another kind are not added); § 60b months do not count; no direct switch from the asylum procedure.');
const stay = priorStay(R, 3, '§ 25a Abs. 1 Satz 1 Nr. 1 AufenthG');

/** The waiting times must be met before the 27th birthday, else the route can never open. */
const inTime = define(R, {
  id: 'in-time', cite: '§ 25a Abs. 1 Satz 1 AufenthG', kind: 'exclusion', reads: ['birthDate', ...duldung.reads, ...stay.reads],
  test: (m, h, asOf) => {
    const waits = [duldung, stay].map((c) => c.test(m, h, asOf)).filter((r) => r.state === 'met-later').map((r) => r.metOn);
    const last = latest(waits);
    return last && last >= birthdayAt(m.birthDate, 27) ? notMet('too-late') : met;
  },
});

export const conditions: Condition[] = [
  ageMin,
  ageMax,
  noDeception(R, '§ 25a Abs. 1 Satz 3 AufenthG'),
  noSeriousConvictions(R, '§ 25a Abs. 1 Satz 3 AufenthG'),
  status(R, '§ 25a Abs. 1 Satz 1 AufenthG', { permit104c: true }, NOTES && 'Duldung or § 104c permit; not § 60b (get out of it through the passport duty), not the asylum procedure (no direct switch).'),
  duldung,
  stay,
  inTime,
  schoolYears(R, '§ 25a Abs. 1 Satz 1 Nr. 2 AufenthG'),
  authorityCheck(R, 'integration-forecast', '§ 25a Abs. 1 Satz 1 Nr. 4 AufenthG', NOTES && 'It must appear assured that the person fits into German living conditions (school, training, work). Benefits do not harm while in school, training or studies (§ 25a Abs. 1 Satz 2).'),
  authorityCheck(R, 'basic-order', '§ 25a Abs. 1 Satz 1 Nr. 5 AufenthG', NOTES && 'No doubts about the commitment to the free democratic basic order.'),
];

export function evaluate(member: Member, household: Household, asOf: string) {
  const applyBefore = ageOn(member.birthDate, asOf) < 27 ? birthdayAt(member.birthDate, 27) : null;
  return runRoute(R, conditions, member, household, asOf, { applyBefore });
}

export const route25a: Route = { id: R, conditions, evaluate };
