/**
 * Progress of a family's plan from meeting to meeting: each step of the plan (src/plan) gets a state, a
 * date, who is responsible and a short note, keyed by (member id, step id). The plan is recomputed from the
 * facts every time, so steps come and go: progress of a step that is no longer in the plan is kept (shown
 * as "no longer in the plan", and back in place if the step returns), never dropped.
 */
import type { Plan, PlanStep } from '../../plan';
import type { StepProgress } from './model';

/** The key of one step of one person (a Map key: no typed text ever becomes an object key). */
export const progressKey = (member: string, step: string) => `${member}\u0000${step}`;

/**
 * Step ids the plan used earlier → their id now. When src/plan renames a step, its old id goes here and
 * saved progress follows it (migrateSteps). Empty while no step has been renamed.
 */
export const stepIdAliases: ReadonlyMap<string, string> = new Map();

/**
 * Progress entries with renamed step ids moved to the new id. Where an entry exists under both ids, the one
 * under the new id wins (it was written later).
 */
export function migrateSteps(entries: readonly StepProgress[], aliases: ReadonlyMap<string, string> = stepIdAliases): StepProgress[] {
  const out = new Map<string, StepProgress>();
  for (const e of entries) if (!aliases.has(e.step)) out.set(progressKey(e.member, e.step), e);
  for (const e of entries) {
    const to = aliases.get(e.step);
    if (to === undefined) continue;
    const key = progressKey(e.member, to);
    if (!out.has(key)) out.set(key, { ...e, step: to });
  }
  return [...out.values()];
}

export interface StepRow { member: string; step: PlanStep; progress: StepProgress }

export interface Reconciled {
  /** Every step of today's plan, in the plan's order, with its progress (a new step is open). */
  current: StepRow[];
  /** Progress of steps that are no longer in the plan (facts changed, or the person left the household). */
  earlier: StepProgress[];
}

/** Today's plan joined with the saved progress. */
export function reconcile(plan: Plan, entries: readonly StepProgress[]): Reconciled {
  const saved = new Map(migrateSteps(entries).map((e) => [progressKey(e.member, e.step), e]));
  const current: StepRow[] = [];
  for (const m of plan.members) {
    for (const step of m.steps) {
      const key = progressKey(m.id, step.id);
      current.push({ member: m.id, step, progress: saved.get(key) ?? { member: m.id, step: step.id, state: 'open' } });
      saved.delete(key);
    }
  }
  return { current, earlier: [...saved.values()] };
}

/** The entries with one step's progress replaced (or added). */
export function setProgress(entries: readonly StepProgress[], update: StepProgress): StepProgress[] {
  const key = progressKey(update.member, update.step);
  const rest = entries.filter((e) => progressKey(e.member, e.step) !== key);
  // an untouched open step is not worth keeping: it is what a new step is anyway
  const empty = update.state === 'open' && !update.date && !update.responsible && !update.note;
  return empty ? rest : [...rest, update];
}
