/**
 * The gate: every household that comes in whole — saved answers, an imported file, a plan link, a workspace
 * record — passes `admit` before anything uses it. In order: old shapes migrated (../migrate.ts), raw
 * guards (depth, prototype keys), the app's rules that give the clearest message (people: at least one,
 * at most 20; names: the one name rule; dates: the one date rule), then the zod schema (the rule engine's
 * household schema inside the envelope). A typed answer passes the same rules field by field
 * (values.ts `answerProblem`, names.ts `nameProblem`). Returns the household's envelope or a storage
 * message key that says what is wrong, the field's path and, where it is about a person, their name.
 */
import { currentSchema, envelopeSchema, memberIdPattern, withoutSnapshot, type Envelope } from '../envelope';
import { isPlainObject, rawProblem, unsafeQuestionId } from '../guard';
import { migrate } from '../migrate';
import type { ImportError, ImportNotice } from '../messages';
import { answerFields, facts, maxMembers, type Fact } from '../../rules/facts';
import { todayIso } from '../../rules/dates';
import { nameProblem } from './names';
import { birthDateProblem, dateProblem, type DateProblem } from './values';

export type Source = 'saved' | 'file' | 'link' | 'workspace';

export type AdmitResult =
  | { ok: true; envelope: Envelope; notice?: ImportNotice }
  | { ok: false; error: ImportError; detail?: string; member?: string };

export interface AdmitOptions {
  /** Today as YYYY-MM-DD (local date); past events after it are refused. */
  today?: string;
}

type Problem = { error: ImportError; detail?: string; member?: string };

const isoShape = /^\d{4}-\d{2}-\d{2}$/;
const dateFields = answerFields.flatMap((f) => { const fact: Fact = facts[f]; return fact.type === 'date' ? [{ field: f, when: fact.when }] : []; });
const at = (m: Record<string, unknown>, field: string) => {
  const [head, tail] = field.split('.');
  const v = m[head];
  return tail ? (isPlainObject(v) ? v[tail] : undefined) : v;
};
const dateError = (p: DateProblem): ImportError => (p === 'dateFuture' ? 'import.futureDate' : 'import.badDate');

/** People, names and dates of the raw members list, before zod (whose messages are less precise). */
function memberProblem(members: unknown[], today: string, asOf: unknown): Problem | null {
  if (members.length === 0) return { error: 'import.noMembers', detail: 'household.members' };
  if (members.length > maxMembers) return { error: 'import.tooManyMembers', detail: String(members.length) };
  const names: string[] = [];
  for (const [i, m] of members.entries()) {
    if (!isPlainObject(m)) continue;
    const path = `household.members.${i}`;
    const shown = typeof m.name === 'string' ? m.name.slice(0, 40) : typeof m.id === 'string' ? m.id.slice(0, 40) : String(i + 1);
    if (typeof m.id === 'string' && !memberIdPattern.test(m.id)) return { error: 'import.badValue', detail: `${path}.id` };
    if (typeof m.name === 'string') {
      const p = nameProblem(m.name, names);
      if (p === 'nameTaken') return { error: 'import.duplicateId', detail: `${path}.name`, member: shown };
      if (p) return { error: 'import.badName', detail: `${path}.name`, member: p === 'nameInvisible' ? String(i + 1) : shown };
      names.push(m.name);
    }
    const birth = typeof m.birthDate === 'string' && isoShape.test(m.birthDate) ? m.birthDate : undefined;
    if (birth) {
      // a household evaluated on a given day (asOf) cannot have someone born after it
      if (typeof asOf === 'string' && birth > asOf) return { error: 'import.futureDate', detail: `${path}.birthDate`, member: shown };
      const p = birthDateProblem(birth, today);
      if (p) return { error: dateError(p), detail: `${path}.birthDate`, member: shown };
    }
    for (const { field, when } of dateFields) {
      const d = at(m, field);
      if (typeof d !== 'string' || !isoShape.test(d)) continue;
      const p = dateProblem(d, when, { today, birthDate: birth });
      if (p) return { error: dateError(p), detail: `${path}.${field}`, member: shown };
    }
  }
  return null;
}

