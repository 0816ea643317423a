/**
 * The building blocks of every route. A condition is a named object: its id, the message key the UI
 * translates, the citation, what is legally uncertain (`note`), its kind, the member fields it reads and a
 * pure test. A route runs its conditions in order and combines their states into a result (contract v1):
 * an exclusion applies → excluded; else an answer missing → unknown; else something not met → missing;
 * else only waiting time → later (possibleFrom = the latest date); else possible. `authority` conditions
 * never hold a result back.
 */
import type { ConditionState, Household, Member, Result, RouteId } from './schema';
import type { AnswerField } from './facts';
import type { OpenPointId } from './law/open-points';

/**
 * - `condition`: the person can work on it (not met → missing).
 * - `exclusion`: a legal bar (not met → excluded). State 'met' means the bar does NOT apply.
 * - `time`: a waiting time; met-later carries the date it is met.
 * - `authority`: no answer can decide it; the authority checks it.
 */
export type Kind = 'condition' | 'exclusion' | 'time' | 'authority';

/** Member answer fields (contract v1 and v1.1), as dotted paths: the facts table (facts.ts). */
export { answerFields, type AnswerField } from './facts';
/** Every member field a test may read: the answers plus the structural fields (birth date, role, links). */
export type FieldPath = AnswerField | 'birthDate' | 'role' | 'spouseId' | 'parentIds' | 'applications';

export interface TestResult {
  state: ConditionState;
  /** For 'met-later': the date the condition will be met. */
  metOn?: string;
  /** Why, as a key under `reason.*` (e.g. 'under-14', 'passport-duty'). */
  reason?: string;
}

/**
 * How a member is linked to the person a derived route depends on: `own` (the member's own route, no
 * holder), or the holder's spouse, child (a minor child of the holder), parent (a parent of the holder) or
 * sibling (a minor child of a parent who holds the route).
 */
export type Relation = 'own' | 'spouse' | 'child' | 'parent' | 'sibling';

/** The person (and route) a derived route is evaluated against, and how the member is linked to them. */
export interface Link {
  holder: Member;
  /** The holder's route that this route depends on (`dependsOn.route`). */
  route: RouteId;
  relation: Relation;
  /** Members whose own route must not count for the holder (a sibling cannot derive from itself). */
  without?: readonly string[];
}

export interface Condition {
  /** kebab-case, unique within its route, e.g. 'stay-years'. */
  id: string;
  /** i18n key: `condition.<route>.<id>`. */
  messageKey: string;
  /** e.g. '§ 25b Abs. 1 Satz 2 Nr. 1 AufenthG'. */
  cite: string;
  kind: Kind;
  /** What is uncertain in law and which reading is implemented. Developer text, never shown as is. */
  note?: string | false;
  /** Open points of the legal reference (open-points.ts) this condition's reading depends on. */
  openPoints?: readonly OpenPointId[];
  /**
   * Where the condition applies (absent: always). Reads only structural facts (birth date, role, links)
   * and the relation, except on `authority` conditions, which cannot change a result: those may read the
   * answers they declare in `reads`. A condition that does not apply is not run and not listed.
   */
  applies?: (member: Member, household: Household, asOf: string, link?: Link) => boolean;
  /** A precondition: when it is not met or unknown, the route stops here (nothing after it matters yet). */
  gate?: boolean;
  /**
   * Fields of the member itself that the test reads. relevantFields() narrows this to what the test
   * actually read on the current answers; a test module (tests/unit/rules/reads.test.ts) checks it.
   */
  reads: readonly FieldPath[];
  /**
   * The test reads the result of another route (this member's, or the holder's); that route's answers
   * count through that route itself and are not declared here (holder, holder-route, meets-60d).
   */
  via?: RouteId;
  /** Fields of other household members that the test reads (e.g. the children's school attendance). */
  readsOthers?: (member: Member, household: Household, asOf: string) => { member: string; fields: FieldPath[] }[];
  /** `link` names the family member a derived route depends on (25a-family, 25b-family, 60d family …). */
  test: (member: Member, household: Household, asOf: string, link?: Link) => TestResult;
}

export interface Checked extends TestResult { condition: Condition }

/** A route's result for one member, with the condition objects kept (for relevance and tests). */
export interface RouteEvaluation {
  id: RouteId;
  result: Result;
  possibleFrom: string | null;
  applyBefore: string | null;
  dependsOn: { member: string; route: RouteId } | null;
  /** The link this evaluation ran with (derived routes), for relevance and tests. */
  link?: Link;
  checked: Checked[];
}

