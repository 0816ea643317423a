// § 25b Abs. 6 AufenthG — residence after 30 months of employment toleration (§ 60d) ("soll").
import { germanLevel, noDeception, noSeriousConvictions } from '../common';
import { addMonths } from '../dates';
import { later, met, notMet, unknown, type Condition, type RouteDefinition } from '../conditions';

const held60d: Condition = {
  id: 'employment-toleration-30-months', cite: '§ 25b Abs. 6 AufenthG', kind: 'time', reads: ['status', 'statusSince'],
  test: ({ member: m, asOf }) => {
    if (m.status === undefined) return unknown;
    if (m.status !== 'duldung-employment') return notMet;
    if (!m.statusSince) return unknown;
    const on = addMonths(m.statusSince, 30);
    return on <= asOf ? met : later(on);
  },
};

const stillWorking: Condition = {
  id: 'employment-20-hours', cite: '§ 25b Abs. 6 AufenthG, § 60d Abs. 1 Nr. 3 AufenthG', kind: 'condition', reads: ['work.hoursPerWeek'],
  test: ({ member: m }) => (m.work?.hoursPerWeek === undefined ? unknown : m.work.hoursPerWeek >= 20 ? met : notMet),
};

const ownLivelihood: Condition = {
  id: 'livelihood', cite: '§ 25b Abs. 6 AufenthG, § 60d Abs. 1 Nr. 5 AufenthG', kind: 'condition', reads: ['livelihood'],
  test: ({ member: m }) => (m.livelihood === undefined ? unknown : m.livelihood === 'own' ? met : notMet),
};

export const route25bEmployment: RouteDefinition = {
  id: '25b-employment',
  conditions: [
    noDeception('§ 25b Abs. 2 Nr. 1 AufenthG'),
    noSeriousConvictions('§ 25b Abs. 2 Nr. 2 AufenthG'),
    held60d,
    stillWorking,
    ownLivelihood,
    germanLevel('german-a2', 'A2', '§ 25b Abs. 6 AufenthG'),
  ],
};
