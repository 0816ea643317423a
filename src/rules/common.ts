/**
 * Conditions shared by several routes, built per route so each carries that route's message key and
 * citation. Missing answers (undefined or null) always give 'unknown', never a guess. Legal numbers come
 * from the parameter file through `law(asOf)` (a picker such as `(l) => l.r25a.duldungMonths`).
 */
import { NOTES } from './notes';
import {
  authority, authorityBecause, define, met, metBecause, notMet, unknown, unknownBecause, waitUntil,
  type Condition, type FieldPath, type Link, type TestResult,
} from './conditions';
import { addMonths, addYears, ageOn, latest, waitingMetOn } from './dates';
import { germanLevels } from './facts';
import { dayAfterPermit, duldungAfterPermit, holderLastDay, holderMode, holderReads, pendingApplication, rulesLastDay } from './holder104c';
import { law, type Law } from './law';
import type { Household, Member, RouteId } from './schema';

type Status = NonNullable<Member['status']>;
type Level = (typeof germanLevels)[number];
/** A legal number read from the parameter file at the evaluation date. */
export type FromLaw<T> = (l: Law) => T;

/** Duldung kinds that count as time with a Duldung (§ 60b does not, § 60b Abs. 5 Satz 1). */
export const toleratedStatuses: readonly Status[] = ['duldung', 'duldung-training', 'duldung-employment'];
export const isTolerated = (s: Member['status']) => s != null && toleratedStatuses.includes(s);
export const levelAtLeast = (have: Level, min: Level) => germanLevels.indexOf(have) >= germanLevels.indexOf(min);

/** The member's own route (no holder): where portal rules and the applicant's own conditions apply. */
export const own = (_m: Member, _h: Household, _asOf: string, link?: Link) => !link || link.relation === 'own';

/** Why a status does not fit, as a reason key. */
const statusReason: Record<Status, string> = {
  'duldung-unclear-identity': 'unclear-identity', 'asylum-pending': 'asylum-pending', 'permit-other': 'other-permit',
  none: 'no-paper', 'permit-104c': 'holds-104c', duldung: 'status', 'duldung-training': 'status', 'duldung-employment': 'status',
};

/** Portal rule, not law (law.general.ownRoutesMinAge): the member's own route starts at 14; younger children go through their parents. */
export const minAge = (route: RouteId, cite: string, note?: string | false): Condition =>
  define(route, {
    id: 'age-min', cite, kind: 'exclusion', gate: true, reads: ['birthDate'], note, applies: own,
    test: (m, _h, asOf) => (ageOn(m.birthDate, asOf) >= law(asOf).general.ownRoutesMinAge ? met : notMet('under-14')),
  });

/** A § 104c permit as the status of 25a/25b while the holder rules carry it (holder104c.ts). */
function holderStatus(m: Member, asOf: string, route: '25a' | '25b'): TestResult {
  const mode = holderMode(m, asOf, route);
  if (mode === 'unknown') return unknown;
  if (mode === 'no') return notMet(asOf >= law(asOf).r104c.holderRulesEnd ? 'holder-rules-ended' : 'permit-ended');
  if (pendingApplication(m, asOf, route) && asOf > holderLastDay(m, asOf)!) return metBecause('application-pending');
  return metBecause('holds-104c');
}

/** Holds a Duldung (not § 60b); optionally a § 104c permit while the holder rules apply, or a Gestattung where `gestattung(m)` allows it. */
export const status = (route: RouteId, cite: string, opts: { permit104c?: '25a' | '25b'; gestattung?: (m: Member) => TestResult } = {}, note?: string | false): Condition =>
  define(route, {
    id: 'status', cite, kind: 'condition', note, openPoints: opts.permit104c ? ['U3'] : undefined,
    reads: ['status', ...(opts.gestattung ? (['training.state'] as const) : []), ...(opts.permit104c ? holderReads : [])],
    test: (m, _h, asOf) => {
      if (m.status == null) return unknown;
      if (isTolerated(m.status)) return met;
      if (opts.permit104c && m.status === 'permit-104c') return holderStatus(m, asOf, opts.permit104c);
      if (opts.gestattung && m.status === 'asylum-pending') return opts.gestattung(m);
      return notMet(statusReason[m.status]);
    },
  });

