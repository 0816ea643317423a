import { isIsoDate } from '../rules/dates';

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
  applies?: (member: MemberAnswers) => boolean;
}

export type MemberAnswers = Record<string, unknown> & {
  id: string;
  birthDate: string;
  role?: 'parent' | 'child' | 'other';
  school?: Record<string, unknown>;
  training?: Record<string, unknown>;
  work?: Record<string, unknown>;
};

const yesNo = ['yes', 'no'] as const;

export const questions = [
  { id: 'nationality', kind: 'country' },
  { id: 'entryDate', kind: 'date' },
  { id: 'status', kind: 'choice', options: ['duldung', 'duldung-unclear-identity', 'duldung-training', 'duldung-employment', 'permit-104c', 'asylum-pending', 'permit-other', 'none'] },
  { id: 'statusSince', kind: 'date', applies: (m) => m.status !== undefined && m.status !== 'none' },
  { id: 'permit104cUntil', kind: 'date', future: true, applies: (m) => m.status === 'permit-104c' },
  { id: 'unclearIdentityMonths', kind: 'number', min: 0, max: 600 },
  { id: 'asylum', kind: 'choice', options: ['never', 'pending', 'rejected', 'rejected-manifestly-unfounded', 'withdrawn'] },
  { id: 'asylumAppliedOn', kind: 'date', applies: (m) => m.asylum !== undefined && m.asylum !== 'never' },
  { id: 'identityClarified', kind: 'choice', options: yesNo },
  { id: 'identityClarifiedOn', kind: 'date', applies: (m) => m.identityClarified === true },
  { id: 'passport', kind: 'choice', options: yesNo },
  { id: 'identityDeception', kind: 'choice', options: yesNo },
  { id: 'school.attending', kind: 'choice', options: yesNo },
  { id: 'school.yearsAttended', kind: 'number', min: 0, max: 20 },
  { id: 'school.qualification', kind: 'choice', options: ['none', 'school-leaving'] },
  { id: 'training.state', kind: 'choice', options: ['none', 'offer', 'contract', 'in-training', 'completed'] },
  { id: 'training.kind', kind: 'choice', options: ['qualified', 'assistant'], applies: (m) => m.training?.state !== undefined && m.training.state !== 'none' },
  { id: 'training.startDate', kind: 'date', future: true, applies: (m) => ['offer', 'contract', 'in-training', 'completed'].includes(String(m.training?.state)) },
  { id: 'work.hoursPerWeek', kind: 'number', min: 0, max: 80 },
  { id: 'work.since', kind: 'date', applies: (m) => typeof m.work?.hoursPerWeek === 'number' && m.work.hoursPerWeek > 0 },
  { id: 'work.permitted', kind: 'choice', options: yesNo },
  { id: 'livelihood', kind: 'choice', options: ['own', 'mostly-own', 'partly-own', 'benefits'] },
  { id: 'german', kind: 'choice', options: ['none', 'A1', 'A2', 'B1', 'B2', 'C1'] },
  { id: 'convictions', kind: 'choice', options: ['none', 'minor', 'serious'] },
  { id: 'livesWithMinorChild', kind: 'choice', options: yesNo },
] as const satisfies readonly (Omit<Question, 'id'> & { id: string })[];

export type QuestionId = (typeof questions)[number]['id'];
export const questionIds: QuestionId[] = questions.map((q) => q.id);

export function questionById(id: QuestionId): Question {
  return questions.find((q) => q.id === id) as Question;
}

/** Reads a member's answer at a dotted path ('work.since'). */
export function getAnswer(member: MemberAnswers, id: QuestionId): unknown {
  const [head, tail] = id.split('.');
  const value = member[head];
  return tail ? (value as Record<string, unknown> | undefined)?.[tail] : value;
}

/** Returns a copy of the member with the answer set; `undefined` removes it ("I don't know"). */
export function setAnswer(member: MemberAnswers, id: QuestionId, value: unknown): MemberAnswers {
  const [head, tail] = id.split('.');
  const next: MemberAnswers = { ...member };
  if (tail) {
    const group = { ...((member[head] as Record<string, unknown> | undefined) ?? {}) };
    if (value === undefined) delete group[tail];
    else group[tail] = value;
    if (Object.keys(group).length) next[head] = group;
    else delete next[head];
  } else if (value === undefined) delete next[head];
  else next[head] = value;
  return next;
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

/** Whether a value fits a question (undefined = "I don't know" always fits); the machine refuses others. */
export function isValidAnswer(id: QuestionId, value: unknown): boolean {
  if (value === undefined) return true;
  const q = questionById(id);
  switch (q.kind) {
    case 'date': return typeof value === 'string' && isIsoDate(value);
    case 'number': return typeof value === 'number' && Number.isFinite(value) && value >= (q.min ?? 0) && value <= (q.max ?? Infinity);
    case 'country': return typeof value === 'string' && /^[A-Z]{2}$/.test(value);
    case 'choice': return q.options![0] === 'yes' ? typeof value === 'boolean' : q.options!.includes(value as string);
  }
}
