// § 25a Abs. 1 AufenthG — well-integrated young people ("soll"). Application before the 27th birthday.
import { authorityCheck, birthdayAt, duldungFor, noDeception, noSeriousConvictions, priorStay, tolerated, ageOn } from '../common';
import { later, met, notMet, unknown, type Condition, type RouteDefinition } from '../conditions';

const age14: Condition = {
  id: 'age-14', cite: '§ 25a Abs. 1 Satz 1 AufenthG', kind: 'time', reads: [],
  note: 'A young person (Jugendlicher) from 14; before that the child benefits through the parents\' routes.',
  test: ({ member: m, asOf }) => (ageOn(m.birthDate, asOf) >= 14 ? met : later(birthdayAt(m.birthDate, 14))),
};

const before27: Condition = {
  id: 'under-27', cite: '§ 25a Abs. 1 Satz 1 Nr. 3 AufenthG', kind: 'exclusion', reads: [],
  note: 'The application must be made before the 27th birthday; the last day is the day before it.',
  test: ({ member: m, asOf }) => (asOf < birthdayAt(m.birthDate, 27) ? met : notMet),
};

const school: Condition = {
  id: 'school', cite: '§ 25a Abs. 1 Satz 1 Nr. 2 AufenthG', kind: 'condition', reads: ['school.yearsAttended', 'school.qualification'],
  note: '3 years of successful school attendance in Germany, or a recognised school or vocational qualification gained in Germany.',
  test: ({ member: m }) => {
    const years = m.school?.yearsAttended;
    const qual = m.school?.qualification;
    if ((years !== undefined && years >= 3) || qual === 'school-leaving') return met;
    if (years === undefined || qual === undefined) return unknown;
    return notMet;
  },
};

export const route25a: RouteDefinition = {
  id: '25a',
  conditions: [
    before27,
    noDeception('§ 25a Abs. 1 Satz 3 AufenthG'),
    noSeriousConvictions('§ 25a Abs. 1 Satz 3 AufenthG'),
    tolerated('§ 25a Abs. 1 Satz 1 AufenthG', { acceptPermit104c: true }),
    duldungFor('duldung-12-months', 12, '§ 25a Abs. 1 Satz 1 AufenthG', { acceptPermit104c: true }),
    age14,
    priorStay('stay-3-years', 3, '§ 25a Abs. 1 Satz 1 Nr. 1 AufenthG', { permit104cCounts: true }),
    school,
    authorityCheck('integration-forecast', '§ 25a Abs. 1 Satz 1 Nr. 4 AufenthG'),
    authorityCheck('basic-order', '§ 25a Abs. 1 Satz 1 Nr. 5 AufenthG'),
  ],
  applyBefore: ({ member }) => birthdayAt(member.birthDate, 27),
};
