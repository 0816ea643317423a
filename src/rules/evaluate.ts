/**
 * evaluate(household, asOf): every route (contract order) for every member, with each condition's state
 * and citation. Pure: no I/O, no clock unless asOf is missing everywhere.
 */
import type { Route, RouteEvaluation } from './conditions';
import { todayIso } from './dates';
import type { Evaluation, Household, Member, RouteId } from './schema';
import { route25a } from './routes/r25a';
import { route25aFamily } from './routes/r25a-family';
import { route25b } from './routes/r25b';
import { route25bFamily } from './routes/r25b-family';
import { route25bEmployment } from './routes/r25b-employment';
import { route104c } from './routes/r104c';
import { route16g } from './routes/r16g';
import { route60c } from './routes/r60c';
import { route60d } from './routes/r60d';
import { route19d } from './routes/r19d';
import { route25_5 } from './routes/r25-5';

type RouteOut = Evaluation['members'][number]['routes'][number];

/** The contract's shape: conditions as { id, state, cite } plus metOn / reason where there is one. */
export function toOutput(e: RouteEvaluation): RouteOut {
  return {
    id: e.id,
    result: e.result,
    possibleFrom: e.possibleFrom,
    applyBefore: e.applyBefore,
    conditions: e.checked.map((c) => ({
      id: c.condition.id, state: c.state, cite: c.condition.cite,
      ...(c.metOn && c.state === 'met-later' ? { metOn: c.metOn } : {}),
      ...(c.reason ? { reason: c.reason } : {}),
    })),
    dependsOn: e.dependsOn,
  };
}

/** All routes in the contract's order. */
export const routes: readonly Route[] = [route25a, route25aFamily, route25b, route25bFamily, route25bEmployment, route104c, route16g, route60c, route60d, route19d, route25_5];
export const routeOrder: RouteId[] = routes.map((r) => r.id);

/** One member's routes with the condition objects kept (for relevance, plans and tests). */
export function evaluateMember(member: Member, household: Household, asOf: string): RouteEvaluation[] {
  return routes.map((r) => r.evaluate(member, household, asOf));
}

/**
 * Evaluates a schema-valid household. The date is `asOf`, else `household.asOf`, else today (local).
 * @example evaluate(household, '2026-11-28').members[0].routes.find((r) => r.id === '25b')?.result // 'possible'
 */
export function evaluate(household: Household, asOf: string = household.asOf ?? todayIso()): Evaluation {
  return {
    asOf,
    members: household.members.map((m) => ({ id: m.id, routes: evaluateMember(m, household, asOf).map(toOutput) })),
  };
}