/**
 * Time with a Duldung (legal reference, Engine conventions): from `duldungSince` (v1.1) to the evaluation
 * date less the § 60b months; without it, from `statusSince` where the status is a counting Duldung (the
 * § 60b months then lie before it). § 25a holders of a § 104c permit: waived while the holder rules carry
 * them; in the `after` reading counted from the day after the permit ends.
 */
export const duldungTime = (route: RouteId, months: FromLaw<number>, cite: string, opts: { holder104c?: '25a'; gestattungMet?: boolean } = {}, note?: string | false): Condition =>
  define(route, {
    id: 'duldung-months', cite, kind: 'time', openPoints: ['U9', ...(opts.holder104c ? (['U3'] as const) : [])],
    reads: ['status', 'statusSince', 'duldungSince', 'unclearIdentityMonths', ...(opts.holder104c ? holderReads : [])],
    note: note ?? (NOTES && 'From duldungSince less the § 60b months; else from statusSince of the current counting Duldung (earlier periods under another kind are not added).'),
    test: (m, _h, asOf) => {
      if (m.status == null) return unknown;
      const n = months(law(asOf));
      if (opts.gestattungMet && m.status === 'asylum-pending') return metBecause('gestattung');
      if (opts.holder104c && m.status === 'permit-104c') {
        const mode = holderMode(m, asOf, opts.holder104c);
        if (mode === 'holder') return metBecause('holds-104c');
        if (mode === 'after') return waitUntil(duldungAfterPermit(m, n), asOf, 'after-104c');
        return mode === 'unknown' ? unknown : notMet('no-duldung');
      }
      if (!isTolerated(m.status)) return notMet(m.status === 'duldung-unclear-identity' ? '60b-not-counted' : 'no-duldung');
      if (m.duldungSince != null) {
        return m.unclearIdentityMonths == null ? unknown : waitUntil(addMonths(m.duldungSince, n + m.unclearIdentityMonths), asOf);
      }
      return m.statusSince == null ? unknown : waitUntil(addMonths(m.statusSince, n), asOf);
    },
  });

type Years = FromLaw<number> | { long: FromLaw<number>; short: FromLaw<number>; shortIf: (m: Member) => boolean | undefined; warn?: (m: Member, h: Household, asOf: string, on: string) => string | undefined };

/**
 * Uninterrupted prior stay from entryDate (legal reference, General terms): months with a § 60b Duldung
 * pause the count (§ 60b Abs. 5 Satz 1), so the date moves back by them. § 104c holders: counted from entry
 * too, the § 60b months counting (not subtracted); a § 104c permit never makes the stay "met". In the
 * `after` reading (reached only after the holder's last day) as for a tolerated person, and for 25b not
 * before the day after the permit ends. `years` may be a shorter and a longer time with the answer that
 * decides between them; the answer is read only when the longer time is not yet met.
 */
export const priorStay = (route: RouteId, years: Years, cite: string, opts: { holder104c?: '25a' | '25b'; extraReads?: readonly FieldPath[] } = {}): Condition =>
  define(route, {
    id: 'stay-years', cite, kind: 'time', openPoints: ['U9', ...(opts.holder104c ? (['U3'] as const) : [])],
    reads: ['status', 'entryDate', 'unclearIdentityMonths', ...(opts.extraReads ?? []), ...(opts.holder104c ? holderReads : [])],
    note: NOTES && 'Paused, not restarted, by § 60b months (check U9); met on the anniversary (check U9). § 104c holders: § 60b months count.',
    test: (m, h, asOf) => {
      if (m.entryDate == null) return unknown;
      const l = law(asOf);
      const mode = opts.holder104c && m.status === 'permit-104c' ? holderMode(m, asOf, opts.holder104c) : 'no';
      const paused = mode === 'holder' ? 0 : m.unclearIdentityMonths;
      if (paused == null) return unknown;
      const on = (n: number) => {
        const d = waitingMetOn(m.entryDate!, n, paused);
        return mode === 'after' && opts.holder104c === '25b' ? latest([d, dayAfterPermit(m)])! : d;
      };
      const reason = mode === 'after' ? 'after-104c' : mode === 'holder' ? 'holds-104c' : undefined;
      if (typeof years === 'function') return waitUntil(on(years(l)), asOf, reason);
      if (on(years.long(l)) <= asOf) return reason ? metBecause(reason) : met;
      const short = years.shortIf(m);
      if (short === undefined) return unknown;
      const date = on(short ? years.short(l) : years.long(l));
      const warning = short ? years.warn?.(m, h, asOf, date) : undefined;
      return waitUntil(date, asOf, warning ?? reason);
    },
  });

