/**
 * Conditions shared by several routes, built per route so each carries that route's message key and
 * citation. Missing answers (undefined or null) always give 'unknown', never a guess.
 */
import { NOTES } from './notes';
import { authority, define, met, metBecause, notMet, unknown, waitUntil, type Condition, type FieldPath, type TestResult } from './conditions';
import { addMonths, ageOn, waitingMetOn } from './dates';
import type { Member, RouteId } from './schema';

type Status = NonNullable<Member['status']>;
export const toleratedStatuses: readonly Status[] = ['duldung', 'duldung-training', 'duldung-employment'];
export const isTolerated = (s: Member['status']) => s != null && toleratedStatuses.includes(s);
const germanOrder = ['none', 'A1', 'A2', 'B1', 'B2', 'C1'] as const;

/** Why a status does not fit, as a reason key. */
const statusReason: Record<Status, string> = {
  'duldung-unclear-identity': 'unclear-identity', 'asylum-pending': 'asylum-pending', 'permit-other': 'other-permit',
  none: 'no-paper', 'permit-104c': 'holds-104c', duldung: 'status', 'duldung-training': 'status', 'duldung-employment': 'status',
};

/** Portal rule: the route is for people of at least `years` (younger children go through their parents). */
export const minAge = (route: RouteId, years: number, cite: string, note?: string | false): Condition =>
  define(route, {
    id: 'age-min', cite, kind: 'exclusion', gate: true, reads: ['birthDate'], note,
    test: (m, _h, asOf) => (ageOn(m.birthDate, asOf) >= years ? met : notMet(`under-${years}`)),
  });

/** Holds a Duldung (not § 60b); optionally a § 104c permit, or a Gestattung where `gestattung(m)` allows it. */
export const status = (route: RouteId, cite: string, opts: { permit104c?: boolean; gestattung?: (m: Member) => TestResult } = {}, note?: string | false): Condition =>
  define(route, {
    id: 'status', cite, kind: 'condition', reads: ['status', ...(opts.gestattung ? (['training.state'] as const) : [])], note,
    test: (m) => {
      if (m.status == null) return unknown;
      if (isTolerated(m.status) || (opts.permit104c && m.status === 'permit-104c')) return met;
      if (opts.gestattung && m.status === 'asylum-pending') return opts.gestattung(m);
      return notMet(statusReason[m.status]);
    },
  });

/** Has held a Duldung (§ 60b not counting) for `months`, counted from statusSince of the current status. */
export const duldungMonths = (route: RouteId, months: number, cite: string, opts: { permit104c?: boolean; gestattungMet?: boolean } = {}, note?: string | false): Condition =>
  define(route, {
    id: 'duldung-months', cite, kind: 'time', reads: ['status', 'statusSince'],
    note: note ?? (NOTES && 'Counted from statusSince, the start of the current status: earlier Duldung periods under another kind are not added (stricter reading).'),
    test: (m, _h, asOf) => {
      if (m.status == null) return unknown;
      if (opts.gestattungMet && m.status === 'asylum-pending') return metBecause('gestattung');
      if (!isTolerated(m.status) && !(opts.permit104c && m.status === 'permit-104c')) {
        return notMet(m.status === 'duldung-unclear-identity' ? '60b-not-counted' : 'no-duldung');
      }
      return m.statusSince == null ? unknown : waitUntil(addMonths(m.statusSince, months), asOf);
    },
  });

/**
 * Uninterrupted prior stay from entryDate; months with a § 60b Duldung pause the count (§ 60b Abs. 5 Satz 1),
 * so the date moves back by them. Holders of a § 104c permit meet it while the permit runs. `years` may be
 * a shorter and a longer time with the answer that decides between them; the answer is read only when the
 * longer time is not yet met.
 */
export const priorStay = (
  route: RouteId, years: number | { long: number; short: number; shortIf: (m: Member) => boolean | undefined }, cite: string, extraReads: readonly FieldPath[] = [],
): Condition =>
  define(route, {
    id: 'stay-years', cite, kind: 'time', reads: ['status', 'entryDate', 'unclearIdentityMonths', ...extraReads],
    note: NOTES && 'Paused, not restarted, by § 60b months (project reading, to be confirmed by counselling); met on the anniversary.',
    test: (m, _h, asOf) => {
      if (m.status === 'permit-104c') return metBecause('holds-104c');
      if (m.entryDate == null || m.unclearIdentityMonths == null) return unknown;
      const on = (n: number) => waitingMetOn(m.entryDate!, n, m.unclearIdentityMonths!);
      if (typeof years === 'number') return waitUntil(on(years), asOf);
      if (on(years.long) <= asOf) return met;
      const short = years.shortIf(m);
      return short === undefined ? unknown : waitUntil(on(short ? years.short : years.long), asOf);
    },
  });

export const identity = (route: RouteId, cite: string): Condition =>
  define(route, {
    id: 'identity', cite, kind: 'condition', reads: ['identityClarified'],
    note: NOTES && 'Identity clarified in practice (passport or other proof); if not, the next step is the passport/identity duty.',
    test: (m) => (m.identityClarified == null ? unknown : m.identityClarified ? met : notMet('passport-duty')),
  });

export const german = (route: RouteId, min: 'A2' | 'B1', cite: string, note?: string | false): Condition =>
  define(route, {
    id: 'german', cite, kind: 'condition', reads: ['german'], note,
    test: (m) => (m.german == null ? unknown : germanOrder.indexOf(m.german) >= germanOrder.indexOf(min) ? met : notMet(`german-below-${min.toLowerCase()}`)),
  });

export const livelihood = (route: RouteId, accepted: readonly NonNullable<Member['livelihood']>[], cite: string, note?: string | false): Condition =>
  define(route, {
    id: 'livelihood', cite, kind: 'condition', reads: ['livelihood'], note,
    test: (m) => (m.livelihood == null ? unknown : accepted.includes(m.livelihood) ? met : notMet(`livelihood-${m.livelihood}`)),
  });

export const noDeception = (route: RouteId, cite: string): Condition =>
  define(route, {
    id: 'no-identity-deception', cite, kind: 'exclusion', reads: ['identityDeception'],
    test: (m) => (m.identityDeception == null ? unknown : m.identityDeception ? notMet('identity-deception') : met),
  });

export const noSeriousConvictions = (route: RouteId, cite: string): Condition =>
  define(route, {
    id: 'no-serious-convictions', cite, kind: 'exclusion', reads: ['convictions'],
    note: NOTES && 'Serious: a sentence above 50 daily rates (90 for offences only foreigners can commit).',
    test: (m) => (m.convictions == null ? unknown : m.convictions === 'serious' ? notMet('serious-convictions') : met),
  });

export const authorityCheck = (route: RouteId, id: string, cite: string, note?: string | false): Condition =>
  define(route, { id, cite, kind: 'authority', reads: [], note, test: () => authority });

export { childrenSchool, ownSchool, schoolYears } from './school';
