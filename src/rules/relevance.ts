/**
 * Which of a member's answers can still change a result, derived from the conditions: a field counts when
 * some condition that reads it (on this member, or via `readsOthers` on another member's route) can change
 * its route's result by taking another state, given the other conditions' current states (answers still
 * missing are assumed met, the most open case). Routes closed by an exclusion or stopped at a gate give
 * nothing else. The questionnaire asks only these.
 */
import { answerFields, decide, type AnswerField, type Checked, type FieldPath, type Kind, type RouteEvaluation } from './conditions';
import { todayIso } from './dates';
import { evaluateMember } from './evaluate';
import type { ConditionState, Household, Member } from './schema';

const alternatives: ConditionState[] = ['met', 'not-met', 'unknown', 'met-later'];

/** States of a route's conditions, answers still missing assumed met (the most open case). */
type Frame = { kind: Kind; gate?: boolean; state: ConditionState; metOn?: string }[];
const frameOf = (checked: Checked[]): Frame =>
  checked.map((c) => ({ kind: c.condition.kind, gate: c.condition.gate, state: c.state === 'unknown' ? 'met' : c.state, metOn: c.metOn }));

/** Can the conditions at `idx` (jointly) change the route result by taking other states? */
function pivotal(frame: Frame, idx: number[]): boolean {
  let first: string | undefined;
  const differs = (k: number): boolean => {
    if (k === idx.length) {
      const r = decide(frame).result;
      first ??= r;
      return r !== first;
    }
    const slot = frame[idx[k]];
    const saved = { ...slot };
    for (const s of alternatives) {
      slot.state = s;
      slot.metOn = s === 'met-later' ? '9999-12-31' : undefined;
      if (differs(k + 1)) return Object.assign(slot, saved) && true;
    }
    Object.assign(slot, saved);
    return false;
  };
  return differs(0);
}

/** The household with members that record which fields are read ('school' and 'school.attending') into `logs`. */
function recorder(household: Household) {
  let logs = new Map<string, Set<string>>();
  const wrap = (obj: object, id: string, prefix: string): object => new Proxy(obj, {
    get(target, key) {
      const v = (target as Record<string | symbol, unknown>)[key];
      if (typeof key !== 'string') return v;
      logs.get(id)?.add(prefix + key);
      return v && typeof v === 'object' && !prefix ? wrap(v, id, `${key}.`) : v;
    },
  });
  const h: Household = { ...household, members: household.members.map((m) => wrap(m, m.id, '') as Member) };
  return { h, reset: () => (logs = new Map(household.members.map((m) => [m.id, new Set<string>()]))) };
}
type Recorder = ReturnType<typeof recorder>;

/**
 * For each member id, the answer fields a condition of the route actually read on these answers (within
 * what it declares), with the indexes of the conditions reading them. Reading on the current answers
 * narrows the declaration: a field that a condition skipped cannot change it (e.g. livesWithMinorChild once
 * the 6 years are met). Conditions that read another route (`via`) count by their declaration.
 */
function readers(e: RouteEvaluation, member: Member, household: Household, asOf: string, rec: Recorder): Map<string, Map<FieldPath, number[]>> {
  const out = new Map<string, Map<FieldPath, number[]>>();
  const add = (who: string, field: FieldPath, i: number) => {
    const fields = out.get(who) ?? out.set(who, new Map()).get(who)!;
    const idx = fields.get(field) ?? [];
    if (!idx.includes(i)) fields.set(field, [...idx, i]);
  };
  e.checked.forEach(({ condition: c }, i) => {
    if (c.kind === 'authority') return;
    const others = c.readsOthers?.(member, household, asOf) ?? [];
    if (c.via) {
      c.reads.forEach((f) => add(member.id, f, i));
      others.forEach((o) => o.fields.forEach((f) => add(o.member, f, i)));
      return;
    }
    const logs = rec.reset();
    const { h } = rec;
    const link = e.link && { ...e.link, holder: h.members.find((x) => x.id === e.link!.holder.id) ?? e.link.holder };
    c.test(h.members.find((x) => x.id === member.id)!, h, asOf, link);
    /** Read, or its group (school, training, work) looked at and missing, so the field was never reached. */
    const read = (who: string, f: FieldPath) => {
      const log = logs.get(who);
      const [group] = f.split('.');
      const m = household.members.find((x) => x.id === who) ?? member;
      return !!log && (log.has(f) || (group !== f && log.has(group) && (m as Record<string, unknown>)[group] == null));
    };
    c.reads.forEach((f) => read(member.id, f) && add(member.id, f, i));
    others.forEach((o) => o.fields.forEach((f) => read(o.member, f) && add(o.member, f, i)));
  });
  return out;
}

const cache = new WeakMap<Household, Map<string, Map<string, Set<AnswerField>>>>();

/** Relevant answer fields for every member of the household (cached per household object and date). */
export function relevanceMap(household: Household, asOf: string): Map<string, Set<AnswerField>> {
  const byDate = cache.get(household) ?? cache.set(household, new Map()).get(household)!;
  const hit = byDate.get(asOf);
  if (hit) return hit;
  const result = new Map<string, Set<AnswerField>>(household.members.map((m) => [m.id, new Set<AnswerField>()]));
  const rec = recorder(household);
  for (const y of household.members) {
    for (const e of evaluateMember(y, household, asOf)) {
      const memo = new Map<string, boolean>();
      const frame = frameOf(e.checked);
      for (const [who, fields] of readers(e, y, household, asOf, rec)) {
        for (const [field, idx] of fields) {
          if (!(answerFields as readonly string[]).includes(field)) continue;
          const key = idx.join(',');
          const p = memo.get(key) ?? memo.set(key, pivotal(frame, idx)).get(key)!;
          if (p) result.get(who)?.add(field as AnswerField);
        }
      }
    }
  }
  byDate.set(asOf, result);
  return result;
}

/**
 * The member's answer fields (question ids such as 'work.hoursPerWeek', 'school.attending') whose answer
 * can still change any route result in the household, in contract order. `birthDate` and `role` are
 * structural and never listed. Answered fields are listed too while they still matter.
 * @example relevantFields(child, household, '2026-11-28') // ['identityDeception', 'school.attending', …]
 */
export function relevantFields(member: Member, household: Household, asOf: string = household.asOf ?? todayIso()): AnswerField[] {
  const set = relevanceMap(household, asOf).get(member.id) ?? new Set();
  return answerFields.filter((f) => set.has(f));
}
