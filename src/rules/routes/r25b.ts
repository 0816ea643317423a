// § 25b Abs. 1–3 AufenthG — sustainable integration ("soll").
import { authorityCheck, ageOn, birthdayAt, childrenAttendSchool, germanLevel, identityClarified, livesWithMinorChild, noDeception, noSeriousConvictions, priorStay, tolerated } from '../common';
import { later, met, notMet, unknown, type Condition, type RouteDefinition } from '../conditions';

export const adult: Condition = {
  id: 'adult', cite: '§ 25b Abs. 1 AufenthG', kind: 'time', reads: [],
  note: 'Portal reading: minors go through § 25a or § 25b Abs. 4 (family); their own § 25b is shown from 18.',
  test: ({ member: m, asOf }) => (ageOn(m.birthDate, asOf) >= 18 ? met : later(birthdayAt(m.birthDate, 18))),
};

export const livelihoodMostlyOwn = (cite: string): Condition => ({
  id: 'livelihood', cite, kind: 'condition', reads: ['livelihood'],
  note: 'Mostly by own work, or expected to be. Waived for illness, disability or age (§ 25b Abs. 3); a temporary shortfall does not harm students, single parents, carers (§ 25b Abs. 1 Satz 3, check wording). The authority decides these exceptions.',
  test: ({ member: m }) => (m.livelihood === undefined ? unknown : m.livelihood === 'own' || m.livelihood === 'mostly-own' ? met : notMet),
});

export const route25b: RouteDefinition = {
  id: '25b',
  conditions: [
    noDeception('§ 25b Abs. 2 Nr. 1 AufenthG'),
    noSeriousConvictions('§ 25b Abs. 2 Nr. 2 AufenthG'),
    tolerated('§ 25b Abs. 1 Satz 1 AufenthG', { acceptPermit104c: true }),
    adult,
    priorStay('stay-years', (ctx) => { const c = livesWithMinorChild(ctx); return c === undefined ? undefined : c ? 4 : 6; }, '§ 25b Abs. 1 Satz 2 Nr. 1 AufenthG', { permit104cCounts: true }),
    identityClarified('§ 25b Abs. 1 Satz 1 AufenthG, § 5 Abs. 1 Nr. 1a AufenthG'),
    authorityCheck('basic-order', '§ 25b Abs. 1 Satz 2 Nr. 2 AufenthG', 'Commitment to the free democratic basic order and basic knowledge of the legal and social order ("Leben in Deutschland" test helps).'),
    livelihoodMostlyOwn('§ 25b Abs. 1 Satz 2 Nr. 3 AufenthG'),
    germanLevel('german-a2', 'A2', '§ 25b Abs. 1 Satz 2 Nr. 4 AufenthG'),
    childrenAttendSchool('§ 25b Abs. 1 Satz 2 Nr. 5 AufenthG'),
  ],
};

