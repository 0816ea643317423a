// § 104c AufenthG — opportunity residence right: no new permits since 1 January 2026. For holders: what is
// still needed to move on to § 25a (young people) or § 25b before the permit ends (applyBefore).
import { NOTES } from '../notes';
import { childrenSchool, german, identity, livelihood, noDeception, noSeriousConvictions, ownSchool, schoolYears } from '../common';
import { define, met, notMet, runRoute, unknown, type Condition, type Route } from '../conditions';
import { ageOn, birthdayAt } from '../dates';
import type { Household, Member } from '../schema';

const R = '104c';

const holds = define(R, {
  id: 'holds-104c', cite: '§ 104c Abs. 1 AufenthG', kind: 'exclusion', gate: true, reads: ['status'],
  note: NOTES && 'Applications were possible until 31 December 2025; no new § 104c permits since 1 January 2026. (check) any extension or successor rule.',
  test: (m) => (m.status == null ? unknown : m.status === 'permit-104c' ? met : notMet('no-new-104c')),
});

const running = define(R, {
  id: 'permit-running', cite: '§ 104c Abs. 1 AufenthG', kind: 'exclusion', gate: true, reads: ['permit104cUntil'],
  note: NOTES && 'Granted for 18 months, not extendable as such; only an application for § 25a or § 25b before it ends keeps the stay lawful. Holders\' special rules apply until 30 June 2027.',
  test: (m, _h, asOf) => (m.permit104cUntil == null ? unknown : asOf <= m.permit104cUntil ? met : notMet('permit-ended')),
});

const deception = noDeception(R, '§ 25a Abs. 1 Satz 3, § 25b Abs. 2 Nr. 1 AufenthG');
const convictions = noSeriousConvictions(R, '§ 25a Abs. 1 Satz 3, § 25b Abs. 2 Nr. 2 AufenthG');
const clarified = identity(R, '§ 5 Abs. 1 Nr. 1a AufenthG');
const school25a = schoolYears(R, '§ 25a Abs. 1 Satz 1 Nr. 2 AufenthG');
const livelihood25b = livelihood(R, ['own', 'mostly-own'], '§ 25b Abs. 1 Satz 2 Nr. 3 AufenthG', NOTES && 'Mostly by own work when the § 104c permit ends; exceptions of § 25b Abs. 3 are decided by the authority.');
const german25b = german(R, 'A2', '§ 25b Abs. 1 Satz 2 Nr. 4 AufenthG', NOTES && 'Oral A2 when the § 104c permit ends.');
const children25b = childrenSchool(R, '§ 25b Abs. 1 Satz 2 Nr. 5 AufenthG');
const childSchool = ownSchool(R, '§ 25b Abs. 4 Satz 1, Abs. 1 Satz 2 Nr. 5 AufenthG');

export const conditions: Condition[] = [holds, running, deception, convictions, clarified, school25a, livelihood25b, german25b, children25b, childSchool];

/** Young people (14–26) move on to § 25a, adults to § 25b, children under 14 with their parents (§ 25b Abs. 4). */
export function evaluate(member: Member, household: Household, asOf: string) {
  const age = ageOn(member.birthDate, asOf);
  const path = age < 14 ? [deception, clarified, childSchool] : age < 27 ? [deception, convictions, clarified, school25a] : [deception, convictions, clarified, livelihood25b, german25b, children25b];
  const until = member.permit104cUntil ?? null;
  const applyBefore = until && age >= 14 && age < 27 ? [until, birthdayAt(member.birthDate, 27)].sort()[0] : until;
  return runRoute(R, [holds, running, ...path], member, household, asOf, { applyBefore });
}

export const route104c: Route = { id: R, conditions, evaluate };
