/**
 * Deleting the case managers' workspace from this browser: its IndexedDB database (and any other database
 * whose name starts with `bleibeweg`). Free of idb, zod and crypto, so the family pages' "delete all" can
 * call it without loading the workspace.
 */

/** The workspace's database; every database this site creates is named `bleibeweg…`. */
export const workspaceDatabase = 'bleibeweg-workspace';
export const databasePrefix = 'bleibeweg';

function deleteOne(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`could not delete ${name}`));
    // "blocked": a tab still has it open; the workspace closes its connection on versionchange, after
    // which success follows, so there is nothing to do here but wait
  });
}

/**
 * Deletes the workspace database and every other `bleibeweg…` database of this origin. Resolves once they
 * are gone (also when there was none); a browser without IndexedDB has nothing to delete.
 * @example await deleteWorkspaceDatabases()
 */
export async function deleteWorkspaceDatabases(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<void> {
  if (!factory) return;
  const names = new Set([workspaceDatabase]);
  try {
    // not in every browser (Firefox before 126): the workspace's own name is deleted in any case
    for (const db of (await factory.databases?.()) ?? []) if (db.name?.startsWith(databasePrefix)) names.add(db.name);
  } catch {
    // listing refused: delete the known name
  }
  await Promise.all([...names].map((name) => deleteOne(factory, name)));
}
