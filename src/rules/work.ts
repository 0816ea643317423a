/**
 * Conditions of the work and training routes (16g, 60c, 60d): the bans on work under § 60a Abs. 6 and
 * § 60b Abs. 5, the training itself and the identity deadlines.
 */
import { NOTES } from './notes';
import { define, met, metBecause, notMet, unknown, waitUntil, type Condition, type TestResult } from './conditions';
import { addMonths } from './dates';
import type { Member, RouteId } from './schema';

/**
 * § 29a AsylG Annex II as given in the legal reference (2026-11-28): the EU member states plus Albania,
 * Bosnia and Herzegovina, Georgia, Ghana, Kosovo, Moldova, Montenegro, North Macedonia, Senegal, Serbia.
 */
export const safeCountries: ReadonlySet<string> = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE AL BA GE GH XK MD ME MK SN RS'.split(' '),
);

/**
 * § 60a Abs. 6 Satz 1 Nr. 3: a national of a safe country of origin whose asylum application made after
 * 31 August 2015 was rejected or withdrawn, or who made none. Nationals of Georgia and Moldova who entered
 * on or before 30 August 2023 are not caught. 'yes' | 'no' | 'unknown'.
 */
export function safeCountryBan(m: Member): 'yes' | 'no' | 'unknown' {
  if (m.nationality == null) return 'unknown';
  if (!safeCountries.has(m.nationality)) return 'no';
  let caught: 'yes' | 'no' | 'unknown';
  if (m.asylum == null) caught = 'unknown';
  else if (m.asylum === 'never') caught = 'yes';
  else if (m.asylum === 'pending') caught = 'no';
  else if (m.asylumAppliedOn == null) caught = 'unknown';
  else caught = m.asylumAppliedOn > '2015-08-31' ? 'yes' : 'no';
  if (caught === 'no' || (m.nationality !== 'GE' && m.nationality !== 'MD')) return caught;
  if (m.entryDate == null) return 'unknown';
  return m.entryDate <= '2023-08-30' ? 'no' : caught;
}

const safeCountryNote =
  'A withdrawn application counts (the exception for withdrawal on advice/after counselling cannot be asked). ' +
  '(check) whether further countries (e.g. Algeria, India, Morocco, Tunisia) were added to Annex II in 2025/2026; ' +
  'the list of the legal reference is used. While the asylum procedure runs, § 61 AsylG applies instead (not modelled).';

export const noSafeCountryBan = (route: RouteId): Condition =>
  define(route, {
    id: 'no-work-ban-safe-country', cite: '§ 60a Abs. 6 Satz 1 Nr. 3 AufenthG', kind: 'exclusion',
    reads: ['nationality', 'asylum', 'asylumAppliedOn', 'entryDate'], note: safeCountryNote,
    test: (m) => ({ yes: notMet('safe-country-ban'), no: met, unknown }[safeCountryBan(m)]),
  });

/** § 60b Abs. 5 Satz 2: a Duldung for persons with unclear identity always bans work; doing the passport duty ends it. */
export const no60bBan = (route: RouteId): Condition =>
  define(route, {
    id: 'no-work-ban-60b', cite: '§ 60b Abs. 5 Satz 2 AufenthG', kind: 'condition', reads: ['status'],
    test: (m) => (m.status == null ? unknown : m.status === 'duldung-unclear-identity' ? notMet('passport-duty') : met),
  });

/** § 60a Abs. 6 Satz 1 Nr. 2: removal fails for reasons the person is responsible for (here: deception). */
export const noOwnFaultBan = (route: RouteId): Condition =>
  define(route, {
    id: 'no-work-ban-own-fault', cite: '§ 60a Abs. 6 Satz 1 Nr. 2 AufenthG', kind: 'condition', reads: ['identityDeception'],
    note: NOTES && 'Read from identityDeception. Shown as missing, not excluded: the ban ends once the person stops the deception and cooperates; the authority decides.',
    test: (m) => (m.identityDeception == null ? unknown : m.identityDeception ? notMet('own-fault') : met),
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

/** Qualified (state-recognised, usually 2+ years); an assistant training only with a confirmed follow-on. */
export const trainingKind = (route: RouteId, cite: string): Condition =>
  define(route, {
    id: 'training-kind', cite, kind: 'condition', reads: ['training.kind'],
    note: NOTES && 'An assistant (Helfer) training counts only with a confirmed follow-on qualified training in a shortage occupation, which the portal cannot tell: unknown, ask counselling.',
    test: (m) => {
      const k = m.training?.kind;
      if (k == null) return unknown;
      return k === 'qualified' ? met : { state: 'unknown', reason: 'assistant-needs-follow-on' };
    },
  });

/** The application can be made at most 7 months before the training starts. */
export const trainingStart = (route: RouteId, cite: string, note?: string | false): Condition =>
  define(route, {
    id: 'training-start', cite, kind: 'time', reads: ['training.state', 'training.startDate'], note,
    test: (m, _h, asOf) => {
      if (m.training?.state === 'in-training') return metBecause('training-started');
      const start = m.training?.startDate;
      return start == null ? unknown : waitUntil(addMonths(start, -7), asOf);
    },
  });

const identityLateNote =
  'A later clarification counts where the person took every reasonable step in time and is not responsible for the delay; the authority decides, so the portal shows it as not met (stricter reading).';

/**
 * § 60c Abs. 2 Nr. 3 as the legal reference reads it: entry before 1 January 2017 → identity clarified by
 * 30 June 2020; later entry → within 6 months of entry.
 */
export const identityInTime60c = (route: RouteId, cite: string): Condition =>
  define(route, {
    id: 'identity-in-time', cite, kind: 'condition', reads: ['identityClarified', 'identityClarifiedOn', 'entryDate'],
    note: NOTES && `${identityLateNote} The law text (as quoted in legal databases) has a) entry until 2016: by the application, b) entry 2017–2019: by 30 June 2020 at the latest, c) entry from 2020: within 6 months; the reference's stricter deadlines are used (check).`,
    test: (m) => {
      if (m.identityClarified == null) return unknown;
      if (!m.identityClarified) return notMet('passport-duty');
      if (m.identityClarifiedOn == null || m.entryDate == null) return unknown;
      const deadline = m.entryDate < '2017-01-01' ? '2020-06-30' : addMonths(m.entryDate, 6);
      return m.identityClarifiedOn <= deadline ? met : notMet('identity-late');
    },
  });

/** § 60d Abs. 1 Nr. 1: entry until 2016 → clarified (by the application); entry 2017–2022 → by 31 December 2024. */
export const identityInTime60d = (route: RouteId, cite: string): Condition =>
  define(route, {
    id: 'identity-in-time', cite, kind: 'condition', reads: ['identityClarified', 'identityClarifiedOn', 'entryDate'], note: identityLateNote,
    test: (m) => {
      if (m.identityClarified == null) return unknown;
      if (!m.identityClarified) return notMet('passport-duty');
      if (m.entryDate == null) return unknown;
      if (m.entryDate < '2017-01-01') return met;
      if (m.identityClarifiedOn == null) return unknown;
      return m.identityClarifiedOn <= '2024-12-31' ? met : notMet('identity-late');
    },
  });
