import { startTransition, useEffect, useState } from 'react';
import { mayHoldAnswers, storageCode, type StorageCode } from '../../storage/lazy';
import type { Envelope } from '../../storage/envelope';
import type { SavedNotice } from '../../storage/messages';

export type SavedHousehold =
  | { status: 'loading' }
  /** Nothing saved (the storage code loads with the first save); `notice` if something was unreadable. */
  | { status: 'empty'; code: StorageCode | null; notice?: SavedNotice }
  | { status: 'ready'; code: StorageCode; envelope: Envelope; notice?: SavedNotice }
  /** The storage code could not be loaded (offline before it was ever cached): nothing can be kept. */
  | { status: 'failed' };

/**
 * The family's saved answers on this device, for the islands that show them (check, result, plan).
 * Without answers on the device nothing is loaded; with them the storage code (zod schemas) comes first,
 * and the answers are read and checked by the gate. The change renders as a transition: React then
 * renders the new screen in slices instead of one long task.
 */
export function useSavedHousehold(): SavedHousehold {
  const [state, setState] = useState<SavedHousehold>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    if (!mayHoldAnswers()) {
      startTransition(() => setState({ status: 'empty', code: null }));
      return;
    }
    storageCode().then(
      (code) => {
        if (!live) return;
        const loaded = code.loadSaved(localStorage);
        startTransition(() =>
          setState(loaded.envelope && loaded.envelope.household.members.length > 0
            ? { status: 'ready', code, envelope: loaded.envelope, notice: loaded.notice }
            : { status: 'empty', code, notice: loaded.notice }));
      },
      () => live && setState({ status: 'failed' }),
    );
    return () => { live = false; };
  }, []);
  return state;
}
