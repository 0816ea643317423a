/**
 * Saved answers → machine input, and machine state → the progress part of an envelope. Answers are the
 * truth; progress entries that name people or questions this version no longer has are dropped rather
 * than trusted.
 */
import type { Envelope, Progress as SavedProgress } from '../storage/envelope';
import type { CheckContext, CheckInput } from './check.machine';
import { keyMember, type Position } from './next';
import { questionIds, type QuestionId } from './questions';

const known = (q: string): q is QuestionId => (questionIds as string[]).includes(q);

export function inputFromEnvelope(envelope: Envelope, asOf: string): CheckInput {
  const { members } = envelope.household;
  const ids = new Set(members.map((m) => m.id));
  const valid = (p: { member: string; question: string } | null | undefined): p is Position => !!p && ids.has(p.member) && known(p.question);
  const asked = envelope.progress.asked.filter((k) => ids.has(keyMember(k)) && known(k.slice(k.indexOf(':') + 1)));
  const current = valid(envelope.progress.current) ? envelope.progress.current : null;
  const history = (envelope.progress.history ?? []).filter(valid);
  return { asOf, household: { version: 1, members }, asked, current, history };
}

/** What the envelope keeps of the machine's state: where the check stands and how it got there. */
export function progressOf(ctx: Pick<CheckContext, 'asked' | 'current' | 'history'>, done: boolean): SavedProgress {
  return { asked: [...ctx.asked], current: ctx.current, history: ctx.history, done };
}
