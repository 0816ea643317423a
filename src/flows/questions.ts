import { answerProblem } from '../storage/gate/values';
import { facts, type AnswerField, type Fact } from '../rules/facts';
import type { Member } from '../rules/schema';

/**
 * The questions of the check, as data: ids and answer values only (labels live in
 * locales/<lang>/check.json under `q.<id>`). Each question fills one field of a household member
 * (contract v1). `applies` says when a follow-up question makes sense at all (an application date only
 * after an application); whether an answer can change a result is decided by `src/rules` (relevance).
 */
export type QuestionKind = 'date' | 'choice' | 'number' | 'country';

export interface Question {
  id: QuestionId;
  kind: QuestionKind;
  /** Answer values for `choice`; booleans are 'yes' | 'no'. */
  options?: readonly string[];
  /** For `date`: may the date lie after today? */
  future?: boolean;
  min?: number;
  max?: number;
  /** A follow-up question: asked only when an earlier answer opens it. */
  applies?: (member: Member) => boolean;
}

const yesNo = ['yes', 'no'] as const;

/** How a fact of the household model (src/rules/facts.ts) is asked: its kind, options and limits come from there. */
function ask(field: AnswerField): Omit<Question, 'id' | 'applies'> {
  const f: Fact = facts[field];
  switch (f.type) {
    case 'date': return f.when === 'future' ? { kind: 'date', future: true } : { kind: 'date' };
    case 'enum': return { kind: 'choice', options: f.values };
    case 'boolean': return { kind: 'choice', options: yesNo };
    case 'number': return { kind: 'number', min: f.min, max: f.max };
    case 'country': return { kind: 'country' };
  }
}

/** Order of the status options on screen (the most common papers first); the values are the schema's. */
const statusOrder = ['duldung', 'duldung-unclear-identity', 'duldung-training', 'duldung-employment', 'permit-104c', 'asylum-pending', 'permit-other', 'none'] as const satisfies readonly (typeof facts.status.values)[number][];

const asked = {
  nationality: {},
  entryDate: {},
  status: { options: statusOrder },
  statusSince: { applies: (m: Member) => m.status !== undefined && m.status !== 'none' },
  permit104cUntil: { applies: (m: Member) => m.status === 'permit-104c' },
  unclearIdentityMonths: {},
  asylum: {},
  asylumAppliedOn: { applies: (m: Member) => m.asylum !== undefined && m.asylum !== 'never' },
  identityClarified: {},
  identityClarifiedOn: { applies: (m: Member) => m.identityClarified === true },
  passport: {},
  identityDeception: {},
  'school.attending': {},
  'school.yearsAttended': {},
  'school.qualification': {},
  'training.state': {},
  'training.kind': { applies: (m: Member) => m.training?.state !== undefined && m.training.state !== 'none' },
  'training.startDate': { applies: (m: Member) => ['offer', 'contract', 'in-training', 'completed'].includes(String(m.training?.state)) },
  'work.hoursPerWeek': {},
  'work.since': { applies: (m: Member) => typeof m.work?.hoursPerWeek === 'number' && m.work.hoursPerWeek > 0 },
  'work.permitted': {},
  livelihood: {},
  german: {},
  convictions: {},
  livesWithMinorChild: {},
} as const satisfies Partial<Record<AnswerField, Partial<Pick<Question, 'applies' | 'options'>>>>;

/** The questions of the check, in order: one per fact that has a screen today. */
export const questions = (Object.entries(asked) as [keyof typeof asked, Partial<Question>][]).map(([id, extra]) => ({ id, ...ask(id), ...extra }) as Question);

export type QuestionId = keyof typeof asked;
export const questionIds: QuestionId[] = questions.map((q) => q.id);

export function questionById(id: QuestionId): Question {
  return questions.find((q) => q.id === id) as Question;
}

/** Reads a member's answer at a dotted path ('work.since'). */
export function getAnswer(member: Member, id: AnswerField): unknown {
  const [head, tail] = id.split('.');
  const value = (member as Record<string, unknown>)[head];
  return tail ? (value as Record<string, unknown> | undefined)?.[tail] : value;
}

/** Returns a copy of the member with the answer set; `undefined` removes it ("I don't know"). */
export function setAnswer(member: Member, id: AnswerField, value: unknown): Member {
  const [head, tail] = id.split('.');
  const next: Record<string, unknown> = { ...member };
  if (tail) {
    const group = { ...((next[head] as Record<string, unknown> | undefined) ?? {}) };
    if (value === undefined) delete group[tail];
    else group[tail] = value;
    if (Object.keys(group).length) next[head] = group;
    else delete next[head];
  } else if (value === undefined) delete next[head];
  else next[head] = value;
  // the field's value was checked against the schema's facts by the gate (answerProblem) before it got here
  return next as Member;
}

/** Turns a form value into the contract's value: 'yes'/'no' → boolean for yes/no questions. */
export function toFieldValue(q: Question, value: string | number): unknown {
  if (q.options === yesNo || (q.options?.length === 2 && q.options[0] === 'yes')) return value === 'yes';
  return value;
}

export function toFormValue(q: Question, value: unknown): string | number | undefined {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return value as string | number | undefined;
}

/** Whether a value fits a question (undefined = "I don't know" always fits): the gate's rule for one field. */
export function isValidAnswer(id: QuestionId, value: unknown, ctx: { today: string; birthDate?: string }): boolean {
  return answerProblem(id, value, ctx) === null;
}
