/**
 * Derived family routes (25a-family, 25b-family, the family branches of 60d and 25b-employment): the
 * member's permit follows a family member's route (legal reference, Engine conventions, "Derived routes":
 * possible → met; later → met-later with its date; missing → not met; unknown → unknown; excluded →
 * excluded). Each candidate (holder, route, relation) is tried with the conditions that apply to that
 * relation; the best result wins and is named in `dependsOn`.
 */
import {
  define, met, metBecause, notMet, runRoute, unknown,
  type Condition, type Link, type Relation, type RouteEvaluation,
} from './conditions';
import { childrenOf, isMinorOn, parentsOf, spouseOf } from './relations';
import type { Household, Member, RouteId } from './schema';

/** Evaluates the holder's route for a link (the holder's own route, or a restricted variant of it). */
export type Base = (holder: Member, household: Household, asOf: string, link: Link) => RouteEvaluation;

export interface Candidate {
  link: Link;
  /** The holder's route must open before this day (a minor's permit must come before the 18th birthday). */
  deadline?: string | null;
}

/** Relation applies: a condition for some relations only. */
export const forRelations = (...relations: Relation[]): NonNullable<Condition['applies']> =>
  (_m, _h, _asOf, link) => relations.includes(link?.relation ?? 'own');

/**
 * The relationship gate: with a link, met with the relation as reason; without one, why the member has no
 * family route (by role: a parent or minor child without a holder, an adult child, not family).
 */
export const familyRole = (route: RouteId, cite: string, reasons: Partial<Record<Relation, string>> & { parent: string; minorChild: string }, applies?: Condition['applies']): Condition =>
  define(route, {
    id: 'family-role', cite, kind: 'exclusion', gate: true, reads: ['role', 'birthDate', 'spouseId', 'parentIds'], applies,
    test: (m, h, asOf, link) => {
      if (link && link.relation !== 'own') return metBecause(reasons[link.relation] ?? link.relation);
      // the links say it where they are known (v1.1, or the v1 reading by role)
      if (spouseOf(m, h) || childrenOf(m, h).length) return metBecause(reasons.parent);
      if (parentsOf(m, h).length) return isMinorOn(m, asOf) ? metBecause(reasons.minorChild) : notMet('adult-child');
      if (m.role == null) return unknown;
      if (m.role === 'parent') return metBecause(reasons.parent);
      if (m.role === 'child') return isMinorOn(m, asOf) ? metBecause(reasons.minorChild) : notMet('adult-child');
      return notMet('not-family');
    },
  });

/**
 * A gate: there is a holder whose route is not excluded and, where the permit must come while someone is a
 * minor, does not open only on or after `deadline`.
 */
export const holderGate = (route: RouteId, cite: string, base: Base, deadlineOf: (m: Member, link: Link, asOf: string) => string | null, applies?: Condition['applies']): Condition =>
  define(route, {
    id: 'holder', cite, kind: 'exclusion', gate: true, reads: ['birthDate'], via: route, applies,
    test: (m, h, asOf, link) => {
      if (!link || link.relation === 'own') return notMet('no-holder');
      const b = base(link.holder, h, asOf, link);
      if (b.result === 'excluded') return notMet('holder-excluded');
      const d = deadlineOf(m, link, asOf);
      return d && b.result === 'later' && b.possibleFrom! >= d ? notMet('holder-too-late') : met;
    },
  });

/**
 * The holder's route as a condition: possible → met, later → met-later, missing → not met, unknown →
 * unknown. `notBefore` is a day before which the member's permit cannot come even where the holder's can
 * (the holder must be an adult, say): then met-later on the later of the two.
 */
export const holderRoute = (route: RouteId, cite: string, base: Base, applies?: Condition['applies'], notBefore?: (m: Member, link: Link, asOf: string) => string | null): Condition =>
  define(route, {
    id: 'holder-route', cite, kind: 'condition', reads: [], via: route, applies,
    test: (m, h, asOf, link) => {
      if (!link || link.relation === 'own') return notMet('no-holder');
      const b = base(link.holder, h, asOf, link);
      if (b.result !== 'possible' && b.result !== 'later') return b.result === 'unknown' ? unknown : notMet('holder-missing');
      const from = [b.possibleFrom ?? asOf, notBefore?.(m, link, asOf) ?? asOf].sort().pop()!;
      return from > asOf ? { state: 'met-later', metOn: from } : met;
    },
  });

/**
 * Runs the route once per candidate (and once as the member's own route where `own` is set) and keeps the
 * best; with no candidate and no own route, once without a link (the gates say why). `applyBefore` of a
 * derived result is the candidate's deadline unless `applyBefore` says otherwise.
 */
export function evaluateDerived(
  route: RouteId, conditions: readonly Condition[], member: Member, household: Household, asOf: string,
  candidates: readonly Candidate[], opts: { own?: boolean; ownApplyBefore?: string | null; applyBefore?: (c: Candidate) => string | null } = {},
): RouteEvaluation {
  const runs = candidates.map((c) => ownResultFirst(runRoute(route, conditions, member, household, asOf, { link: c.link, applyBefore: opts.applyBefore ? opts.applyBefore(c) : (c.deadline ?? null) })));
  if (opts.own) runs.unshift(runRoute(route, conditions, member, household, asOf, { link: { holder: member, route, relation: 'own' }, applyBefore: opts.ownApplyBefore ?? null, dependsOn: null }));
  if (!runs.length) return runRoute(route, conditions, member, household, asOf);
  return [...runs].sort((a, b) => standing(a) - standing(b) || (a.possibleFrom ?? '').localeCompare(b.possibleFrom ?? ''))[0];
}

/**
 * Where only the holder's side is unknown while the member's own answers are complete and one of the
 * member's own conditions is not met, the result is the member's own: `missing` (legal reference,
 * 25a-family, "Child under 14: … otherwise the parent's own result"). The holder's unknowns stay on the
 * holder's own route.
 */
function ownResultFirst(e: RouteEvaluation): RouteEvaluation {
  if (e.result !== 'unknown') return e;
  const counted = e.checked.filter((c) => c.condition.kind !== 'authority');
  const own = counted.filter((c) => !c.condition.via);
  const onlyHolderUnknown = own.every((c) => c.state !== 'unknown') && counted.some((c) => c.condition.via && c.state === 'unknown');
  return onlyHolderUnknown && own.some((c) => c.state === 'not-met' && c.condition.kind !== 'exclusion') ? { ...e, result: 'missing' } : e;
}

/**
 * The rank of a candidate's result (possible, later, unknown, missing, excluded), except that an `unknown`
 * that only the holder's side leaves open, while the member's own conditions already fail, ranks after a
 * definite `missing`: the member's own result decides then (legal reference, 25a-family: "otherwise the
 * parent's own result").
 */
const standings = ['possible', 'later', 'unknown', 'missing', 'unknown-own-fails', 'excluded'] as const;
function standing(e: RouteEvaluation): number {
  const ownFails = e.checked.some((c) => !c.condition.via && c.condition.kind !== 'authority' && c.state === 'not-met');
  return standings.indexOf(e.result === 'unknown' && ownFails ? 'unknown-own-fails' : e.result);
}
