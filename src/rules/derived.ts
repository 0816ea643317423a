/**
 * Derived family routes (25a-family, 25b-family): this member's permit follows a family member's own route.
 * Each candidate holder is tried; the best result wins and is named in `dependsOn`.
 */
import { best, define, met, metBecause, notMet, runRoute, unknown, type Condition, type RouteEvaluation } from './conditions';
import { ageOn, birthdayAt } from './dates';
import type { Household, Member, RouteId } from './schema';

type Evaluate = (member: Member, household: Household, asOf: string) => RouteEvaluation;

export const isMinor = (m: Member, asOf: string) => ageOn(m.birthDate, asOf) < 18;

/**
 * A gate: there is a holder whose route is not excluded and, where the permit must come while someone is a
 * minor, not opening only after `deadline`.
 */
export const holderGate = (route: RouteId, base: RouteId, cite: string, evaluateBase: Evaluate, deadline: (m: Member, holder: Member) => string | null): Condition =>
  define(route, {
    id: 'holder', cite, kind: 'exclusion', gate: true, reads: ['birthDate'], via: base,
    test: (m, h, asOf, holder) => {
      if (!holder) return notMet('no-holder');
      const b = evaluateBase(holder, h, asOf);
      if (b.result === 'excluded') return notMet('holder-excluded');
      const d = deadline(m, holder);
      return d && b.result === 'later' && b.possibleFrom! >= d ? notMet('holder-too-late') : met;
    },
  });

/** The holder's own route as a condition: possible → met, later → met-later, missing → not met, unknown → unknown. */
export const holderRoute = (route: RouteId, base: RouteId, cite: string, evaluateBase: Evaluate): Condition =>
  define(route, {
    id: 'holder-route', cite, kind: 'condition', reads: [], via: base,
    test: (_m, h, asOf, holder) => {
      if (!holder) return notMet('no-holder');
      const b = evaluateBase(holder, h, asOf);
      if (b.result === 'possible') return met;
      if (b.result === 'later') return { state: 'met-later', metOn: b.possibleFrom! };
      return b.result === 'unknown' ? unknown : notMet('holder-missing');
    },
  });

/** Relationship gate: a parent, or a child who is a minor (`accept` gives each its reason key). */
export const familyRole = (route: RouteId, cite: string, accept: { parent: string; minorChild: string }): Condition =>
  define(route, {
    id: 'family-role', cite, kind: 'exclusion', gate: true, reads: ['role', 'birthDate'],
    test: (m, _h, asOf) => {
      if (m.role == null) return unknown;
      if (m.role === 'parent') return metBecause(accept.parent);
      if (m.role === 'child') return isMinor(m, asOf) ? metBecause(accept.minorChild) : notMet('adult-child');
      return notMet('not-family');
    },
  });

/** The 18th birthday: the permit must come while the member (or the holder) is a minor. */
export const eighteenth = (m: Member) => birthdayAt(m.birthDate, 18);

export function evaluateDerived(
  route: RouteId, base: RouteId, conditions: Condition[], member: Member, household: Household, asOf: string,
  candidates: Member[], applyBefore: (holder: Member) => string | null,
): RouteEvaluation {
  if (!candidates.length) return runRoute(route, conditions, member, household, asOf);
  return best(candidates.map((holder) =>
    runRoute(route, conditions, member, household, asOf, { holder, dependsOn: { member: holder.id, route: base }, applyBefore: applyBefore(holder) })));
}
