// Derived rights: § 25a Abs. 2 AufenthG (parents and minor siblings of a young person with § 25a) and
// § 25b Abs. 4 AufenthG (spouse or partner and minor children of a person with § 25b).
import { ageOn, authorityCheck, childrenAttendSchool, germanLevel, identityClarified, noDeception, noSeriousConvictions, tolerated } from '../common';
import { later, met, notMet, unknown, type Condition, type Ctx } from '../conditions';
import type { Member, RouteId } from '../schema';

export interface AnchorResult { member: string; result: 'possible' | 'later' | 'missing' | 'excluded' | 'unknown'; possibleFrom: string | null }

/** The other person's route as a condition of this one. */
export function anchorCondition(route: RouteId, anchor: AnchorResult | null, cite: string): Condition {
  const excluded = !anchor || anchor.result === 'excluded';
  return {
    id: `anchor-${route}`, cite, kind: excluded ? 'exclusion' : anchor.result === 'later' ? 'time' : 'condition', reads: [],
    note: excluded ? 'No family member in the household who may get this route.' : undefined,
    test: () => {
      if (!anchor || anchor.result === 'excluded' || anchor.result === 'missing') return notMet;
      if (anchor.result === 'unknown') return unknown;
      return anchor.result === 'later' ? later(anchor.possibleFrom!) : met;
    },
  };
}

const relation = (ok: boolean, cite: string): Condition => ({
  id: 'family-relation', cite, kind: 'exclusion', reads: [], test: () => (ok ? met : notMet),
});

const minor = (cite: string): Condition => ({
  id: 'minor', cite, kind: 'exclusion', reads: [], test: ({ member, asOf }) => (ageOn(member.birthDate, asOf) < 18 ? met : notMet),
});

/** Who can pass a right on to this member, by role. */
export function anchorsFor25b(member: Member, all: Member[]): Member[] {
  if (member.role === 'parent') return all.filter((o) => o.id !== member.id && o.role === 'parent');
  if (member.role === 'child') return all.filter((o) => o.id !== member.id && o.role === 'parent');
  return [];
}

export function anchorsFor25a(member: Member, all: Member[], asOf: string): Member[] {
  const young = all.filter((o) => o.id !== member.id && o.role === 'child');
  if (member.role === 'parent') return young.filter((o) => ageOn(o.birthDate, asOf) < 18);
  if (member.role === 'child') return young;
  return [];
}

export function family25bConditions(ctx: Ctx, anchor: AnchorResult | null): Condition[] {
  const role = ctx.member.role;
  const related = role === 'parent' || role === 'child';
  const base = [
    relation(related, '§ 25b Abs. 4 AufenthG'),
    ...(role === 'child' ? [minor('§ 25b Abs. 4 Satz 1 AufenthG')] : []),
    anchorCondition('25b', anchor, '§ 25b Abs. 4 Satz 1 AufenthG'),
    noDeception('§ 25b Abs. 4 Satz 2, Abs. 2 Nr. 1 AufenthG'),
    noSeriousConvictions('§ 25b Abs. 4 Satz 2, Abs. 2 Nr. 2 AufenthG'),
    tolerated('§ 25b Abs. 4 Satz 1 AufenthG', { acceptPermit104c: true }),
  ];
  if (role !== 'parent') return base;
  return [
    ...base,
    identityClarified('§ 25b Abs. 4 Satz 2 AufenthG, § 5 Abs. 1 Nr. 1a AufenthG'),
    germanLevel('german-a2', 'A2', '§ 25b Abs. 4 Satz 2 AufenthG'),
    childrenAttendSchool('§ 25b Abs. 4 Satz 2, Abs. 1 Satz 2 Nr. 5 AufenthG'),
    authorityCheck('basic-order', '§ 25b Abs. 4 Satz 2, Abs. 1 Satz 2 Nr. 2 AufenthG'),
  ];
}

const livelihoodOwn: Condition = {
  id: 'livelihood-own', cite: '§ 25a Abs. 2 Satz 1 Nr. 2 AufenthG', kind: 'condition', reads: ['livelihood'],
  note: 'Fully by own work, without benefits.',
  test: ({ member: m }) => (m.livelihood === undefined ? unknown : m.livelihood === 'own' ? met : notMet),
};

export function family25aConditions(ctx: Ctx, anchor: AnchorResult | null): Condition[] {
  const role = ctx.member.role;
  const base = [
    relation(role === 'parent' || role === 'child', '§ 25a Abs. 2 AufenthG'),
    ...(role === 'child' ? [minor('§ 25a Abs. 2 Satz 2 AufenthG')] : []),
    anchorCondition('25a', anchor, role === 'child' ? '§ 25a Abs. 2 Satz 2 AufenthG' : '§ 25a Abs. 2 Satz 1 AufenthG'),
    noDeception('§ 25a Abs. 2 Satz 1 Nr. 1 AufenthG'),
    noSeriousConvictions('§ 25a Abs. 3 AufenthG'),
  ];
  if (role !== 'parent') return base;
  return [...base, livelihoodOwn, authorityCheck('basic-order', '§ 25a Abs. 2 Satz 1 AufenthG')];
}