/**
 * Identity clarified (§ 5 Abs. 1 Nr. 1a AufenthG): not clarified → not met (the passport/identity step).
 * § 104c holders moving on to 25a/25b (holder rules): not clarified, but all necessary and reasonable steps
 * taken (identityEfforts in-time/late) → the authority decides; none or not answered → not met.
 */
export const identity = (route: RouteId, cite: string, holder104c?: '25a' | '25b'): Condition =>
  define(route, {
    id: 'identity', cite, kind: 'condition', reads: ['identityClarified', ...(holder104c ? (['identityEfforts', ...holderReads] as const) : [])],
    note: NOTES && 'Identity clarified in practice (passport or other proof); if not, the next step is the passport/identity duty.',
    test: (m, _h, asOf) => {
      if (m.identityClarified == null) return unknown;
      if (m.identityClarified) return met;
      if (holder104c && m.status === 'permit-104c' && holderMode(m, asOf, holder104c) === 'holder') {
        return m.identityEfforts === 'in-time' || m.identityEfforts === 'late' ? authorityBecause('holder-identity-efforts') : notMet('passport-duty');
      }
      return notMet('passport-duty');
    },
  });

/** A valid passport (§ 5 Abs. 1 Nr. 4 AufenthG): where it is missing or not answered, the authority weighs an exception (§ 5 Abs. 3 Satz 2). */
export const passportWeighed = (route: RouteId, cite: string): Condition =>
  define(route, {
    id: 'passport', cite, kind: 'authority', reads: ['passport'],
    test: (m) => (m.passport ? met : authorityBecause(m.passport === false ? 'no-passport-weighed' : 'passport-weighed')),
  });

/** German at least at `min` (`german` is the oral level, `germanWritten` the written one: legal reference, German levels). */
export const german = (route: RouteId, min: FromLaw<Level>, cite: string, note?: string | false, id = 'german', field: 'german' | 'germanWritten' = 'german'): Condition =>
  define(route, {
    id, cite, kind: 'condition', reads: [field], note, openPoints: ['U2'],
    test: (m, _h, asOf) => {
      const have = m[field];
      const need = min(law(asOf));
      return have == null ? unknown : levelAtLeast(have, need) ? met : notMet(`${field === 'german' ? 'german' : 'german-written'}-below-${need.toLowerCase()}`);
    },
  });

export const livelihood = (route: RouteId, accepted: readonly NonNullable<Member['livelihood']>[], cite: string, note?: string | false): Condition =>
  define(route, {
    id: 'livelihood', cite, kind: 'condition', reads: ['livelihood'], note,
    test: (m) => (m.livelihood == null ? unknown : accepted.includes(m.livelihood) ? met : notMet(`livelihood-${m.livelihood}`)),
  });

/** Own false statements or deception about identity or nationality (a minor is not excluded for the parents' conduct). */
export const noDeception = (route: RouteId, cite: string): Condition =>
  define(route, {
    id: 'no-identity-deception', cite, kind: 'exclusion', reads: ['identityDeception'],
    test: (m) => (m.identityDeception == null ? unknown : m.identityDeception ? notMet('identity-deception') : met),
  });

/** The 50/90 rule (legal reference, Convictions, first row): `serious` bars, `minor` is as a rule disregarded. */
export const convictions5090 = (m: Member): TestResult =>
  m.convictions == null ? unknown : m.convictions === 'serious' ? notMet('serious-convictions') : met;

