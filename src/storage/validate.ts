/**
 * Validation of an envelope from any source (saved state, file, plan link): raw-JSON guards first,
 * then the zod schema. Returns a storage message key that says what is wrong.
 */
import { envelopeSchema, type Envelope } from './envelope';
import { maxMembers, rawProblem, unsafeName } from './guard';

export type ImportResult = { ok: true; envelope: Envelope } | { ok: false; error: string; detail?: string };

export function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function toFile(envelope: Envelope, now = new Date()): { filename: string; text: string } {
  const { snapshot: _, ...rest } = envelope;
  return { filename: `bleibeweg-answers-${now.toISOString().slice(0, 10)}.json`, text: JSON.stringify(rest, null, 2) };
}

/** Validates parsed JSON as an envelope; shared by file import, plan links and saved-state loading. */
export function validate(value: unknown, asOf = today()): ImportResult {
  const problem = rawProblem(value);
  if (problem) return { ok: false, error: problem };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, error: 'import.notBleibeweg' };
  const v = value as Record<string, unknown>;
  if (v.app !== 'bleibeweg') return { ok: false, error: 'import.notBleibeweg' };
  if (v.schema !== 1) return { ok: false, error: 'import.wrongVersion' };
  const household = v.household as { members?: unknown } | undefined;
  if (household && Array.isArray(household.members)) {
    if (household.members.length > maxMembers) return { ok: false, error: 'import.tooManyMembers' };
    for (const m of household.members as { id?: unknown; birthDate?: unknown }[]) {
      if (m && typeof m.id === 'string' && unsafeName(m.id)) return { ok: false, error: 'import.badName' };
      if (m && typeof m.birthDate === 'string' && m.birthDate > asOf) return { ok: false, error: 'import.futureDate', detail: m.birthDate };
    }
  }
  const parsed = envelopeSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.join('.');
    if (issue.code === 'unrecognized_keys') return { ok: false, error: 'import.unknownField', detail: `${path} ${(issue as { keys?: string[] }).keys?.join(', ') ?? ''}`.trim() };
    if (/date/i.test(issue.message)) return { ok: false, error: 'import.badDate', detail: path };
    return { ok: false, error: 'import.invalid', detail: `${path}: ${issue.message}` };
  }
  return { ok: true, envelope: parsed.data };
}

