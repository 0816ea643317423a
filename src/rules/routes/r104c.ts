// § 104c AufenthG — opportunity residence right (legal reference, "104c — opportunity residence right and
// its end"): no new permits since 01.01.2026; existing permits run to their end and can be extended only as a
// § 25a or § 25b permit. For holders: the best way on among 25a, 25a-family, 25b, 25b-family and
// 25b-employment (possible, later, unknown, missing, excluded; a "later" after the holder's last day counts
// as excluded: the holder rules end first), named in dependsOn; apply before the earlier of the permit's end
// and 01.07.2027 (the holder rules end after 30.06.2027, check U3). Permit ended or rules ended: excluded,
// unless a 25a/25b application filed in time is pending (§ 81 Abs. 4): then that route's result.
import { NOTES } from '../notes';
import { define, met, metBecause, notMet, rank, runRoute, unknown, type Condition, type Route, type RouteEvaluation } from '../conditions';
import { cached } from '../cache';
import { holderLastDay, pendingApplication } from '../holder104c';
import { law } from '../law';
import type { Household, Member, RouteId } from '../schema';
import { evaluate as evaluate25a } from './r25a';
import { evaluate as evaluate25aFamily } from './r25a-family';
import { evaluate as evaluate25b } from './r25b';
import { evaluate as evaluate25bFamily } from './r25b-family';
import { evaluate as evaluate25bEmployment } from './r25b-employment';

const R = '104c';
const onward: readonly [RouteId, typeof evaluate25a][] = [
  ['25a', evaluate25a], ['25a-family', evaluate25aFamily], ['25b', evaluate25b], ['25b-family', evaluate25bFamily], ['25b-employment', evaluate25bEmployment],
];

const holds = define(R, {
  id: 'holds-104c', cite: '§ 104c Abs. 1 AufenthG', kind: 'exclusion', gate: true, reads: ['status'],
  note: NOTES && 'Applications were possible until 31.12.2025 (law.r104c.newPermitsUntil); no new permits, extension or successor since 01.01.2026.',
  test: (m) => (m.status == null ? unknown : m.status === 'permit-104c' ? met : notMet('no-new-104c')),
});

const running = define(R, {
  id: 'permit-running', cite: '§ 104c Abs. 1 AufenthG', kind: 'exclusion', gate: true, reads: ['permit104cUntil', 'applications'],
  note: NOTES && 'Granted for 18 months, not extendable as such ("no extension – counselling"); a 25a/25b application filed by the permit\'s end keeps it in force until the decision (§ 81 Abs. 4).',
  test: (m, _h, asOf) => {
    if (m.permit104cUntil == null) return unknown;
    if (asOf <= m.permit104cUntil) return met;
    return pendingApplication(m, asOf) ? metBecause('application-pending') : notMet('permit-ended');
  },
});

const rulesInForce = define(R, {
  id: 'holder-rules', cite: '§ 25a Abs. 1 Satz 1, § 25b Abs. 1 Satz 1 AufenthG; Art. 5 Nr. 2, 3 Chancen-Aufenthaltsrechtsgesetz', kind: 'exclusion', gate: true,
  reads: ['permit104cUntil', 'applications'], openPoints: ['U3'],
  note: NOTES && 'The holder rules apply until 30.06.2027 (entry into force of the repeal postponed to 01.07.2027; amending act not seen, check U3). From 01.07.2027 excluded, save a 25a/25b application filed by 30.06.2027 (whether it keeps the holder rules when decided later is not settled: apply early).',
  test: (m, _h, asOf) => (asOf < law(asOf).r104c.holderRulesEnd ? met : pendingApplication(m, asOf) ? metBecause('application-pending') : notMet('holder-rules-ended')),
});

/** The best way on, and its result as route 104c reads it: a "later" after the holder's last day counts as excluded. */
function bestOnward(m: Member, h: Household, asOf: string): { best: RouteEvaluation; effective: RouteEvaluation['result'] } {
  const pending = pendingApplication(m, asOf);
  const last = holderLastDay(m, asOf);
  const sameKind = (id: RouteId) => !pending || id === pending.route || id === (pending.route.startsWith('25a') ? '25a' : '25b');
  const effective = (e: RouteEvaluation) => (e.result === 'later' && last && !pending && e.possibleFrom! > last ? 'excluded' : e.result);
  const list = onward.filter(([id]) => sameKind(id)).map(([, e]) => e(m, h, asOf));
  const best = [...list].sort((a, b) => rank.indexOf(effective(a)) - rank.indexOf(effective(b)) || rank.indexOf(a.result) - rank.indexOf(b.result) || (a.possibleFrom ?? '').localeCompare(b.possibleFrom ?? ''))[0];
  return { best, effective: effective(best) };
}

const onwardOpen = define(R, {
  id: 'next-route-open', cite: '§ 104c AufenthG, §§ 25a, 25b AufenthG', kind: 'exclusion', gate: true, reads: [], via: R, openPoints: ['U3'],
  test: (m, h, asOf) => {
    const { best, effective } = bestOnward(m, h, asOf);
    if (effective !== 'excluded') return met;
    return notMet(best.result === 'excluded' ? 'no-next-route' : 'holder-rules-end-first');
  },
});

const onwardRoute = define(R, {
  id: 'next-route', cite: '§ 104c AufenthG, §§ 25a, 25b AufenthG', kind: 'condition', reads: [], via: R,
  note: NOTES && 'The result of the best way on (reason via-<route>); its own conditions are listed on that route.',
  test: (m, h, asOf) => {
    const b = bestOnward(m, h, asOf).best;
    const reason = `via-${b.id}`;
    if (b.result === 'possible') return metBecause(reason);
    if (b.result === 'later') return { state: 'met-later', metOn: b.possibleFrom!, reason };
    return b.result === 'unknown' ? { state: 'unknown', reason } : notMet(reason);
  },
});

export const conditions: Condition[] = [holds, running, rulesInForce, onwardOpen, onwardRoute];

/** applyBefore: the earlier of the permit's end and 01.07.2027 (none while an application is pending). */
export function evaluate(member: Member, household: Household, asOf: string) {
  return cached(household, member, `${R}|${asOf}`, () => {
    const until = member.permit104cUntil ?? null;
    const pending = member.status === 'permit-104c' && pendingApplication(member, asOf);
    const applyBefore = until && !pending ? [until, law(asOf).r104c.holderRulesEnd].sort()[0] : null;
    const e = runRoute(R, conditions, member, household, asOf, { applyBefore });
    const named = e.checked.some((c) => c.condition === onwardRoute) ? bestOnward(member, household, asOf).best.id : null;
    return { ...e, dependsOn: named ? { member: member.id, route: named } : null };
  });
}

export const route104c: Route = { id: R, conditions, evaluate };
