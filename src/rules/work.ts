/**
 * Conditions of the work and training routes (16g, 60c, 60d, and the notes on 19d, 25b-employment): the
 * bans on work under § 60a Abs. 6 and § 60b Abs. 5, the training itself and the identity deadlines.
 * Country lists and dates come from the parameter file (law.safeCountries, law.workBan, law.training).
 */
import { NOTES } from './notes';
import { authorityBecause, define, met, metBecause, notMet, unknown, unknownBecause, waitUntil, type Condition, type TestResult } from './conditions';
import { addMonths } from './dates';
import { law } from './law';
import type { Member, RouteId } from './schema';

/**
 * § 60a Abs. 6 Satz 1 Nr. 3: a national of a safe country of origin (Annex II to § 29a AsylG) whose asylum
 * application made after 31 August 2015 was rejected or withdrawn, or who made none. Nationals of Georgia
 * and Moldova who were in Germany by 30 August 2023 are not caught (read from entryDate). Stateless: the
 * ground does not apply; nationality unclear: it cannot be judged. A state designated only under § 29b
 * AsylG: 'maybe' (whether it triggers the ban is unverified, U5; today no such state).
 */
export function safeCountryBan(m: Member, asOf: string): 'yes' | 'no' | 'unknown' | 'unclear' | 'maybe' {
  const { annexII, ordinance29b } = law(asOf).safeCountries;
  const { safeCountryAsylumAfter, exemptNationals, exemptIfInGermanyOn } = law(asOf).workBan;
  if (m.nationality == null) return 'unknown';
  if (m.nationality === 'stateless') return 'no';
  if (m.nationality === 'unclear') return 'unclear';
  if (!annexII.includes(m.nationality)) return ordinance29b.includes(m.nationality) ? 'maybe' : 'no';
  let caught: 'yes' | 'no' | 'unknown';
  if (m.asylum == null) caught = 'unknown';
  else if (m.asylum === 'never') caught = 'yes';
  else if (m.asylum === 'pending') caught = 'no';
  else if (m.asylumAppliedOn == null) caught = 'unknown';
  else caught = m.asylumAppliedOn > safeCountryAsylumAfter ? 'yes' : 'no';
  if (caught === 'no' || !exemptNationals.includes(m.nationality)) return caught;
  if (m.entryDate == null) return 'unknown';
  return m.entryDate <= exemptIfInGermanyOn ? 'no' : caught;
}

const safeCountryNote = NOTES &&
  'A withdrawn application counts (the exception for a withdrawal after BAMF counselling or in an unaccompanied minor\'s interest cannot be asked). ' +
  'Annex II unchanged; the § 29b ordinance of 21.01.2026 adds no country (check U5: a § 29b-only state gives unknown). ' +
  'While the asylum procedure runs, § 61 AsylG applies instead (not modelled; GEAS from 12.06.2026, check U7).';

export const noSafeCountryBan = (route: RouteId, applies?: Condition['applies']): Condition =>
  define(route, {
    id: 'no-work-ban-safe-country', cite: '§ 60a Abs. 6 Satz 1 Nr. 3 AufenthG', kind: 'exclusion', applies,
    reads: ['nationality', 'asylum', 'asylumAppliedOn', 'entryDate'], note: safeCountryNote, openPoints: ['U5'],
    test: (m, _h, asOf) => {
      const ban = safeCountryBan(m, asOf);
      if (ban === 'yes') return notMet('safe-country-ban');
      if (ban === 'unclear') return unknownBecause('nationality-unclear');
      if (ban === 'maybe') return unknownBecause('safe-country-29b');
      if (ban === 'unknown') return unknown;
      return m.nationality === 'stateless' ? metBecause('stateless') : met;
    },
  });

/** Nationals of the EU list or an EU candidate country who are not on Annex II (legal reference, EU list). */
export function onEuListOnly(m: Member, asOf: string): boolean {
  const { annexII, euList, euCandidates } = law(asOf).safeCountries;
  return m.nationality != null && !annexII.includes(m.nationality) && (euList.includes(m.nationality) || euCandidates.includes(m.nationality));
}

