/**
 * Whether this browser holds a workspace, for the lock screen's first paint: plain IndexedDB, without idb,
 * zod or the crypto code (those load when the passphrase is typed). Never creates the database.
 */
import { workspaceDatabase } from './wipe';

/** @example await hasWorkspace() // => false on a device where no case manager has made one */
export async function hasWorkspace(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<boolean> {
  if (!factory) return false;
  try {
    const listed = await factory.databases?.();
    if (listed && !listed.some((d) => d.name === workspaceDatabase)) return false;
  } catch {
    // cannot list: open and look
  }
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(workspaceDatabase);
    } catch {
      return resolve(false);
    }
    // an upgrade means there was no database: abort, so none is created
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(false);
    request.onblocked = () => resolve(true);
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('meta')) {
        db.close();
        return resolve(false);
      }
      const get = db.transaction('meta').objectStore('meta').get('vault');
      get.onsuccess = () => { db.close(); resolve(get.result !== undefined); };
      get.onerror = () => { db.close(); resolve(false); };
    };
  });
}
