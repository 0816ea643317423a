/** One tap wipes everything: kept free of the schemas so the check page can offer it before they load. */
import { keyPrefix } from './keys';

/**
 * Removes every Bleibeweg entry (`bleibeweg:*`) from this storage.
 * @example wipe(localStorage)
 */
export function wipe(storage: Storage): void {
  const keys: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k !== null && k.startsWith(keyPrefix)) keys.push(k);
    }
    for (const k of keys) storage.removeItem(k);
  } catch {
    // storage blocked: nothing is stored either
  }
}
