/**
 * School conditions: the young person's own school years (§ 25a) and the actual school attendance of
 * children of school age (§ 25b Abs. 1 Satz 2 Nr. 5, § 60d Abs. 1 Nr. 9), with NRW's compulsory schooling.
 */
import { NOTES } from './notes';
import { define, met, metBecause, notMet, unknown, type Condition } from './conditions';
import { isSchoolAge } from './dates';
import { law } from './law';
import { spouseOf } from './relations';
import type { Household, Member, RouteId } from './schema';

/** 3 years of (successful) school attendance in Germany (law.r25a.schoolYears), or a recognised school/vocational qualification. */
export const schoolYears = (route: RouteId, cite: string): Condition =>
  define(route, {
    id: 'school', cite, kind: 'condition', reads: ['school.yearsAttended', 'school.qualification'],
    note: NOTES && '"Successful" attendance is judged by the authority from school reports; the portal counts the years given.',
    test: (m, _h, asOf) => {
      const years = m.school?.yearsAttended;
      const qual = m.school?.qualification;
      if ((years != null && years >= law(asOf).r25a.schoolYears) || qual === 'school-leaving') return met;
      return years == null || qual == null ? unknown : notMet('school-years');
    },
  });

/**
 * The member's children (parentIds, v1.1), or the v1 reading where a child has no parentIds: every child
 * member is a child of a member who is not a child or "other" (a parent, or a member whose role is not given).
 */
function childrenIn(m: Member, h: Household): Member[] {
  return h.members.filter((k) => k.id !== m.id && (k.parentIds ? k.parentIds.includes(m.id) : k.role === 'child' && m.role !== 'child' && m.role !== 'other'));
}

/** The school-age children of the member's family (the member's and, with `withSpouse`, the spouse's). */
function schoolAgeChildren(m: Member, h: Household, asOf: string, withSpouse: boolean): Member[] {
  const spouse = withSpouse ? spouseOf(m, h) : undefined;
  const kids = [...childrenIn(m, h), ...(spouse ? childrenIn(spouse, h) : [])].filter((k) => k.id !== m.id);
  return [...new Map(kids.map((k) => [k.id, k])).values()].filter((k) => isSchoolAge(k.birthDate, asOf));
}

const schoolNote = NOTES && 'School age read strictly as NRW compulsory schooling: from 1 August of the year the child turns 6 (by 30 September) to 31 July of the school year in which they turn 18 (§§ 34, 35, 38 SchulG NRW; law.schoolNrw).';

/** Where there are children of school age in the family: they actually attend school. */
export const childrenSchool = (route: RouteId, cite: string, opts: { withSpouse?: boolean; applies?: Condition['applies'] } = {}): Condition =>
  define(route, {
    id: 'children-school', cite, kind: 'condition', reads: ['role', 'parentIds', ...(opts.withSpouse ? (['spouseId'] as const) : [])], note: schoolNote, applies: opts.applies,
    readsOthers: (m, h, asOf) => schoolAgeChildren(m, h, asOf, !!opts.withSpouse).map((k) => ({ member: k.id, fields: ['school.attending'] })),
    test: (m, h, asOf) => {
      const kids = schoolAgeChildren(m, h, asOf, !!opts.withSpouse);
      if (!kids.length) return metBecause(m.role === 'parent' || m.role == null ? 'no-school-age-children' : 'not-a-parent');
      const states = kids.map((k) => k.school?.attending);
      if (states.some((s) => s === false)) return notMet('child-not-at-school');
      return states.some((s) => s == null) ? unknown : met;
    },
  });

/** A child's own attendance where the child is of school age. */
export const ownSchool = (route: RouteId, cite: string, applies?: Condition['applies']): Condition =>
  define(route, {
    id: 'school-attendance', cite, kind: 'condition', reads: ['birthDate', 'school.attending'], note: schoolNote, applies,
    test: (m, _h, asOf) => {
      if (!isSchoolAge(m.birthDate, asOf)) return metBecause('not-school-age');
      return m.school?.attending == null ? unknown : m.school.attending ? met : notMet('not-at-school');
    },
  });
