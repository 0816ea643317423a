/**
 * Which question comes next. Pure: the machine's guards and actions call these, and so do the tests.
 * Relevance (can this answer change any route for this member?) comes from `src/rules`.
 */
import { relevantFields } from '../rules/relevance';
import type { Household } from '../rules/schema';
import { questions, getAnswer, type MemberAnswers, type QuestionId } from './questions';

export interface Position { member: string; question: QuestionId }

export interface Progress {
  household: { version: 1; members: MemberAnswers[] };
  /** Questions answered per member, "I don't know" included. */
  asked: Record<string, QuestionId[]>;
  asOf: string;
}

/** The questions to ask this member now, in order: applicable follow-ups that the rules say matter. */
export function questionsFor(p: Progress, memberId: string): QuestionId[] {
  const member = p.household.members.find((m) => m.id === memberId);
  if (!member) return [];
  const relevant = new Set(relevantFields(member as never, p.household as Household, p.asOf));
  return questions
    .filter((q) => (!q.applies || q.applies(member)) && relevant.has(q.id))
    .map((q) => q.id);
}

function isAsked(p: Progress, member: string, q: QuestionId) {
  return p.asked[member]?.includes(q) ?? false;
}

/**
 * The next question not yet asked, starting after `from` (or at the first member). In edit mode the
 * search starts at the first member, so that a changed answer that opens new questions gets them asked.
 */
export function nextPosition(p: Progress, from: Position | null): Position | null {
  const members = p.household.members.map((m) => m.id);
  const start = from ? Math.max(0, members.indexOf(from.member)) : 0;
  for (let i = start; i < members.length; i++) {
    const open = questionsFor(p, members[i]).filter((q) => !isAsked(p, members[i], q));
    if (open.length) return { member: members[i], question: open[0] };
  }
  for (let i = 0; i < start; i++) {
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
export function pruneInapplicable(p: Progress): Progress {
  const members = p.household.members.map((member) => {
    let m = member;
    for (const q of questions) {
      if (q.applies && !q.applies(m) && getAnswer(m, q.id) !== undefined) {
        const [head, tail] = q.id.split('.');
        if (tail) {
          const group = { ...(m[head] as Record<string, unknown>) };
          delete group[tail];
          m = { ...m, [head]: group };
        } else {
          m = { ...m };
          delete m[head];
        }
      }
    }
    return m;
  });
  const asked = Object.fromEntries(
    Object.entries(p.asked).map(([id, qs]) => {
      const m = members.find((x) => x.id === id);
      return [id, m ? qs.filter((q) => { const def = questions.find((d) => d.id === q); return !def?.applies || def.applies(m); }) : []];
    }),
  );
  return { ...p, household: { ...p.household, members }, asked };
}
