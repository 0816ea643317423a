// § 60d AufenthG — employment toleration (Beschäftigungsduldung) ("soll"), 30 months.
import { authorityCheck, childrenAttendSchool, duldungFor, germanLevel, minimumAge, noSeriousConvictions, noWorkBan, notUnclearIdentity } from '../common';
import { addMonths } from '../dates';
import { bool, later, met, notMet, unknown, type Condition, type RouteDefinition } from '../conditions';

const enteredBy2022: Condition = {
  id: 'entry-by-2022', cite: '§ 60d Abs. 1 AufenthG', kind: 'exclusion', reads: ['entryDate'],
  test: ({ member: m }) => (!m.entryDate ? unknown : m.entryDate <= '2022-12-31' ? met : notMet),
};

const identityInTime: Condition = {
  id: 'identity-in-time', cite: '§ 60d Abs. 1 Nr. 1 AufenthG', kind: 'condition', reads: ['identityClarified', 'identityClarifiedOn', 'entryDate'],
  note: 'Entry 2017–2022: identity clarified by 31 Dec 2024; entry before 2017: by 1 July 2020 (stricter reading). Later without own fault: the authority decides.',
  test: ({ member: m }) => {
    if (m.identityClarified === undefined) return unknown;
    if (!m.identityClarified) return notMet;
    if (!m.identityClarifiedOn || !m.entryDate) return unknown;
    const deadline = m.entryDate < '2017-01-01' ? '2020-07-01' : '2024-12-31';
    return m.identityClarifiedOn <= deadline ? met : notMet;
  },
};

const hours: Condition = {
  id: 'work-20-hours', cite: '§ 60d Abs. 1 Nr. 3 AufenthG', kind: 'condition', reads: ['work.hoursPerWeek'],
  note: 'Single parents: 15 hours (§ 60d Abs. 1 Nr. 3); the portal applies 20.',
  test: ({ member: m }) => (m.work?.hoursPerWeek === undefined ? unknown : m.work.hoursPerWeek >= 20 ? met : notMet),
};

const workTwelveMonths: Condition = {
  id: 'work-12-months', cite: '§ 60d Abs. 1 Nr. 3 AufenthG', kind: 'time', reads: ['work.hoursPerWeek', 'work.since'],
  test: ({ member: m, asOf }) => {
    if (m.work?.hoursPerWeek === 0) return notMet;
    if (!m.work?.since) return unknown;
    const on = addMonths(m.work.since, 12);
    return on <= asOf ? met : later(on);
  },
};

export const route60d: RouteDefinition = {
  id: '60d',
  conditions: [
    minimumAge(15, '§ 60d Abs. 1 AufenthG'),
    enteredBy2022,
    noWorkBan('§ 60a Abs. 6 AufenthG'),
    noSeriousConvictions('§ 60d Abs. 1 Nr. 7 AufenthG'),
    duldungFor('duldung-12-months', 12, '§ 60d Abs. 1 Nr. 2 AufenthG'),
    notUnclearIdentity(),
    identityInTime,
    hours,
    workTwelveMonths,
    { id: 'work-permitted', cite: '§ 4a Abs. 4 AufenthG, § 32 BeschV', kind: 'condition', reads: ['work.permitted'], test: ({ member: m }) => bool(m.work?.permitted, met, notMet) },
    { id: 'livelihood', cite: '§ 60d Abs. 1 Nr. 4, 5 AufenthG', kind: 'condition', reads: ['livelihood'], test: ({ member: m }) => (m.livelihood === undefined ? unknown : m.livelihood === 'own' ? met : notMet) },
    germanLevel('german-a2', 'A2', '§ 60d Abs. 1 Nr. 6 AufenthG'),
    childrenAttendSchool('§ 60d Abs. 1 Nr. 10 AufenthG'),
    authorityCheck('integration-course', '§ 60d Abs. 1 Nr. 11 AufenthG', 'Completed where one was required.'),
  ],
};
