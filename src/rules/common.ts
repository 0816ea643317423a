/**
 * Conditions shared by several routes, built per route so each carries that route's citation.
 */
import { addMonths, ageOn, birthdayAt, waitingMetOn } from './dates';
import { authority, bool, later, met, notMet, unknown, type Condition, type Ctx, type Outcome } from './conditions';
import type { Member } from './schema';

export const toleratedStatuses = ['duldung', 'duldung-training', 'duldung-employment'] as const;
const germanOrder = ['none', 'A1', 'A2', 'B1', 'B2', 'C1'] as const;

/** § 29a AsylG Annex II: EU member states and the listed states (legal reference, as of 2026-11-28). */
export const safeCountries = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE AL BA GE GH XK MD ME MK SN RS'.split(' '),
);

export function isTolerated(status: Member['status']): boolean | undefined {
  if (status === undefined) return undefined;
  return (toleratedStatuses as readonly string[]).includes(status);
}

export const germanAtLeast = (level: Member['german'], min: (typeof germanOrder)[number]) =>
  level === undefined ? undefined : germanOrder.indexOf(level) >= germanOrder.indexOf(min);

export function tolerated(cite: string, opts: { acceptPermit104c?: boolean; acceptGestattung?: boolean } = {}): Condition {
  return {
    id: 'status-duldung', cite, kind: 'condition', reads: ['status'],
    test: ({ member: m }) => {
      if (m.status === undefined) return unknown;
      if (opts.acceptPermit104c && m.status === 'permit-104c') return met;
      if (opts.acceptGestattung && m.status === 'asylum-pending') return met;
      return isTolerated(m.status) ? met : notMet;
    },
  };
}

/** A waiting time with a Duldung counted from `statusSince`; a § 60b Duldung does not count. */
export function duldungFor(id: string, months: number, cite: string, opts: { acceptPermit104c?: boolean } = {}): Condition {
  return {
    id, cite, kind: 'time', reads: ['status', 'statusSince'],
    note: 'Counted from statusSince (current uninterrupted status).',
    test: ({ member: m, asOf }) => {
      if (m.status === undefined) return unknown;
      if (opts.acceptPermit104c && m.status === 'permit-104c') return met;
      if (!isTolerated(m.status)) return notMet;
      if (!m.statusSince) return unknown;
      const on = addMonths(m.statusSince, months);
      return on <= asOf ? met : later(on);
    },
  };
}

/** Prior uninterrupted stay from `entryDate`; months with a § 60b Duldung pause the count (§ 60b Abs. 5 Satz 1). */
export function priorStay(id: string, years: number | ((ctx: Ctx) => number | undefined), cite: string, opts: { permit104cCounts?: boolean } = {}): Condition {
  return {
    id, cite, kind: 'time', reads: ['entryDate', 'unclearIdentityMonths', 'status'],
    note: 'Months with a Duldung for persons with unclear identity (§ 60b) pause the count; the waiting time is met on the anniversary.',
    test: (ctx) => {
      const m = ctx.member;
      if (opts.permit104cCounts && m.status === 'permit-104c') return met;
      if (!m.entryDate || m.unclearIdentityMonths === undefined) return unknown;
      const n = typeof years === 'number' ? years : years(ctx);
      if (n === undefined) {
        // The 4-year rule may apply: met only if even the longer 6-year time is met.
        const on6 = waitingMetOn(m.entryDate, 6, m.unclearIdentityMonths);
        return on6 <= ctx.asOf ? met : unknown;
      }
      const on = waitingMetOn(m.entryDate, n, m.unclearIdentityMonths);
      return on <= ctx.asOf ? met : later(on);
    },
  };
}

export const noDeception = (cite: string): Condition => ({
  id: 'no-identity-deception', cite, kind: 'exclusion', reads: ['identityDeception'],
  test: ({ member: m }) => bool(m.identityDeception, notMet, met),
});

export const noSeriousConvictions = (cite: string): Condition => ({
  id: 'no-serious-convictions', cite, kind: 'exclusion', reads: ['convictions'],
  note: 'Serious: a sentence above 50 daily rates (90 for offences only foreigners can commit).',
  test: ({ member: m }) => (m.convictions === undefined ? unknown : m.convictions === 'serious' ? notMet : met),
});

export const identityClarified = (cite: string): Condition => ({
  id: 'identity-clarified', cite, kind: 'condition', reads: ['identityClarified'],
  test: ({ member: m }) => bool(m.identityClarified, met, notMet),
});

export const germanLevel = (id: string, min: 'A2' | 'B1', cite: string): Condition => ({
  id, cite, kind: 'condition', reads: ['german'],
  test: ({ member: m }) => bool(germanAtLeast(m.german, min), met, notMet),
});

export const authorityCheck = (id: string, cite: string, note?: string): Condition => ({
  id, cite, kind: 'authority', reads: [], ...(note ? { note } : {}), test: () => authority,
});

