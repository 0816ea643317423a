/**
 * Saved answers in this browser's storage (localStorage in the app, an in-memory Storage in tests).
 *
 * - Loading never deletes or overwrites anything.
 * - Saving validates first, writes the main key only with text that parses back to the same envelope,
 *   and keeps the last good copy under a backup key until the new one is written.
 * - A damaged main entry is kept under its own key before a save replaces it.
 */
import { currentSchema, emptyProgress, envelopeSchema, keyPrefix, storageKeys, type Envelope } from './envelope';
import { isPlainObject, parseJson } from './guard';
import type { SaveError, SavedNotice } from './messages';
import { admit, type AdmitOptions } from './gate/admit';

export type LoadResult =
  | { status: 'empty'; envelope?: undefined; notice?: undefined }
  | { status: 'ok'; envelope: Envelope; notice?: undefined }
  | { status: 'recovered'; envelope: Envelope; notice: SavedNotice }
  | { status: 'unreadable'; envelope?: undefined; notice: SavedNotice };

export type SaveResult = { ok: true; droppedSnapshot?: boolean } | { ok: false; error: SaveError };

type Read =
  | { kind: 'absent' }
  | { kind: 'blocked' }
  | { kind: 'good'; raw: string; envelope: Envelope; migrated: boolean }
  | { kind: 'bad'; raw: string; parsed?: unknown };

function getItem(storage: Storage, key: string): string | null | undefined {
  try {
    return storage.getItem(key);
  } catch {
    return undefined; // storage disabled or blocked
  }
}

function read(storage: Storage, key: string, options: AdmitOptions): Read {
  const raw = getItem(storage, key);
  if (raw === undefined) return { kind: 'blocked' };
  if (raw === null) return { kind: 'absent' };
  const parsed = parseJson(raw);
  if (!parsed.ok) return { kind: 'bad', raw };
  const checked = admit('saved', parsed.value, options);
  if (checked.ok) return { kind: 'good', raw, envelope: checked.envelope, migrated: !!checked.notice };
  return { kind: 'bad', raw, parsed: parsed.value };
}

/**
 * Rebuilds an envelope around a household that is still valid inside a broken envelope: the answers
 * are the truth; progress is kept only if it passes with them; the snapshot cache is dropped.
 */
function rebuild(parsed: unknown, options: AdmitOptions): Envelope | undefined {
  if (!isPlainObject(parsed) || parsed.household === undefined) return undefined;
  // a different envelope version (e.g. written by a newer release) is not guessed at
  const schema = parsed.schema ?? currentSchema;
  if (typeof schema !== 'number' || schema < 1 || schema > currentSchema) return undefined;
  const savedAt = typeof parsed.savedAt === 'string' && envelopeSchema.shape.savedAt.safeParse(parsed.savedAt).success ? parsed.savedAt : new Date().toISOString();
  const candidate = { app: 'bleibeweg', schema, savedAt, household: parsed.household, progress: parsed.progress };
  const checked = admit('saved', candidate, options);
  if (checked.ok) return checked.envelope;
  const none = schema === 1 ? { asked: {}, current: null, done: false } : emptyProgress();
  const bare = admit('saved', { ...candidate, progress: none }, options);
  return bare.ok ? bare.envelope : undefined;
}

/**
 * Loads the saved answers. Order: the main entry → the main entry migrated (older schema) or rebuilt
 * (valid household in a broken envelope) → the backup copy → unreadable. Never changes storage.
 * @example const { status, envelope, notice } = loadSaved(localStorage);
 */
export function loadSaved(storage: Storage, options: AdmitOptions = {}): LoadResult {
  const main = read(storage, storageKeys.main, options);
  if (main.kind === 'blocked') return { status: 'unreadable', notice: 'saved.noStorage' };
  if (main.kind === 'good') return main.migrated ? { status: 'recovered', envelope: main.envelope, notice: 'saved.migrated' } : { status: 'ok', envelope: main.envelope };
  if (main.kind === 'bad') {
    const rebuilt = rebuild(main.parsed, options);
    if (rebuilt) return { status: 'recovered', envelope: rebuilt, notice: 'saved.rebuilt' };
  }
  const backup = read(storage, storageKeys.backup, options);
  if (backup.kind === 'good') return { status: 'recovered', envelope: backup.envelope, notice: 'saved.fromBackup' };
  if (main.kind === 'absent' && backup.kind === 'absent') return { status: 'empty' };
  return { status: 'unreadable', notice: 'saved.unreadable' };
}

const isQuota = (e: unknown) =>
  e instanceof Error && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || (e as { code?: number }).code === 22 || (e as { code?: number }).code === 1014);

function setItem(storage: Storage, key: string, text: string): 'ok' | 'quota' | 'failed' {
  try {
    storage.setItem(key, text);
    return getItem(storage, key) === text ? 'ok' : 'failed';
  } catch (e) {
    return isQuota(e) ? 'quota' : 'failed';
  }
}

/**
 * Validates and saves the envelope. If space runs out, it tries again without the snapshot cache.
 * On any failure the stored answers stay as they were.
 * @example const r = save(localStorage, envelope); if (!r.ok) show(t(r.error));
 */
export function save(storage: Storage, envelope: Envelope, options: AdmitOptions = {}): SaveResult {
  let text: string;
  let checked;
  try {
    text = JSON.stringify(envelope);
    const back = parseJson(text);
    checked = back.ok ? admit('saved', back.value, options) : back;
  } catch {
    return { ok: false, error: 'saved.invalid' };
  }
  let droppedSnapshot = false;
  if (!checked.ok && envelope.snapshot !== undefined) {
    // the snapshot is only a cache: drop it rather than refuse to save the answers
    const { snapshot: _, ...rest } = envelope;
    return save(storage, rest as Envelope, options);
  }
  if (!checked.ok) return { ok: false, error: 'saved.invalid' };

  const current = read(storage, storageKeys.main, options);
  if (current.kind === 'blocked') return { ok: false, error: 'saved.noStorage' };
  if (current.kind === 'good') {
    // make sure the previous good copy is kept until the new one is in place
    if (getItem(storage, storageKeys.backup) !== current.raw) setItem(storage, storageKeys.backup, current.raw);
    // one step back: the household before this save (best effort; a full storage keeps the older step)
    if (JSON.stringify(current.envelope.household) !== JSON.stringify(checked.envelope.household)) setItem(storage, storageKeys.previous, current.raw);
  } else if (current.kind === 'bad' && getItem(storage, storageKeys.damaged) !== current.raw) {
    setItem(storage, storageKeys.damaged, current.raw);
  }

  let written = setItem(storage, storageKeys.main, text);
  if (written === 'quota' && checked.envelope.snapshot !== undefined) {
    const { snapshot: _, ...rest } = checked.envelope;
    text = JSON.stringify(rest);
    droppedSnapshot = true;
    written = setItem(storage, storageKeys.main, text);
  }
  if (written !== 'ok') {
    // a failed write may have left a partial value in a non-standard storage: put the old text back
    if (current.kind === 'good' || current.kind === 'bad') {
      if (getItem(storage, storageKeys.main) !== current.raw) setItem(storage, storageKeys.main, current.raw);
    }
    return { ok: false, error: written === 'quota' ? 'saved.quotaExceeded' : 'saved.saveFailed' };
  }
  // the new copy is in place and reads back: it becomes the last good copy (best effort; if this
  // fails for lack of space, the backup still holds the previous good copy)
  setItem(storage, storageKeys.backup, text);
  return droppedSnapshot ? { ok: true, droppedSnapshot } : { ok: true };
}

export { wipe } from './wipe';
