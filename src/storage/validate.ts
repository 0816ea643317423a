/**
 * Validation of an envelope from any source (saved state, file, plan link): raw guards first, then
 * plain checks that give the clearest message, then the zod schema (which includes the rule engine's
 * household schema). Returns a storage message key that says what is wrong.
 */
import { currentSchema, emptyProgress, envelopeSchema, legacyV0Schema, type Envelope } from './envelope';
import { isPlainObject, maxMembers, rawProblem, unsafeName, unsafeQuestionId } from './guard';
import type { ImportError, ImportNotice } from './messages';
import { todayIso } from '../rules/dates';

export type ValidateResult =
  | { ok: true; envelope: Envelope; notice?: ImportNotice }
  | { ok: false; error: ImportError; detail?: string };

export interface ValidateOptions {
  /** Today as YYYY-MM-DD (local date); birth dates and other past events after it are refused. */
  today?: string;
}

/** Fields that record something that has already happened; a date after today is impossible. */
const pastDates = ['birthDate', 'entryDate', 'statusSince', 'asylumAppliedOn', 'identityClarifiedOn'] as const;
const dateFields = new Set(['birthDate', 'entryDate', 'statusSince', 'permit104cUntil', 'asylumAppliedOn', 'identityClarifiedOn', 'startDate', 'since', 'asOf', 'savedAt']);
const isoShape = /^\d{4}-\d{2}-\d{2}$/;

/** Turns the legacy schema-0 shape into a current envelope (not yet validated). */
function migrate(v: Record<string, unknown>): Record<string, unknown> | null {
  const legacy = legacyV0Schema.safeParse(v);
  if (!legacy.success) return null;
  const savedAt = legacy.data.savedAt && !Number.isNaN(Date.parse(legacy.data.savedAt)) ? new Date(legacy.data.savedAt).toISOString() : new Date().toISOString();
  return { app: 'bleibeweg', schema: currentSchema, savedAt, household: { version: 1, members: legacy.data.answers.members }, progress: emptyProgress() };
}

/** Checks that give a more helpful message than zod would, on the raw members list. */
function memberProblem(members: unknown[], today: string): { error: ImportError; detail?: string } | null {
  if (members.length > maxMembers) return { error: 'import.tooManyMembers', detail: String(members.length) };
  const seen = new Set<string>();
  for (const [i, m] of members.entries()) {
    if (!isPlainObject(m)) continue;
    if (typeof m.id === 'string') {
      if (unsafeName(m.id)) return { error: 'import.badName', detail: `household.members.${i}.id` };
      if (seen.has(m.id)) return { error: 'import.duplicateId', detail: `household.members.${i}.id` };
      seen.add(m.id);
    }
    for (const field of pastDates) {
      const d = m[field];
      if (typeof d === 'string' && isoShape.test(d)) {
        if (d > today) return { error: 'import.futureDate', detail: `household.members.${i}.${field}` };
        if (d < '1900-01-01') return { error: 'import.badDate', detail: `household.members.${i}.${field}` };
      }
    }
  }
  return null;
}

function progressProblem(progress: unknown): { error: ImportError; detail?: string } | null {
  if (!isPlainObject(progress)) return null;
  if (isPlainObject(progress.asked)) {
    for (const [member, qs] of Object.entries(progress.asked)) {
      if (unsafeName(member)) return { error: 'import.badName', detail: 'progress.asked' };
      if (Array.isArray(qs) && qs.some((q) => typeof q === 'string' && unsafeQuestionId(q))) return { error: 'import.badValue', detail: `progress.asked.${member}` };
    }
  }
  const c = progress.current;
  if (isPlainObject(c)) {
    if (typeof c.member === 'string' && unsafeName(c.member)) return { error: 'import.badName', detail: 'progress.current.member' };
    if (typeof c.question === 'string' && unsafeQuestionId(c.question)) return { error: 'import.badValue', detail: 'progress.current.question' };
  }
  return null;
}

const rank: ImportError[] = ['import.unknownField', 'import.duplicateId', 'import.futureDate', 'import.badDate', 'import.missingField', 'import.wrongType', 'import.badValue', 'import.invalid'];

function at(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

type Issue = { code?: string; path: readonly PropertyKey[]; message: string; keys?: readonly string[] };

/** Maps one zod issue to the message key that explains it best. */
function classify(issue: Issue, value: unknown): ImportError {
  const last = String(issue.path.at(-1) ?? '');
  if (issue.code === 'unrecognized_keys') return 'import.unknownField';
  if (/^duplicate member id/.test(issue.message)) return 'import.duplicateId';
  if (/^birth date .* is after asOf/.test(issue.message)) return 'import.futureDate';
  if (issue.code === 'invalid_type' && at(value, issue.path) === undefined) return 'import.missingField';
  if (issue.code === 'invalid_type') return 'import.wrongType';
  if (dateFields.has(last) || issue.message === 'invalid date') return 'import.badDate';
  if (['invalid_value', 'too_small', 'too_big', 'invalid_format', 'not_multiple_of', 'invalid_union', 'invalid_key', 'invalid_element'].includes(issue.code ?? '')) return 'import.badValue';
  return 'import.invalid';
}

const show = (path: readonly PropertyKey[]) => path.map(String).join('.');

/**
 * Validates parsed JSON (or an envelope built in code) as a current envelope. Schema 0 is migrated.
 * @example validateEnvelope(JSON.parse(text)) // => { ok: true, envelope } | { ok: false, error: 'import.badDate', detail: 'household.members.0.birthDate' }
 */
export function validateEnvelope(input: unknown, options: ValidateOptions = {}): ValidateResult {
  const today = options.today ?? todayIso();
  const raw = rawProblem(input);
  if (raw) return { ok: false, error: raw };
  if (!isPlainObject(input) || input.app !== 'bleibeweg') return { ok: false, error: 'import.notBleibeweg' };
  let value: Record<string, unknown> = input;
  let notice: ImportNotice | undefined;
  if (input.schema === 0) {
    const migrated = migrate(input);
    if (!migrated) return { ok: false, error: 'import.wrongVersion', detail: 'schema 0' };
    value = migrated;
    notice = 'import.migrated';
  } else if (input.schema !== currentSchema) {
    return { ok: false, error: 'import.wrongVersion', detail: `schema ${JSON.stringify(input.schema ?? null).slice(0, 20)}` };
  }
  const household = value.household;
  if (isPlainObject(household)) {
    if ('version' in household && household.version !== 1) return { ok: false, error: 'import.wrongVersion', detail: 'household.version' };
    if (Array.isArray(household.members)) {
      const p = memberProblem(household.members, today);
      if (p) return { ok: false, ...p };
    }
  }
  const p = progressProblem(value.progress);
  if (p) return { ok: false, ...p };

  const parsed = envelopeSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues as readonly Issue[];
    const ranked = issues.map((i) => ({ i, key: classify(i, value) })).sort((a, b) => rank.indexOf(a.key) - rank.indexOf(b.key));
    const { i, key } = ranked[0];
    const detail = key === 'import.unknownField' ? [show(i.path), ...(i.keys ?? [])].filter(Boolean).join(' ') : show(i.path);
    return { ok: false, error: key, detail: detail.slice(0, 200) };
  }
  return notice ? { ok: true, envelope: parsed.data, notice } : { ok: true, envelope: parsed.data };
}
