/**
 * Which question comes next. Pure: the machine's guards and actions call these, and so do the tests.
 * Relevance (can this answer change any route for this member?) comes from `src/rules`.
 */
import { relevantFields } from '../rules/relevance';
import type { Household } from '../rules/schema';
import { questions, getAnswer, type QuestionId } from './questions';

export interface Position { member: string; question: QuestionId }

export interface Progress {
  household: Household;
  /** What was answered, "I don't know" included, as `<member id>:<question>` keys (askedKey). */
  asked: readonly string[];
  asOf: string;
}

/** The progress key of a question about a member (or `household` for one asked once for everybody). */
export const askedKey = (member: string, question: QuestionId) => `${member}:${question}`;
/** The member a progress key is about (ids never contain ':'). */
export const keyMember = (key: string) => key.slice(0, key.indexOf(':'));

export const isAsked = (p: Pick<Progress, 'asked'>, member: string, q: QuestionId) => p.asked.includes(askedKey(member, q));

/** The questions to ask this member now, in order: applicable follow-ups that the rules say matter. */
export function questionsFor(p: Progress, memberId: string): QuestionId[] {
  const member = p.household.members.find((m) => m.id === memberId);
  if (!member) return [];
  const relevant = new Set(relevantFields(member, p.household, p.asOf));
  return questions.filter((q) => (!q.applies || q.applies(member)) && relevant.has(q.id)).map((q) => q.id);
}

/**
 * The next question not yet asked, starting after `from` (or at the first member). In edit mode the
 * search starts at the first member, so that a changed answer that opens new questions gets them asked.
 */
export function nextPosition(p: Progress, from: Position | null): Position | null {
  const members = p.household.members.map((m) => m.id);
  const start = from ? Math.max(0, members.indexOf(from.member)) : 0;
  for (const i of [...members.keys()].slice(start).concat([...members.keys()].slice(0, start))) {
    const open = questionsFor(p, members[i]).filter((q) => !isAsked(p, members[i], q));
    if (open.length) return { member: members[i], question: open[0] };
  }
  return null;
}

/** "Question N of about M": answered relevant questions so far, and all relevant ones. */
export function progressCount(p: Progress): { answered: number; total: number } {
  let answered = 0;
  let total = 0;
  for (const m of p.household.members) {
    const qs = questionsFor(p, m.id);
    total += qs.length;
    answered += qs.filter((q) => isAsked(p, m.id, q)).length;
  }
  return { answered, total };
}

/**
 * Drops answers to follow-up questions that an answer change has made pointless (an application date
 * after "never applied"), so stale facts cannot reach the rules. Everything else is kept.
 */
export function pruneInapplicable<P extends Progress>(p: P): P {
  let asked = p.asked;
  const members = p.household.members.map((member) => {
    let m = member;
    for (const q of questions) {
      if (!q.applies || q.applies(m)) continue;
      asked = asked.filter((k) => k !== askedKey(m.id, q.id));
      if (getAnswer(m, q.id) === undefined) continue;
      const [head, tail] = q.id.split('.');
      const copy: Record<string, unknown> = { ...m };
      if (tail) {
        const group = { ...(copy[head] as Record<string, unknown>) };
        delete group[tail];
        copy[head] = group;
      } else delete copy[head];
      m = copy as typeof m;
    }
    return m;
  });
  return { ...p, household: { ...p.household, members }, asked };
}