function progressProblem(progress: unknown): Problem | null {
  if (!isPlainObject(progress)) return null;
  const positions = [progress.current, ...(Array.isArray(progress.history) ? progress.history : [])];
  for (const c of positions) {
    if (isPlainObject(c) && typeof c.question === 'string' && unsafeQuestionId(c.question)) return { error: 'import.badValue', detail: 'progress.current.question' };
  }
  return null;
}

const rank: ImportError[] = ['import.unknownField', 'import.duplicateId', 'import.futureDate', 'import.badDate', 'import.missingField', 'import.wrongType', 'import.badValue', 'import.invalid'];

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

type Issue = { code?: string; path: readonly PropertyKey[]; message: string; keys?: readonly string[] };
const dateKeys = new Set([...dateFields.map(({ field }) => field.split('.').pop()!), 'birthDate', 'asOf', 'savedAt', 'appliedOn']);

/** Maps one zod issue to the message key that explains it best. */
function classify(issue: Issue, value: unknown): ImportError {
  const last = String(issue.path.at(-1) ?? '');
  if (issue.code === 'unrecognized_keys') return 'import.unknownField';
  if (/^duplicate member id/.test(issue.message)) return 'import.duplicateId';
  if (/^birth date .* is after asOf/.test(issue.message)) return 'import.futureDate';
  if (/^(no member with id|contradicting spouse|member .* cannot be their own)/.test(issue.message)) return 'import.badLink';
  if (issue.code === 'invalid_type' && valueAt(value, issue.path) === undefined) return 'import.missingField';
  if (issue.code === 'invalid_type') return 'import.wrongType';
  if (dateKeys.has(last) || issue.message === 'invalid date') return 'import.badDate';
  if (['invalid_value', 'too_small', 'too_big', 'invalid_format', 'not_multiple_of', 'invalid_union', 'invalid_key', 'invalid_element'].includes(issue.code ?? '')) return 'import.badValue';
  return 'import.invalid';
}

const show = (path: readonly PropertyKey[]) => path.map(String).join('.');

/**
 * Admits a parsed envelope (JSON value) from `source`, or says why not.
 * @example admit('file', JSON.parse(text)) // => { ok: true, envelope } | { ok: false, error: 'import.badDate', detail: 'household.members.0.birthDate', member: 'Amal' }
 */
export function admit(source: Source, input: unknown, options: AdmitOptions = {}): AdmitResult {
  const today = options.today ?? todayIso();
  if (!isPlainObject(input) || input.app !== 'bleibeweg') return { ok: false, error: rawProblem(input) ?? 'import.notBleibeweg' };
  let value: Record<string, unknown> = input;
  let notice: ImportNotice | undefined;
  if (input.schema !== currentSchema) {
    const migrated = typeof input.schema === 'number' && input.schema < currentSchema ? migrate(input) : null;
    if (!migrated) return { ok: false, error: 'import.wrongVersion', detail: `schema ${JSON.stringify(input.schema ?? null).slice(0, 20)}` };
    value = migrated;
    // files and links of the previous schema open silently (nothing the family needs to know); schema 0 says so
    if (input.schema === 0) notice = 'import.migrated';
  }
  const raw = rawProblem(value);
  if (raw) return { ok: false, error: raw };
  const household = value.household;
  if (isPlainObject(household)) {
    if ('version' in household && household.version !== 1) return { ok: false, error: 'import.wrongVersion', detail: 'household.version' };
    if (Array.isArray(household.members)) {
      const p = memberProblem(household.members, today, household.asOf);
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
  // the XState snapshot is a cache of this device's own session: it never comes in from outside
  const envelope = source === 'saved' ? parsed.data : withoutSnapshot(parsed.data);
  return notice ? { ok: true, envelope, notice } : { ok: true, envelope };
}
