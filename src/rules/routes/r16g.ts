// § 16g AufenthG (since 1 March 2024) — residence permit for vocational training for tolerated persons.
import { authorityCheck, duldungFor, inTraining, minimumAge, noDeception, noSeriousConvictions, noWorkBan, notUnclearIdentity, qualifiedTraining } from '../common';
import { bool, met, notMet, type RouteDefinition } from '../conditions';

export const route16g: RouteDefinition = {
  id: '16g',
  conditions: [
    minimumAge(15, '§ 16g Abs. 1 AufenthG'),
    noDeception('§ 16g Abs. 2 Nr. 3 AufenthG, § 60a Abs. 6 Satz 1 Nr. 2 AufenthG'),
    noSeriousConvictions('§ 16g Abs. 2 Nr. 5 AufenthG'),
    noWorkBan('§ 16g Abs. 2 Nr. 4 AufenthG, § 60a Abs. 6 Satz 1 Nr. 3 AufenthG'),
    inTraining('§ 16g Abs. 1 AufenthG'),
    qualifiedTraining('§ 16g Abs. 1 AufenthG'),
    duldungFor('duldung-3-months', 3, '§ 16g Abs. 2 Nr. 1 AufenthG'),
    notUnclearIdentity(),
    { id: 'passport', cite: '§ 16g Abs. 2 Nr. 2 AufenthG', kind: 'condition', reads: ['passport'], test: ({ member: m }) => bool(m.passport, met, notMet) },
    authorityCheck('livelihood-bafoeg', '§ 16g Abs. 4 AufenthG', 'Livelihood at the level of student support (BAföG), training pay included.'),
    authorityCheck('no-removal-measures', '§ 16g Abs. 2 Nr. 6 AufenthG', 'No concrete measures to end the stay already under way.'),
  ],
};
