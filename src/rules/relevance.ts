/**
 * Which of a member's answers can still change a result: the fields read by the conditions of every
 * route that is not already closed by an exclusion. The questionnaire asks only these.
 */
import { run, type Ctx } from './conditions';
import { ageOn, livesWithMinorChild } from './common';
import { conditionsOf, ownRoutes } from './evaluate';
import { family25aConditions, family25bConditions } from './routes/family';
import type { Household, Member } from './schema';

export function relevantFields(member: Member, household: Household, asOf: string): string[] {
  const ctx: Ctx = { member, household, asOf };
  const fields = new Set<string>();
  const consider = (conditions: ReturnType<typeof conditionsOf>) => {
    const results = run(conditions, ctx);
    const closed = results.some((r, i) => conditions[i].kind === 'exclusion' && r.state === 'not-met');
    if (closed) return;
    for (const c of conditions) c.reads.forEach((f) => fields.add(f));
  };
  for (const route of ownRoutes) consider(conditionsOf(route, ctx));
  // Anchor unknown here: the derived route's own conditions decide which answers matter.
  consider(family25aConditions(ctx, { member: '', result: 'unknown', possibleFrom: null }));
  consider(family25bConditions(ctx, { member: '', result: 'unknown', possibleFrom: null }));
  if (fields.has('status') || fields.has('entryDate')) {
    // The 4-year rule of § 25b needs this only where the household list does not already tell.
    const { livesWithMinorChild: _, ...withoutAnswer } = member;
    if (livesWithMinorChild({ ...ctx, member: withoutAnswer as Member }) === undefined) fields.add('livesWithMinorChild');
  }
  const age = ageOn(member.birthDate, asOf);
  if (member.role === 'child' && age >= 6 && age < 18) fields.add('school.attending');
  if (age < 14) for (const f of ['school.yearsAttended', 'school.qualification']) fields.delete(f);
  return [...fields];
}