/**
 * Portal rule, not law: a route for work or training does not apply to young children yet; reported as
 * excluded so that no child is asked about work. Checked again when the child is older.
 */
export const minimumAge = (years: number, cite: string): Condition => ({
  id: 'age', cite, kind: 'exclusion', reads: [],
  note: `Portal rule: under ${years} this route does not apply yet.`,
  test: ({ member: m, asOf }) => (ageOn(m.birthDate, asOf) >= years ? met : notMet),
});

/** § 25b Abs. 1 Satz 2 Nr. 5 / § 60d Abs. 1 Nr. 10: school-age children of the household actually attend school. */
export const childrenAttendSchool = (cite: string): Condition => ({
  id: 'children-school', cite, kind: 'condition', reads: [],
  note: 'School age read as 6 to 17 (NRW compulsory schooling, § 34 SchulG NRW); children are the household\'s child members.',
  test: ({ member, household, asOf }) => {
    const kids = household.members.filter((k) => k.id !== member.id && k.role === 'child' && ageOn(k.birthDate, asOf) >= 6 && ageOn(k.birthDate, asOf) < 18);
    const states = kids.map((k) => k.school?.attending);
    if (states.some((s) => s === false)) return notMet;
    if (states.some((s) => s === undefined)) return unknown;
    return met;
  },
});

/** Whether this member lives with an unmarried minor child: the answer, else what the household list shows. */
export function livesWithMinorChild({ member, household, asOf }: Ctx): boolean | undefined {
  if (member.livesWithMinorChild !== undefined) return member.livesWithMinorChild;
  const minorChild = household.members.some((k) => k.id !== member.id && k.role === 'child' && ageOn(k.birthDate, asOf) < 18);
  if (!minorChild) return false;
  return member.role === 'parent' ? true : undefined;
}

/**
 * § 60a Abs. 6 AufenthG: no permission to work for nationals of safe countries of origin whose asylum
 * application made after 31 August 2015 was rejected or withdrawn, or who made none; nationals of Georgia
 * and Moldova in Germany on 30 August 2023 are not caught. Deception about identity is Nr. 2.
 */
export function workBan(m: Member): Outcome {
  if (m.identityDeception === true) return notMet;
  if (m.nationality === undefined) return unknown;
  if (!safeCountries.has(m.nationality)) return m.identityDeception === undefined ? unknown : met;
  if ((m.nationality === 'GE' || m.nationality === 'MD')) {
    if (!m.entryDate) return unknown;
    if (m.entryDate <= '2023-08-30') return m.identityDeception === undefined ? unknown : met;
  }
  if (m.asylum === undefined) return unknown;
  if (m.asylum === 'pending') return m.identityDeception === undefined ? unknown : met;
  if (m.asylum === 'never') return notMet;
  if (!m.asylumAppliedOn) return unknown;
  if (m.asylumAppliedOn <= '2015-08-31') return m.identityDeception === undefined ? unknown : met;
  return notMet;
}

export const noWorkBan = (cite = '§ 60a Abs. 6 Satz 1 AufenthG'): Condition => ({
  id: 'no-work-ban', cite, kind: 'exclusion', reads: ['nationality', 'asylum', 'asylumAppliedOn', 'identityDeception', 'entryDate'],
  note: 'Nr. 3 (safe country of origin) read strictly: a withdrawn application counts unless withdrawn on advice, which the portal cannot tell. (check) whether more countries were added to Annex II in 2025/2026.',
  test: ({ member }) => workBan(member),
});

/** A Duldung for persons with unclear identity always comes with a work ban (§ 60b Abs. 5 Satz 2); ending it is in the person's hands. */
export const notUnclearIdentity = (cite = '§ 60b Abs. 5 Satz 2 AufenthG'): Condition => ({
  id: 'no-60b-work-ban', cite, kind: 'condition', reads: ['status'],
  test: ({ member: m }) => (m.status === undefined ? unknown : m.status === 'duldung-unclear-identity' ? notMet : met),
});

export const inTraining = (cite: string): Condition => ({
  id: 'training', cite, kind: 'condition', reads: ['training.state'],
  test: ({ member: m }) => {
    const s = m.training?.state;
    if (s === undefined) return unknown;
    return s === 'offer' || s === 'contract' || s === 'in-training' ? met : notMet;
  },
});

export const qualifiedTraining = (cite: string): Condition => ({
  id: 'training-qualified', cite, kind: 'condition', reads: ['training.state', 'training.kind'],
  note: 'An assistant training counts only when a qualified training in a shortage occupation is confirmed to follow; the portal cannot tell, so it asks to find out.',
  test: ({ member: m }) => {
    const s = m.training?.state;
    if (s === 'none' || s === 'completed') return notMet;
    const k = m.training?.kind;
    return k === 'qualified' ? met : unknown;
  },
});

export { ageOn, birthdayAt };