/**
 * The EU-list note (60c, 60d, 16g, 19d, 25b-employment): "a work ban may follow from the EU list –
 * counselling", without changing the result (its effect on § 60a Abs. 6 is unverified, U6).
 */
export const euListNote = (route: RouteId, applies?: Condition['applies']): Condition =>
  define(route, {
    id: 'eu-safe-country-list', cite: '§ 60a Abs. 6 Satz 1 Nr. 3 AufenthG; Art. 61 Verordnung (EU) 2024/1348', kind: 'authority', reads: ['nationality'], openPoints: ['U6'],
    note: NOTES && 'Shown only for nationals of the EU list (BD, CO, EG, IN, XK, MA, TN) or an EU candidate country not on Annex II (TR), from 12.06.2026; the national list decides the ban.',
    applies: (m, h, asOf, link) => onEuListOnly(m, asOf) && (!applies || applies(m, h, asOf, link)),
    test: () => authorityBecause('eu-list-work-ban'),
  });

/** § 60b Abs. 5 Satz 2: a Duldung for persons with unclear identity always bans work; doing the passport duty ends it. */
export const no60bBan = (route: RouteId, applies?: Condition['applies']): Condition =>
  define(route, {
    id: 'no-work-ban-60b', cite: '§ 60b Abs. 5 Satz 2 AufenthG', kind: 'condition', reads: ['status'], applies,
    test: (m) => (m.status == null ? unknown : m.status === 'duldung-unclear-identity' ? notMet('passport-duty') : met),
  });

/** § 60a Abs. 6 Satz 1 Nr. 2: removal fails for reasons the person is responsible for (own deception): a work ban, excluded. */
export const noOwnFaultBan = (route: RouteId, applies?: Condition['applies']): Condition =>
  define(route, {
    id: 'no-work-ban-own-fault', cite: '§ 60a Abs. 6 Satz 1 Nr. 2 AufenthG', kind: 'exclusion', reads: ['identityDeception'], applies,
    note: NOTES && 'Read from identityDeception (own false statements or deception). Not meeting reasonable passport duties is read from the § 60b status (no-work-ban-60b).',
    test: (m) => (m.identityDeception == null ? unknown : m.identityDeception ? notMet('own-fault-ban') : met),
  });

const inTrainingStates = ['offer', 'contract', 'in-training'];

/** § 60c / § 16g Abs. 1 Nr. 1: a training begun during the asylum procedure continues after a rejection. */
export const trainingBegunWithGestattung = (m: Member): TestResult =>
  m.training?.state === 'in-training' ? metBecause('gestattung-start') : notMet('asylum-pending');

/** A vocational training offered, contracted or under way; a gate: nothing else of the route matters without it. */
export const training = (route: RouteId, cite: string): Condition =>
  define(route, {
    id: 'training', cite, kind: 'condition', gate: true, reads: ['training.state'],
    test: (m) => {
      const s = m.training?.state;
      if (s == null) return unknown;
      return inTrainingStates.includes(s) ? met : notMet(s === 'completed' ? 'training-completed' : 'no-training');
    },
  });

/** Qualified (state-recognised, usually 2+ years); an assistant training only with a confirmed follow-on place (training.followOnPromise, v1.1). */
export const trainingKind = (route: RouteId, cite: string): Condition =>
  define(route, {
    id: 'training-kind', cite, kind: 'condition', reads: ['training.kind', 'training.followOnPromise'],
    note: NOTES && 'An assistant (Helfer) training counts with a confirmed follow-on place for a qualified training in a shortage occupation (Ausbildungsplatzzusage); missing → unknown.',
    test: (m) => {
      const k = m.training?.kind;
      if (k == null) return unknown;
      if (k === 'qualified') return met;
      const promise = m.training?.followOnPromise;
      return promise == null ? unknownBecause('assistant-needs-follow-on') : promise ? metBecause('follow-on-promised') : notMet('assistant-no-follow-on');
    },
  });