/**
 * Where only a serious expulsion interest bars (§ 54 Abs. 1, Abs. 2 Nr. 1–2; legal reference, Convictions,
 * rows 2 and 3, with `convictionSentence`): `minor` → the authority weighs it; `serious` → by the most
 * severe sentence. `mandatory` (25b): the refusal is mandatory; `as-a-rule` (25a, 25-5): refusal as a
 * rule under § 5 Abs. 1 Nr. 2, an exception possible (§ 5 Abs. 3 Satz 2).
 */
export function convictionsWeighed(m: Member, asOf: string, strictness: 'mandatory' | 'as-a-rule'): TestResult {
  if (m.convictions == null) return unknown;
  if (m.convictions === 'none') return met;
  if (m.convictions === 'minor') return authorityBecause('conviction-weighed');
  const s = m.convictionSentence;
  if (s?.kind == null) return unknownBecause('sentence-needed');
  if (s.kind === 'fine') return authorityBecause('conviction-weighed');
  if (s.months == null) return unknownBecause('sentence-needed');
  const { prisonMonths, youthMonths, anySentenceMonths } = law(asOf).convictions;
  const bars = notMet(strictness === 'mandatory' ? 'expulsion-interest' : 'expulsion-interest-as-a-rule');
  if (s.months >= anySentenceMonths) return bars;
  if (s.kind === 'prison') return s.months >= prisonMonths ? bars : authorityBecause('conviction-weighed');
  if (s.months < youthMonths) return authorityBecause('conviction-weighed');
  if (s.suspended == null) return unknownBecause('sentence-needed');
  return s.suspended ? unknownBecause('youth-sentence-suspended') : bars;
}

const convictionsNote = NOTES && 'Contract scale: minor = only fines of at most 50 daily rates in total (90 for offences only foreigners can commit) or juvenile measures that are not a Jugendstrafe (check U4); serious = anything above.';

/** Convictions of the member under the 50/90 rule (kind exclusion). */
export const noSeriousConvictions = (route: RouteId, cite: string, applies?: Condition['applies']): Condition =>
  define(route, {
    id: 'no-serious-convictions', cite, kind: 'exclusion', reads: ['convictions'], note: convictionsNote, openPoints: ['U4'], applies,
    test: (m) => convictions5090(m),
  });

/** Convictions of the member weighed by the sentence (25a, 25b, 25b-family, 25-5). */
export const convictionsBySentence = (route: RouteId, cite: string, strictness: 'mandatory' | 'as-a-rule', applies?: Condition['applies']): Condition =>
  define(route, {
    id: 'no-serious-convictions', cite, kind: 'exclusion', reads: ['convictions', 'convictionSentence.kind', 'convictionSentence.months', 'convictionSentence.suspended'],
    openPoints: ['U4'], applies,
    note: NOTES && `${convictionsNote} By convictionSentence (v1.1): a fine, prison under 6 months or a youth sentence under 1 year → the authority weighs it; prison of 6 months or more, a youth sentence of 1 year or more not suspended, any sentence of 2 years or more → ${strictness === 'mandatory' ? 'mandatory refusal' : 'refusal as a rule, an exception possible (§ 5 Abs. 3 Satz 2)'}; a suspended youth sentence of 1 to under 2 years → unknown (§ 54 Abs. 1 Nr. 1a depends on the offence). Non-criminal grounds of § 54 Abs. 1: the authority.`,
    test: (m, _h, asOf) => convictionsWeighed(m, asOf, strictness),
  });

export const authorityCheck = (route: RouteId, id: string, cite: string, note?: string | false, extra: Partial<Pick<Condition, 'applies' | 'openPoints' | 'reads' | 'test'>> = {}): Condition =>
  define(route, { id, cite, kind: 'authority', reads: [], note, test: () => authority, ...extra });

/** The application deadline of the 27th birthday, for § 25a (law.r25a.applyBeforeAge). */
export const birthday27 = (m: Member, asOf: string) => addYears(m.birthDate, law(asOf).r25a.applyBeforeAge);

export { rulesLastDay };
export { childrenSchool, ownSchool, schoolYears } from './school';
