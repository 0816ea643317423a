/**
 * Route evaluations cached per (household, member, route, date, variant): derived routes evaluate the
 * holder's route for every candidate, 104c evaluates five routes, 25b-employment evaluates 60d — without
 * a cache a case manager's list of families is evaluated many times over. Households are values: the
 * cache lives as long as the household object (a changed answer is a new household, as in relevance.ts).
 */
import type { RouteEvaluation } from './conditions';
import type { Household, Member } from './schema';

const store = new WeakMap<Household, WeakMap<Member, Map<string, RouteEvaluation>>>();

export function cached(household: Household, member: Member, key: string, compute: () => RouteEvaluation): RouteEvaluation {
  let byMember = store.get(household);
  if (!byMember) store.set(household, (byMember = new WeakMap()));
  let byKey = byMember.get(member);
  if (!byKey) byMember.set(member, (byKey = new Map()));
  let hit = byKey.get(key);
  if (!hit) byKey.set(key, (hit = compute()));
  return hit;
}