/** The application can be made at the earliest 7 months before the training starts (law.training.applyMonthsBeforeStart). */
export const trainingStart = (route: RouteId, cite: string, note?: string | false): Condition =>
  define(route, {
    id: 'training-start', cite, kind: 'time', reads: ['training.state', 'training.startDate'], note, openPoints: ['U2'],
    test: (m, _h, asOf) => {
      if (m.training?.state === 'in-training') return metBecause('training-started');
      const start = m.training?.startDate;
      return start == null ? unknown : waitUntil(addMonths(start, -law(asOf).training.applyMonthsBeforeStart), asOf);
    },
  });

/** Clarified after the deadline: kept where all reasonable steps were taken in time (identityEfforts, v1.1). */
function lateClarification(m: Member): TestResult {
  if (m.identityEfforts === 'in-time') return metBecause('identity-efforts-in-time');
  if (m.identityEfforts === 'late') return authorityBecause('identity-late');
  if (m.identityEfforts === 'none') return notMet('identity-late');
  return unknownBecause('identity-late-efforts');
}

/**
 * § 16g Abs. 2 Nr. 3, § 60c Abs. 2 Nr. 3 (legal reference, 16g): entry by 31.12.2016 → clarified by the
 * application; entry 2017–2019 → by the application, at the latest 30.06.2020; from 2020 → within 6
 * months of entry. Late: see lateClarification (60c: discretion, Abs. 7).
 */
export function identityDeadlineTraining(m: Member, asOf: string): TestResult {
  const t = law(asOf).training;
  if (m.identityClarified == null) return unknown;
  if (!m.identityClarified) return notMet('passport-duty');
  if (m.entryDate == null) return unknown;
  if (m.entryDate <= t.identityEarlyEntryUntil) return met;
  if (m.identityClarifiedOn == null) return unknown;
  const deadline = m.entryDate <= t.identityMiddleEntryUntil ? t.identityMiddleDeadline : addMonths(m.entryDate, t.identityMonthsAfterEntry);
  return m.identityClarifiedOn <= deadline ? met : lateClarification(m);
}

/** § 60d Abs. 1 Nr. 1: entry by 31.12.2016 → clarified by the application; entry 2017–2022 → by 31.12.2024. Late: lateClarification (Abs. 4). */
export function identityDeadline60d(m: Member, asOf: string): TestResult {
  const d = law(asOf).r60d;
  if (m.identityClarified == null) return unknown;
  if (!m.identityClarified) return notMet('passport-duty');
  if (m.entryDate == null) return unknown;
  if (m.entryDate <= d.identityEarlyEntryUntil) return met;
  if (m.identityClarifiedOn == null) return unknown;
  return m.identityClarifiedOn <= d.identityDeadline ? met : lateClarification(m);
}

const identityReads = ['identityClarified', 'identityClarifiedOn', 'entryDate', 'identityEfforts'] as const;

export const identityInTimeTraining = (route: RouteId, cite: string, note?: string | false): Condition =>
  define(route, {
    id: 'identity-in-time', cite, kind: 'condition', reads: identityReads, openPoints: ['U2'], note,
    test: (m, _h, asOf) => identityDeadlineTraining(m, asOf),
  });

export const identityInTime60d = (route: RouteId, cite: string, applies?: Condition['applies']): Condition =>
  define(route, {
    id: 'identity-in-time', cite, kind: 'condition', reads: identityReads, openPoints: ['U2'], applies,
    note: NOTES && 'Clarified late: kept where all necessary and reasonable steps were taken in time (identityEfforts in-time); late steps → the authority (§ 60d Abs. 4); none → not met.',
    test: (m, _h, asOf) => identityDeadline60d(m, asOf),
  });

export { identityReads };
