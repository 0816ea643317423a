/**
 * The saved-answers code (zod schemas, the largest piece of an island's start-up work) is loaded only
 * when there is something to read or to save: a first visit starts without it.
 */
import { storageKeys } from './keys';

export type StorageCode = typeof import('./local');

let pending: Promise<StorageCode> | undefined;

/** The storage module, fetched once; a failed fetch (offline, never cached) is tried again next time. */
export function storageCode(): Promise<StorageCode> {
  pending ??= import('./local').catch((e: unknown) => {
    pending = undefined;
    throw e;
  });
  return pending;
}

/**
 * Called by an island's module as it runs: with answers on the device, the storage code is fetched at once
 * and arrives while React is still loading. A failure is reported where the code is used.
 */
export function preloadStorageCode(): void {
  if (typeof window !== 'undefined' && mayHoldAnswers()) storageCode().catch(() => undefined);
}

/**
 * Whether this browser may hold answers that `loadSaved` would read (the main entry or its last good
 * copy). Blocked storage counts as "may": the storage code is what tells the user it cannot save.
 */
export function mayHoldAnswers(getStorage: () => Storage = () => localStorage): boolean {
  try {
    const storage = getStorage(); // reading window.localStorage itself throws where storage is blocked
    return storage.getItem(storageKeys.main) !== null || storage.getItem(storageKeys.backup) !== null;
  } catch {
    return true;
  }
}
