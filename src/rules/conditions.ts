/**
 * The building blocks of every route: a condition is a named object with its citation and a test that
 * reads the household. Results follow the contract: excluded > unknown > missing > later > possible.
 */
import type { ConditionState, Household, Member, Result, RouteId } from './schema';

export type Kind = 'condition' | 'exclusion' | 'time' | 'authority';

export interface Outcome {
  state: ConditionState;
  /** For 'met-later': the date the condition will be met. */
  metOn?: string;
}

export interface Ctx { member: Member; household: Household; asOf: string }

export interface Condition {
  id: string;
  /** i18n key for the UI: `condition.<route>.<id>`. */
  cite: string;
  kind: Kind;
  /** Member fields the test reads: the questionnaire asks only these. */
  reads: string[];
  /** What is uncertain in law, and which reading is implemented. */
  note?: string;
  test: (ctx: Ctx) => Outcome;
}

export interface RouteDefinition {
  id: RouteId;
  /** The conditions, or for routes whose conditions depend on the person (age, status), a function. */
  conditions: Condition[] | ((ctx: Ctx) => Condition[]);
  applyBefore?: (ctx: Ctx) => string | null;
}

export const met: Outcome = { state: 'met' };
export const notMet: Outcome = { state: 'not-met' };
export const unknown: Outcome = { state: 'unknown' };
export const authority: Outcome = { state: 'authority' };
export const later = (metOn: string): Outcome => ({ state: 'met-later', metOn });

/** For an exclusion: 'met' means the bar applies (the condition "excluded by …" is met). */
export const bool = (v: boolean | undefined, whenTrue: Outcome, whenFalse: Outcome) => (v === undefined ? unknown : v ? whenTrue : whenFalse);

export interface ConditionResult { id: string; state: ConditionState; cite: string; note?: string; kind: Kind; metOn?: string }

/**
 * Combines condition outcomes into a route result. Exclusions are conditions whose 'met' means the bar
 * applies; they are reported as 'not-met' (the person does not meet "no bar") to keep one vocabulary.
 */
export function combine(results: ConditionResult[]): { result: Result; possibleFrom: string | null } {
  const exclusions = results.filter((r) => r.kind === 'exclusion');
  const others = results.filter((r) => r.kind !== 'exclusion');
  if (exclusions.some((r) => r.state === 'not-met')) return { result: 'excluded', possibleFrom: null };
  if (results.some((r) => r.state === 'unknown')) return { result: 'unknown', possibleFrom: null };
  if (others.some((r) => r.state === 'not-met')) return { result: 'missing', possibleFrom: null };
  const waits = others.filter((r) => r.state === 'met-later').map((r) => r.metOn!).sort();
  if (waits.length) return { result: 'later', possibleFrom: waits[waits.length - 1] };
  return { result: 'possible', possibleFrom: null };
}

export function run(conditions: Condition[], ctx: Ctx): ConditionResult[] {
  return conditions.map((c) => {
    const o = c.test(ctx);
    return { id: c.id, state: o.state, cite: c.cite, kind: c.kind, ...(c.note ? { note: c.note } : {}), ...(o.metOn ? { metOn: o.metOn } : {}) };
  });
}
