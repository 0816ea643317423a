/**
 * From an evaluation to a personal plan: per member, the steps that work on what is missing or unknown,
 * each with the conditions it serves (and their citations), a due date where the law sets one, the
 * documents to bring and the kinds of office that help. Pure: no clock, no strings, no DOM.
 */
import type { Evaluation, RouteId } from '../rules/schema';
import { routes as ruleRoutes } from '../rules/evaluate';
import { applicationDocuments, documentsOf, identityReasons, officesOf, topicOfCondition, topicRank, type OfficeKind, type Topic } from './topics';

export interface Because { route: RouteId; condition: string; cite: string; state: string; reason?: string }

export interface PlanStep {
  /** Unique within the member: `<topic>` or `<topic>:<route>` or `find-out:<condition>`. */
  id: string;
  topic: Topic;
  /** The route the step is about (apply, deadline, apply-from). */
  route?: RouteId;
  /** For find-out steps: the condition to find out about. */
  condition?: string;
  /** ISO date: by when (deadline, apply) or from when (apply-from). */
  due?: string;
  because: Because[];
  documents: string[];
  offices: OfficeKind[];
}

export interface MemberPlan { id: string; steps: PlanStep[] }
export interface Plan { asOf: string; members: MemberPlan[] }

type Route = Evaluation['members'][number]['routes'][number];

function collect(routes: Route[], permit104cUntil: string | null | undefined): PlanStep[] {
  const steps = new Map<string, PlanStep>();
  const add = (id: string, base: Omit<PlanStep, 'id' | 'because' | 'documents' | 'offices'> & { documents?: string[] }, because?: Because) => {
    const step = steps.get(id) ?? { id, ...base, because: [], documents: [...new Set([...documentsOf[base.topic], ...(base.documents ?? [])])], offices: officesOf[base.topic] };
    if (base.due && (!step.due || base.due < step.due)) step.due = base.due;
    if (because && !step.because.some((b) => b.route === because.route && b.condition === because.condition)) step.because.push(because);
    steps.set(id, step);
  };

  for (const r of routes) {
    if (r.result === 'excluded') continue;
    const cited = (c: Route['conditions'][number]): Because => ({ route: r.id, condition: c.id, cite: c.cite, state: c.state, ...(c.reason ? { reason: c.reason } : {}) });
    if (r.result === 'possible') add(`apply:${r.id}`, { topic: 'apply', route: r.id, due: r.applyBefore ?? undefined, documents: applicationDocuments[r.id] });
    if (r.result === 'later' && r.possibleFrom) add(`apply-from:${r.id}`, { topic: 'apply-from', route: r.id, due: r.possibleFrom, documents: applicationDocuments[r.id] });
    if (r.applyBefore && r.result !== 'possible') add(`deadline:${r.id}`, { topic: 'deadline', route: r.id, due: r.applyBefore, documents: applicationDocuments[r.id] });
    if (r.id === '104c' && permit104cUntil) {
      const running = r.conditions.find((c) => c.id === 'permit-running');
      if (running?.state === 'met') add('deadline:104c', { topic: 'deadline', route: '104c', due: permit104cUntil }, cited(running));
    }
    for (const c of r.conditions) {
      if (c.state === 'unknown') {
        add(`find-out:${c.id}`, { topic: 'find-out', condition: c.id }, cited(c));
        continue;
      }
      if (c.state !== 'not-met') continue;
      const topic = topicOfCondition[c.id] ?? (c.reason && identityReasons.has(c.reason) ? 'identity' : undefined);
      if (topic) add(topic, { topic }, cited(c));
    }
  }
  return [...steps.values()];
}

const gates = new Set(ruleRoutes.flatMap((r) => r.conditions.filter((c) => c.gate).map((c) => `${r.id}/${c.id}`)));

/**
 * Where a route already may fit, steps that only serve the entry condition of another route (a training
 * for § 19d, say) are noise on the sheet: they are left out.
 */
function focus(steps: PlanStep[]): PlanStep[] {
  if (!steps.some((s) => s.topic === 'apply')) return steps;
  return steps.filter((s) => s.topic === 'find-out' || !s.because.length || s.because.some((b) => !gates.has(`${b.route}/${b.condition}`)));
}

/** Most urgent first: by topic rank, then by date (dated before undated), then by id for a stable order. */
export function byUrgency(a: PlanStep, b: PlanStep): number {
  const rank = topicRank.indexOf(a.topic) - topicRank.indexOf(b.topic);
  if (rank) return rank;
  if (a.due !== b.due) return !a.due ? 1 : !b.due ? -1 : a.due < b.due ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * @example buildPlan(evaluate(household, '2026-11-28'), household).members[0].steps[0]
 *   // => { id: 'deadline:25a', topic: 'deadline', route: '25a', due: '2027-05-13', … }
 */
export function buildPlan(evaluation: Evaluation, household: { members: { id: string; permit104cUntil?: string | null }[] }): Plan {
  return {
    asOf: evaluation.asOf,
    members: evaluation.members.map((m) => {
      const facts = household.members.find((x) => x.id === m.id);
      return { id: m.id, steps: focus(collect(m.routes, facts?.permit104cUntil)).sort(byUrgency) };
    }),
  };
}
