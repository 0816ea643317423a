/**
 * evaluate(household, asOf): every route for every member, with each condition's state and citation.
 * Own routes first; derived family routes then read the other members' results.
 */
import { combine, run, type Condition, type ConditionResult, type Ctx, type RouteDefinition } from './conditions';
import type { Evaluation, Household, Member, Result, RouteId } from './schema';
import { route25a } from './routes/r25a';
import { route25b } from './routes/r25b';
import { route25bEmployment } from './routes/r25b-employment';
import { route104c } from './routes/r104c';
import { route16g } from './routes/r16g';
import { route60c } from './routes/r60c';
import { route60d } from './routes/r60d';
import { route19d } from './routes/r19d';
import { route25_5 } from './routes/r25-5';
import { anchorsFor25a, anchorsFor25b, family25aConditions, family25bConditions, type AnchorResult } from './routes/family';

export const ownRoutes: RouteDefinition[] = [route25a, route25b, route25bEmployment, route104c, route16g, route60c, route60d, route19d, route25_5];
export const routeOrder: RouteId[] = ['25a', '25a-family', '25b', '25b-family', '25b-employment', '104c', '16g', '60c', '60d', '19d', '25-5'];

type RouteOut = Evaluation['members'][number]['routes'][number];
const rank: Result[] = ['possible', 'later', 'unknown', 'missing', 'excluded'];

export function conditionsOf(route: RouteDefinition, ctx: Ctx): Condition[] {
  return typeof route.conditions === 'function' ? route.conditions(ctx) : route.conditions;
}

function output(id: RouteId, results: ConditionResult[], applyBefore: string | null, dependsOn: RouteOut['dependsOn']): RouteOut {
  const { result, possibleFrom } = combine(results);
  return {
    id, result, possibleFrom, applyBefore: result === 'excluded' ? null : applyBefore, dependsOn,
    conditions: results.map(({ id: cid, state, cite, note }) => ({ id: cid, state, cite, ...(note ? { note } : {}) })),
  };
}

function derived(id: '25a-family' | '25b-family', ctx: Ctx, anchors: Member[], own: Map<string, Map<RouteId, RouteOut>>): RouteOut {
  const anchorRoute = id === '25a-family' ? '25a' : '25b';
  const build = id === '25a-family' ? family25aConditions : family25bConditions;
  const options = (anchors.length ? anchors : [null]).map((a) => {
    const r = a ? own.get(a.id)!.get(anchorRoute)! : null;
    const anchor: AnchorResult | null = a && r ? { member: a.id, result: r.result, possibleFrom: r.possibleFrom } : null;
    return output(id, run(build(ctx, anchor), ctx), null, a ? { member: a.id, route: anchorRoute } : null);
  });
  return options.sort((x, y) => rank.indexOf(x.result) - rank.indexOf(y.result))[0];
}

/** Evaluates a schema-valid household on `asOf` (YYYY-MM-DD). */
export function evaluate(household: Household, asOf: string = household.asOf ?? today()): Evaluation {
  const own = new Map<string, Map<RouteId, RouteOut>>();
  for (const member of household.members) {
    const ctx = { member, household, asOf };
    const routes = new Map<RouteId, RouteOut>();
    for (const route of ownRoutes) {
      routes.set(route.id, output(route.id, run(conditionsOf(route, ctx), ctx), route.applyBefore?.(ctx) ?? null, null));
    }
    own.set(member.id, routes);
  }
  return {
    asOf,
    members: household.members.map((member) => {
      const ctx = { member, household, asOf };
      const routes = own.get(member.id)!;
      routes.set('25a-family', derived('25a-family', ctx, anchorsFor25a(member, household.members, asOf), own));
      routes.set('25b-family', derived('25b-family', ctx, anchorsFor25b(member, household.members), own));
      return { id: member.id, routes: routeOrder.map((r) => routes.get(r)!) };
    }),
  };
}

function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
