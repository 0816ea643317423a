/**
 * School conditions: the young person's own school years (§ 25a) and the actual school attendance of
 * children of school age (§ 25b Abs. 1 Satz 2 Nr. 5, § 60d Abs. 1 Nr. 10), with NRW's compulsory schooling.
 */
import { NOTES } from './notes';
import { define, met, metBecause, notMet, unknown, type Condition } from './conditions';
import { isSchoolAge } from './dates';
import type { Household, Member, RouteId } from './schema';

/** 3 years of (successful) school attendance in Germany, or a recognised school/vocational qualification. */
export const schoolYears = (route: RouteId, cite: string): Condition =>
  define(route, {
    id: 'school', cite, kind: 'condition', reads: ['school.yearsAttended', 'school.qualification'],
    note: NOTES && '"Successful" attendance is judged by the authority from school reports; the portal counts the years given.',
    test: (m) => {
      const years = m.school?.yearsAttended;
      const qual = m.school?.qualification;
      if ((years != null && years >= 3) || qual === 'school-leaving') return met;
      return years == null || qual == null ? unknown : notMet('school-years');
    },
  });

/** The school-age child members of the household (for a parent, or a member whose role is not given). */
function schoolAgeChildren(m: Member, h: Household, asOf: string): Member[] {
  if (m.role === 'child' || m.role === 'other') return [];
  return h.members.filter((k) => k.id !== m.id && k.role === 'child' && isSchoolAge(k.birthDate, asOf));
}

const schoolNote = NOTES && 'School age read strictly as NRW compulsory schooling: from 1 August of the year the child turns 6 (by 30 September) to 31 July of the school year in which they turn 18 (§§ 34, 35, 38 SchulG NRW, check).';

/** Where there are children of school age: they actually attend school. */
export const childrenSchool = (route: RouteId, cite: string): Condition =>
  define(route, {
    id: 'children-school', cite, kind: 'condition', reads: ['role'], note: schoolNote,
    readsOthers: (m, h, asOf) => schoolAgeChildren(m, h, asOf).map((k) => ({ member: k.id, fields: ['school.attending'] })),
    test: (m, h, asOf) => {
      const kids = schoolAgeChildren(m, h, asOf);
      if (!kids.length) return metBecause(m.role === 'parent' || m.role == null ? 'no-school-age-children' : 'not-a-parent');
      const states = kids.map((k) => k.school?.attending);
      if (states.some((s) => s === false)) return notMet('child-not-at-school');
      return states.some((s) => s == null) ? unknown : met;
    },
  });

/** A child's own attendance where the child is of school age. */
export const ownSchool = (route: RouteId, cite: string): Condition =>
  define(route, {
    id: 'school-attendance', cite, kind: 'condition', reads: ['birthDate', 'school.attending'], note: schoolNote,
    test: (m, _h, asOf) => {
      if (!isSchoolAge(m.birthDate, asOf)) return metBecause('not-school-age');
      return m.school?.attending == null ? unknown : m.school.attending ? met : notMet('not-at-school');
    },
  });
