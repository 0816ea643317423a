/**
 * Meetings and the state of a family at a glance. A meeting keeps the household's facts as they were that
 * day; "what changed since the last meeting" compares the evaluation then (those facts on that day) with
 * the evaluation now (today's facts today), so a waiting time that has run out shows as a change too.
 */
import { evaluate } from '../../rules/evaluate';
import type { Evaluation, RouteId } from '../../rules/schema';
import { buildPlan, type Plan } from '../../plan';
import { changesBetween, type Change } from './changes';
import { lastMeeting, type Family, type Meeting } from './model';

/** The family with a meeting on `date` holding today's facts (a second one the same day replaces the first). */
export function recordMeeting(family: Family, date: string): Family {
  if (!family.envelope) return family;
  const meeting: Meeting = { date, household: family.envelope.household };
  const meetings = [...family.meetings.filter((m) => m.date !== date), meeting].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ...family, meetings };
}

/** The changes since the last meeting, or null when there was none yet (or no facts). */
export function changesSinceLastMeeting(family: Family, today: string): { since: string; changes: Change[] } | null {
  const last = lastMeeting(family);
  if (!last || !family.envelope) return null;
  return { since: last.date, changes: changesBetween(evaluate(last.household, last.date), evaluate(family.envelope.household, today)) };
}

export interface Glance {
  /** Per person: routes that may fit now, and those that may fit later (with the date). */
  members: { id: string; possible: RouteId[]; later: { route: RouteId; from: string }[] }[];
  /** The nearest date by which something must be done (an application deadline, the end of a § 104c permit). */
  deadline: { member: string; date: string; route?: RouteId } | null;
}

/** The state of a family at a glance, from its evaluation and plan. */
export function glance(evaluation: Evaluation, plan: Plan): Glance {
  const members = evaluation.members.map((m) => ({
    id: m.id,
    possible: m.routes.filter((r) => r.result === 'possible').map((r) => r.id),
    later: m.routes.filter((r) => r.result === 'later' && r.possibleFrom).map((r) => ({ route: r.id, from: r.possibleFrom! })),
  }));
  let deadline: Glance['deadline'] = null;
  for (const m of plan.members) {
    for (const s of m.steps) {
      if (!s.due || (s.topic !== 'deadline' && s.topic !== 'apply')) continue;
      if (!deadline || s.due < deadline.date) deadline = { member: m.id, date: s.due, ...(s.route ? { route: s.route } : {}) };
    }
  }
  return { members, deadline };
}

/** Evaluation, plan and glance of a family's facts today (null without facts). */
export function stateOf(family: Family, today: string): { evaluation: Evaluation; plan: Plan; glance: Glance } | null {
  if (!family.envelope) return null;
  const household = family.envelope.household;
  const evaluation = evaluate(household, today);
  const plan = buildPlan(evaluation, household);
  return { evaluation, plan, glance: glance(evaluation, plan) };
}