export interface Route {
  id: RouteId;
  /** Every condition this route can use (which ones apply may depend on the member). */
  conditions: readonly Condition[];
  evaluate: (member: Member, household: Household, asOf: string) => RouteEvaluation;
}

export const met: TestResult = { state: 'met' };
export const unknown: TestResult = { state: 'unknown' };
export const authority: TestResult = { state: 'authority' };
export const notMet = (reason?: string): TestResult => (reason ? { state: 'not-met', reason } : { state: 'not-met' });
export const metBecause = (reason: string): TestResult => ({ state: 'met', reason });
export const later = (metOn: string): TestResult => ({ state: 'met-later', metOn });
/** A waiting time met on `on`: met from that day, met-later before. */
export const waitUntil = (on: string, asOf: string, reason?: string): TestResult =>
  on <= asOf ? (reason ? metBecause(reason) : met) : reason ? { state: 'met-later', metOn: on, reason } : later(on);
export const authorityBecause = (reason: string): TestResult => ({ state: 'authority', reason });
export const unknownBecause = (reason: string): TestResult => ({ state: 'unknown', reason });

/** Builds a condition of `route` with its message key. */
export const define = (route: RouteId, c: Omit<Condition, 'messageKey'>): Condition => ({ ...c, reads: [...new Set(c.reads)], messageKey: `condition.${route}.${c.id}` });

/**
 * Combines condition states, in order, into a route result (see the file comment). Like runRoute, it stops
 * after a gate that is not met or unknown.
 */
export function decide(states: readonly { kind: Kind; state: ConditionState; metOn?: string; gate?: boolean }[]): { result: Result; possibleFrom: string | null } {
  let excluded = false, unknown = false, missing = false, possibleFrom: string | null = null;
  for (const { kind, state, metOn, gate } of states) {
    if (kind !== 'authority') {
      if (state === 'not-met') kind === 'exclusion' ? (excluded = true) : (missing = true);
      else if (state === 'unknown') unknown = true;
      else if (state === 'met-later' && metOn && (!possibleFrom || metOn > possibleFrom)) possibleFrom = metOn;
    }
    if (gate && (state === 'not-met' || state === 'unknown')) break;
  }
  if (excluded) return { result: 'excluded', possibleFrom: null };
  if (unknown) return { result: 'unknown', possibleFrom: null };
  if (missing) return { result: 'missing', possibleFrom: null };
  return possibleFrom ? { result: 'later', possibleFrom } : { result: 'possible', possibleFrom: null };
}

export interface RunOptions {
  link?: Link;
  applyBefore?: string | null;
  /** Defaults to the link's holder and route. */
  dependsOn?: RouteEvaluation['dependsOn'];
}

/** Runs the conditions that apply, in order, stopping after a gate that is not met or unknown. */
export function runRoute(id: RouteId, conditions: readonly Condition[], member: Member, household: Household, asOf: string, opts: RunOptions = {}): RouteEvaluation {
  const checked: Checked[] = [];
  const { link } = opts;
  for (const condition of conditions) {
    if (condition.applies && !condition.applies(member, household, asOf, link)) continue;
    const r = condition.test(member, household, asOf, link);
    checked.push({ condition, ...r });
    if (condition.gate && (r.state === 'not-met' || r.state === 'unknown')) break;
  }
  const { result, possibleFrom } = decide(checked.map((c) => ({ kind: c.condition.kind, state: c.state, metOn: c.metOn, gate: c.condition.gate })));
  const dependsOn = opts.dependsOn !== undefined ? opts.dependsOn : link && link.relation !== 'own' ? { member: link.holder.id, route: link.route } : null;
  return { id, result, possibleFrom, applyBefore: result === 'excluded' ? null : (opts.applyBefore ?? null), dependsOn, ...(link ? { link } : {}), checked };
}

/** The order of results from best to worst (the contract's reading of "best route"). */
export const rank: readonly Result[] = ['possible', 'later', 'unknown', 'missing', 'excluded'];

/** The best of several evaluations (possible > later > unknown > missing > excluded; then the earliest date). */
export function best(evaluations: readonly RouteEvaluation[]): RouteEvaluation {
  return [...evaluations].sort((a, b) => rank.indexOf(a.result) - rank.indexOf(b.result) || (a.possibleFrom ?? '').localeCompare(b.possibleFrom ?? ''))[0];
}
