import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { deleteWorkspaceDatabases, workspaceDatabase } from '../../../../src/storage/workspace/wipe';

const create = (factory: IDBFactory, name: string) => new Promise<IDBDatabase>((resolve, reject) => {
  const r = factory.open(name, 1);
  r.onupgradeneeded = () => r.result.createObjectStore('x');
  r.onsuccess = () => resolve(r.result);
  r.onerror = () => reject(r.error);
});
const names = async (factory: IDBFactory) => (await factory.databases()).map((d) => d.name).sort();

describe('deleteWorkspaceDatabases', () => {
  it('deletes the workspace database and every other bleibeweg… database, and nothing else', async () => {
    const factory = new IDBFactory();
    for (const name of [workspaceDatabase, 'bleibeweg-other', 'someone-else']) (await create(factory, name)).close();
    await deleteWorkspaceDatabases(factory);
    expect(await names(factory)).toEqual(['someone-else']);
  });
  it('waits for an open workspace that closes on versionchange', async () => {
    const factory = new IDBFactory();
    const db = await create(factory, workspaceDatabase);
    db.onversionchange = () => db.close();
    await deleteWorkspaceDatabases(factory);
    expect(await names(factory)).toEqual([]);
  });
  it('is fine with nothing there, and without IndexedDB at all', async () => {
    await expect(deleteWorkspaceDatabases(new IDBFactory())).resolves.toBeUndefined();
    await expect(deleteWorkspaceDatabases(undefined)).resolves.toBeUndefined();
  });
});

describe('hasWorkspace', () => {
  it('is false on a fresh browser and creates nothing when asking', async () => {
    const { hasWorkspace } = await import('../../../../src/storage/workspace/exists');
    const factory = new IDBFactory();
    expect(await hasWorkspace(factory)).toBe(false);
    expect(await names(factory)).toEqual([]);
    // a database without the vault record (an interrupted first start) is no workspace either
    (await create(factory, workspaceDatabase)).close();
    expect(await hasWorkspace(factory)).toBe(false);
  });
});
