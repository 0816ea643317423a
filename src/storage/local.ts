/**
 * Saved answers in this browser's localStorage. Loading never deletes what is stored; saving keeps the
 * last good copy until the new one is written and read back.
 */
import { storageKeys, type Envelope } from './envelope';
import { safeParse } from './guard';
import { validate } from './validate';

export type LoadResult =
  | { status: 'empty'; envelope?: undefined; notice?: undefined }
  | { status: 'ok'; envelope: Envelope; notice?: undefined }
  | { status: 'recovered'; envelope: Envelope; notice: string }
  | { status: 'unreadable'; envelope?: undefined; notice: string };

function read(storage: Storage, key: string): { raw: string | null; envelope?: Envelope; household?: unknown } {
  let raw: string | null = null;
  try { raw = storage.getItem(key); } catch { return { raw: null }; }
  if (raw === null) return { raw };
  const parsed = safeParse(raw);
  if (!parsed.ok) return { raw };
  const checked = validate(parsed.value);
  if (checked.ok) return { raw, envelope: checked.envelope };
  const household = (parsed.value as { household?: unknown } | null)?.household;
  return { raw, household };
}

/** Rebuilds an envelope around a household that is still valid (answers are the truth; progress is not). */
function rebuild(household: unknown): Envelope | undefined {
  const checked = validate({ app: 'bleibeweg', schema: 1, savedAt: new Date().toISOString(), household, progress: { asked: {}, current: null, done: false } });
  return checked.ok ? checked.envelope : undefined;
}

export function loadSaved(storage: Storage): LoadResult {
  const main = read(storage, storageKeys.main);
  if (main.envelope) return { status: 'ok', envelope: main.envelope };
  const backup = read(storage, storageKeys.backup);
  if (main.raw === null && !backup.envelope) return backup.raw === null ? { status: 'empty' } : { status: 'unreadable', notice: 'saved.unreadable' };
  const rebuilt = main.household !== undefined ? rebuild(main.household) : undefined;
  if (rebuilt) return { status: 'recovered', envelope: rebuilt, notice: 'saved.rebuilt' };
  if (backup.envelope) return { status: 'recovered', envelope: backup.envelope, notice: 'saved.fromBackup' };
  return { status: 'unreadable', notice: 'saved.unreadable' };
}

export type SaveResult = { ok: true } | { ok: false; error: string };

export function save(storage: Storage, envelope: Envelope): SaveResult {
  const checked = validate(JSON.parse(JSON.stringify(envelope)));
  if (!checked.ok) return { ok: false, error: 'saved.invalid' };
  const text = JSON.stringify(checked.envelope);
  try {
    const previous = storage.getItem(storageKeys.main);
    if (previous !== null && read(storage, storageKeys.main).envelope) storage.setItem(storageKeys.backup, previous);
    storage.setItem(storageKeys.main, text);
    if (storage.getItem(storageKeys.main) !== text) return { ok: false, error: 'saved.saveFailed' };
    storage.setItem(storageKeys.backup, text);
    return { ok: true };
  } catch {
    return { ok: false, error: 'saved.saveFailed' };
  }
}

/** Removes every Bleibeweg entry from this browser. */
export function wipe(storage: Storage): void {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith('bleibeweg:')) keys.push(k);
  }
  keys.forEach((k) => storage.removeItem(k));
}
