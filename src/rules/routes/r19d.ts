// § 19d AufenthG — qualified tolerated persons: employment after qualified training in Germany.
import { authorityCheck, germanLevel, minimumAge, noDeception, noSeriousConvictions, tolerated } from '../common';
import { met, notMet, unknown, type Condition, type RouteDefinition } from '../conditions';

const completed: Condition = {
  id: 'training-completed', cite: '§ 19d Abs. 1 Nr. 1 lit. a AufenthG', kind: 'condition', reads: ['training.state', 'training.kind'],
  note: 'Also possible with a German or recognised degree and relevant work (§ 19d Abs. 1 Nr. 1 lit. b, c), which the portal does not ask.',
  test: ({ member: m }) => {
    const s = m.training?.state;
    if (s === undefined) return unknown;
    if (s !== 'completed') return notMet;
    return m.training?.kind === undefined ? unknown : m.training.kind === 'qualified' ? met : notMet;
  },
};

export const route19d: RouteDefinition = {
  id: '19d',
  conditions: [
    minimumAge(15, '§ 19d Abs. 1 AufenthG'),
    noDeception('§ 19d Abs. 1 Nr. 6 AufenthG'),
    noSeriousConvictions('§ 19d Abs. 1 Nr. 7 AufenthG'),
    tolerated('§ 19d Abs. 1 AufenthG'),
    completed,
    germanLevel('german-b1', 'B1', '§ 19d Abs. 1 Nr. 4 AufenthG'),
    authorityCheck('housing', '§ 19d Abs. 1 Nr. 2 AufenthG', 'Sufficient housing.'),
    authorityCheck('job-offer', '§ 19d Abs. 1 AufenthG', 'Employment matching the qualification.'),
  ],
};
