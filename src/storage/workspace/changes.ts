/**
 * What changed in the evaluation between two meetings, person by person: a route whose result changed
 * ("Amir: § 25b now possible; before: livelihood missing"), a new or changed application deadline, people
 * added or gone. Pure: two evaluations in, a list out (message keys and ids only; the page words it).
 */
import type { Evaluation, Result, RouteId } from '../../rules/schema';

type RouteResult = Evaluation['members'][number]['routes'][number];

/** A condition that holds a route back: not met, or not known yet. */
export interface Open { route: RouteId; condition: string; state: 'not-met' | 'unknown' }

export type Change =
  | { kind: 'member-added'; member: string }
  | { kind: 'member-removed'; member: string }
  | {
      kind: 'route'; member: string; route: RouteId;
      before: Result; after: Result;
      /** What held the route back before and what does now (a "later" carries its date instead). */
      openBefore: Open[]; openAfter: Open[];
      fromBefore: string | null; fromAfter: string | null;
    }
  | { kind: 'deadline'; member: string; route: RouteId; before: string | null; after: string | null };

const openOf = (r: RouteResult): Open[] =>
  r.conditions.filter((c) => c.state === 'not-met' || c.state === 'unknown').map((c) => ({ route: r.id, condition: c.id, state: c.state as Open['state'] }));

/**
 * @example changesBetween(evaluate(atLastMeeting, '2026-09-01'), evaluate(now, '2026-12-06'))
 *   // => [{ kind: 'route', member: 'p1', route: '25b', before: 'missing', after: 'possible', openBefore: [{ route: '25b', condition: 'livelihood', state: 'not-met' }], … }]
 */
export function changesBetween(before: Evaluation, after: Evaluation): Change[] {
  const out: Change[] = [];
  const earlier = new Map(before.members.map((m) => [m.id, m]));
  const now = new Set(after.members.map((m) => m.id));
  for (const m of after.members) {
    const then = earlier.get(m.id);
    if (!then) {
      out.push({ kind: 'member-added', member: m.id });
      continue;
    }
    const thenRoutes = new Map(then.routes.map((r) => [r.id, r]));
    for (const r of m.routes) {
      const b = thenRoutes.get(r.id);
      if (!b) continue;
      if (b.result !== r.result || (r.result === 'later' && b.possibleFrom !== r.possibleFrom)) {
        out.push({ kind: 'route', member: m.id, route: r.id, before: b.result, after: r.result, openBefore: openOf(b), openAfter: openOf(r), fromBefore: b.possibleFrom, fromAfter: r.possibleFrom });
      }
      // a deadline that appears, moves or goes away, on a route that has not dropped out
      if (b.applyBefore !== r.applyBefore && !(r.result === 'excluded' && b.result === 'excluded')) {
        out.push({ kind: 'deadline', member: m.id, route: r.id, before: b.applyBefore, after: r.applyBefore });
      }
    }
  }
  for (const m of before.members) if (!now.has(m.id)) out.push({ kind: 'member-removed', member: m.id });
  return out;
}

/** Better first: how the workspace sorts a person's changes (a route that now fits before one that closed). */
const goodness: Result[] = ['possible', 'later', 'unknown', 'missing', 'excluded'];
export const improved = (c: Extract<Change, { kind: 'route' }>) => goodness.indexOf(c.after) < goodness.indexOf(c.before);
