// § 104c AufenthG — opportunity residence right (Chancen-Aufenthaltsrecht): applications ended 31 Dec 2025.
// For holders: what is still needed to move on to § 25a or § 25b before the permit ends.
import { ageOn, childrenAttendSchool, germanLevel, identityClarified, noDeception, noSeriousConvictions } from '../common';
import { met, notMet, unknown, type Condition, type RouteDefinition } from '../conditions';
import { livelihoodMostlyOwn } from './r25b';

const holder: Condition = {
  id: 'holder', cite: '§ 104c Abs. 1 AufenthG', kind: 'exclusion', reads: ['status'],
  note: 'No new § 104c permits since 1 January 2026 (applications until 31 December 2025). (check) any extension or successor rule.',
  test: ({ member: m }) => (m.status === undefined ? unknown : m.status === 'permit-104c' ? met : notMet),
};

const stillValid: Condition = {
  id: 'permit-valid', cite: '§ 104c Abs. 2 AufenthG', kind: 'exclusion', reads: ['permit104cUntil'],
  note: 'The permit is granted for 18 months and is not extended as such; only an application for § 25a or § 25b keeps the stay lawful.',
  test: ({ member: m, asOf }) => (!m.permit104cUntil ? unknown : m.permit104cUntil >= asOf ? met : notMet),
};

const school: Condition = {
  id: 'school', cite: '§ 104c Abs. 3 AufenthG, § 25a Abs. 1 Satz 1 Nr. 2 AufenthG', kind: 'condition', reads: ['school.yearsAttended', 'school.qualification'],
  test: ({ member: m }) => {
    const y = m.school?.yearsAttended;
    if ((y !== undefined && y >= 3) || m.school?.qualification === 'school-leaving') return met;
    return y === undefined || m.school?.qualification === undefined ? unknown : notMet;
  },
};

export const route104c: RouteDefinition = {
  id: '104c',
  conditions: ({ member, asOf }) => {
    if (member.status !== 'permit-104c') return [holder];
    const young = ageOn(member.birthDate, asOf) < 27;
    return [
      holder,
      stillValid,
      noDeception('§ 104c Abs. 1 Satz 1 Nr. 3 AufenthG'),
      noSeriousConvictions('§ 104c Abs. 1 Satz 1 Nr. 2 AufenthG'),
      identityClarified('§ 104c Abs. 3 AufenthG, § 5 Abs. 1 Nr. 1a AufenthG'),
      ...(young
        ? [school]
        : [livelihoodMostlyOwn('§ 104c Abs. 3 AufenthG, § 25b Abs. 1 Satz 2 Nr. 3 AufenthG'), germanLevel('german-a2', 'A2', '§ 104c Abs. 3 AufenthG, § 25b Abs. 1 Satz 2 Nr. 4 AufenthG'), childrenAttendSchool('§ 25b Abs. 1 Satz 2 Nr. 5 AufenthG')]),
    ];
  },
  applyBefore: ({ member }) => member.permit104cUntil ?? null,
};

