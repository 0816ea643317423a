/**
 * Saved answers → machine input. Answers are the truth; progress entries that name questions this
 * version no longer has are dropped rather than trusted.
 */
import type { Envelope } from '../storage/envelope';
import type { CheckInput } from './check.machine';
import { questionIds, type MemberAnswers, type QuestionId } from './questions';

const known = (q: string): q is QuestionId => (questionIds as string[]).includes(q);

export function inputFromEnvelope(envelope: Envelope, asOf: string): CheckInput {
  const members = envelope.household.members as MemberAnswers[];
  const ids = new Set(members.map((m) => m.id));
  const asked = Object.fromEntries(
    Object.entries(envelope.progress.asked).filter(([id]) => ids.has(id)).map(([id, qs]) => [id, qs.filter(known)]),
  );
  const c = envelope.progress.current;
  const current = c && ids.has(c.member) && known(c.question) ? { member: c.member, question: c.question } : null;
  return { asOf, household: { version: 1, members }, asked, current };
}
