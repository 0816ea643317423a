/**
 * Envelopes written by earlier versions, turned into the current shape before validation (nothing is
 * refused for being old). Schema 0: members under `answers`, no progress. Schema 1 (until 2026-12-06):
 * a member's id was the name the family typed, and `progress.asked` an object keyed by it. Both become
 * schema 2: ids `p1`, `p2`, … (in list order, so the same file always migrates to the same ids), the typed
 * name kept in `name`, progress as `<id>:<field>` keys. Answers are never changed.
 */
import { isPlainObject } from './guard';

const legacyIds = (members: unknown[]) => members.map((_, i) => `p${i + 1}`);

/** Schema-1 members: id → generated id, the old id kept as the name (unless one is already given). */
function renamed(members: unknown[]): { members: unknown[]; ids: Map<string, string> } {
  const fresh = legacyIds(members);
  const ids = new Map<string, string>();
  const out = members.map((m, i) => {
    if (!isPlainObject(m) || typeof m.id !== 'string') return m;
    ids.set(m.id, fresh[i]);
    const { id, ...rest } = m;
    return { id: fresh[i], name: typeof rest.name === 'string' ? rest.name : id, ...rest };
  });
  return { members: out, ids };
}

/** `asked` of schema 1 ({ [name]: [question, …] }) as schema-2 keys; entries for unknown members are dropped. */
function askedKeys(asked: unknown, ids: Map<string, string>): unknown {
  if (!isPlainObject(asked)) return asked;
  const keys: unknown[] = [];
  // Object.entries reads own properties only, so a member called "__proto__" or "constructor" is data here
  for (const [member, questions] of Object.entries(asked)) {
    const id = ids.get(member);
    if (!id || !Array.isArray(questions)) continue;
    for (const q of questions) keys.push(typeof q === 'string' ? `${id}:${q}` : q);
  }
  return keys;
}

function position(p: unknown, ids: Map<string, string>): unknown {
  if (!isPlainObject(p) || typeof p.member !== 'string') return p;
  const id = ids.get(p.member);
  return id ? { ...p, member: id } : null;
}

/**
 * The envelope in schema 2, or null when `v` is not an old envelope this version knows. Pure; validation
 * comes after it.
 */
export function migrate(v: Record<string, unknown>, now = new Date()): Record<string, unknown> | null {
  if (v.schema === 0) {
    const answers = v.answers;
    if (!isPlainObject(answers) || !Array.isArray(answers.members) || Object.keys(v).some((k) => !['app', 'schema', 'savedAt', 'answers'].includes(k))) return null;
    const savedAt = typeof v.savedAt === 'string' && !Number.isNaN(Date.parse(v.savedAt)) ? new Date(v.savedAt) : now;
    const { members } = renamed(answers.members);
    return { app: v.app, schema: 2, savedAt: savedAt.toISOString(), household: { version: 1, members }, progress: { asked: [], current: null, history: [], done: false } };
  }
  if (v.schema === 1) {
    const household = v.household;
    if (!isPlainObject(household) || !Array.isArray(household.members)) return { ...v, schema: 2 };
    const { members, ids } = renamed(household.members);
    const progress = isPlainObject(v.progress)
      ? { ...v.progress, asked: askedKeys(v.progress.asked, ids), current: position(v.progress.current, ids) ?? null, history: [] }
      : v.progress;
    return { ...v, schema: 2, household: { ...household, members }, progress };
  }
  return null;
}
