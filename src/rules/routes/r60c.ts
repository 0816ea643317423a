// § 60c AufenthG — training toleration (Ausbildungsduldung).
import { authorityCheck, inTraining, minimumAge, noSeriousConvictions, noWorkBan, notUnclearIdentity, qualifiedTraining, tolerated } from '../common';
import { addMonths } from '../dates';
import { met, notMet, unknown, type Condition, type RouteDefinition } from '../conditions';

/** Identity clarified in time: entry before 2017 → by 30 June 2020; later entry → within 6 months of entry. */
const identityInTime: Condition = {
  id: 'identity-in-time', cite: '§ 60c Abs. 2 Nr. 3 AufenthG, § 60c Abs. 7 AufenthG', kind: 'condition',
  reads: ['identityClarified', 'identityClarifiedOn', 'entryDate'],
  note: 'Stricter reading: a later clarification counts only where the person did everything reasonable in time (§ 60c Abs. 7), which the authority decides; the portal shows it as not met.',
  test: ({ member: m }) => {
    if (m.identityClarified === undefined) return unknown;
    if (!m.identityClarified) return notMet;
    if (!m.identityClarifiedOn || !m.entryDate) return unknown;
    const deadline = m.entryDate < '2017-01-01' ? '2020-06-30' : addMonths(m.entryDate, 6);
    return m.identityClarifiedOn <= deadline ? met : notMet;
  },
};

export const route60c: RouteDefinition = {
  id: '60c',
  conditions: [
    minimumAge(15, '§ 60c Abs. 1 AufenthG'),
    noWorkBan('§ 60c Abs. 2 Nr. 1 AufenthG, § 60a Abs. 6 AufenthG'),
    noSeriousConvictions('§ 60c Abs. 2 Nr. 4 AufenthG'),
    inTraining('§ 60c Abs. 1 Satz 1 AufenthG'),
    qualifiedTraining('§ 60c Abs. 1 Satz 1 AufenthG'),
    { ...tolerated('§ 60c Abs. 1 AufenthG', { acceptGestattung: true }), note: '(check) since 2024 no minimum time with a Duldung; a Gestattung at the start also counts.' },
    notUnclearIdentity(),
    identityInTime,
    authorityCheck('no-removal-measures', '§ 60c Abs. 2 Nr. 5 AufenthG', 'No concrete measures to end the stay already under way.'),
  ],
};

