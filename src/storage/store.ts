/**
 * One interface for every place households are kept: this browser's own answers (localStorage, one
 * household) today, the case managers' encrypted workspace (IndexedDB, many households) beside it. Async,
 * so an encrypted store fits behind it. Every envelope a store hands out has passed the gate (`admit`).
 */
import type { Envelope } from './envelope';
import { loadSaved, save, type LoadResult, type SaveResult } from './local';
import { storageKeys } from './keys';
import { wipe } from './wipe';
import { admit } from './gate/admit';
import { parseJson } from './guard';

export interface StoredHousehold {
  id: string;
  savedAt: string;
  /** What the store shows in a list (the workspace's label); the device store has none. */
  label?: string;
}

export interface HouseholdStore {
  list(): Promise<StoredHousehold[]>;
  load(id: string): Promise<LoadResult>;
  save(id: string, envelope: Envelope): Promise<SaveResult>;
  /** Earlier versions still kept, newest first (the device keeps one: the household before the last change). */
  history(id: string): Promise<Envelope[]>;
  remove(id: string): Promise<void>;
}

/** The id of the one household this device's own store holds. */
export const deviceHousehold = 'this-device';

/**
 * The family's own answers on this device (localStorage keys `bleibeweg:answers*`), as a store of at most
 * one household. @example await localStore().load(deviceHousehold)
 */
export function localStore(storage: () => Storage = () => localStorage): HouseholdStore {
  const only = (id: string) => {
    if (id !== deviceHousehold) throw new Error(`the device store holds only "${deviceHousehold}"`);
  };
  return {
    async list() {
      const r = loadSaved(storage());
      return r.envelope ? [{ id: deviceHousehold, savedAt: r.envelope.savedAt }] : [];
    },
    async load(id) {
      only(id);
      return loadSaved(storage());
    },
    async save(id, envelope) {
      only(id);
      return save(storage(), envelope);
    },
    async history(id) {
      only(id);
      const raw = storage().getItem(storageKeys.previous);
      const parsed = raw === null ? null : parseJson(raw);
      const previous = parsed?.ok ? admit('saved', parsed.value) : null;
      return previous?.ok ? [previous.envelope] : [];
    },
    async remove(id) {
      only(id);
      wipe(storage());
    },
  };
}
