/**
 * The one date rule and number rule, from the household model's facts (src/rules/facts.ts): every date
 * between 1900 and ten years ahead; an event that has happened (`when: 'past'`) not after today; nothing
 * before the person's birth; numbers within the fact's limits. Used for a typed answer (the check) and
 * for every member of a household that arrives as a whole (src/storage/gate/admit.ts). No zod: light enough
 * for the check page's first screens.
 */
import { addYears, isIsoDate } from '../../rules/dates';
import { earliestDate, facts, yearsAhead, type AnswerField } from '../../rules/facts';

export type DateProblem = 'dateImpossible' | 'dateTooOld' | 'dateTooFarAhead' | 'dateFuture' | 'dateBeforeBirth';
export type ValueProblem = DateProblem | 'number' | 'choose';

/** The latest date any answer may hold: today + ten years. */
export const latestDate = (today: string) => addYears(today, yearsAhead);

/**
 * @example dateProblem('2031-01-01', 'past', { today: '2026-12-06' }) // => 'dateFuture'
 * @example dateProblem('1985-01-01', 'past', { today: '2026-12-06', birthDate: '1990-01-01' }) // => 'dateBeforeBirth'
 */
export function dateProblem(iso: string, when: 'past' | 'future', ctx: { today: string; birthDate?: string }): DateProblem | null {
  if (!isIsoDate(iso)) return 'dateImpossible';
  if (iso < earliestDate) return 'dateTooOld';
  if (when === 'past' && iso > ctx.today) return 'dateFuture';
  if (iso > latestDate(ctx.today)) return 'dateTooFarAhead';
  if (ctx.birthDate && iso < ctx.birthDate) return 'dateBeforeBirth';
  return null;
}

/** A birth date: a real day from 1900 to today. */
export const birthDateProblem = (iso: string, today: string) => dateProblem(iso, 'past', { today });

/**
 * Whether a value fits an answer field; `undefined` ("I don't know") always fits, `null` where the fact
 * allows "none". @example answerProblem('work.hoursPerWeek', 120, { today }) // => 'number'
 */
export function answerProblem(field: AnswerField, value: unknown, ctx: { today: string; birthDate?: string }): ValueProblem | null {
  if (value === undefined) return null;
  const f = facts[field];
  switch (f.type) {
    case 'date':
      if (value === null) return 'nullable' in f && f.nullable ? null : 'dateImpossible';
      return typeof value === 'string' ? dateProblem(value, f.when, ctx) : 'dateImpossible';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= f.min && value <= f.max && (!('integer' in f) || !f.integer || Number.isInteger(value)) ? null : 'number';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'choose';
    case 'enum':
      return typeof value === 'string' && (f.values as readonly string[]).includes(value) ? null : 'choose';
    case 'country':
      return typeof value === 'string' && /^([A-Z]{2}|stateless|unclear)$/.test(value) ? null : 'choose';
  }
}
