import './helpers';
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createVault, rawRecords, unlockVault, workspaceExists } from '../../../../src/storage/workspace/vault';
import { newFamily } from '../../../../src/storage/workspace/model';
import { amirFamily, envelopeOf, passphrase, testVault } from './helpers';
import { deleteWorkspaceDatabases } from '../../../../src/storage/workspace/wipe';
import { workspaceStore } from '../../../../src/storage/workspace/store';
import { storeContract } from '../store-contract';
import { newFamilyId } from '../../../../src/storage/workspace/model';

const readable = (records: unknown) => JSON.stringify(records);

describe('the workspace vault', () => {
  it('does not exist at first; exists once created', async () => {
    const options = testVault();
    expect(await workspaceExists(options)).toBe(false);
    (await createVault(passphrase, options)).lock();
    expect(await workspaceExists(options)).toBe(true);
  });
  it('keeps families encrypted: the database holds no label, name, date or answer in readable form', async () => {
    const options = testVault();
    const vault = await createVault(passphrase, options);
    const family = { ...newFamily('Familie am Kanal', 'fa'), envelope: envelopeOf(amirFamily()), nextAppointment: '2027-01-14' };
    expect(await vault.put(family)).toEqual({ ok: true });
    const raw = readable(await rawRecords(options));
    for (const secret of ['Kanal', 'Amir', 'Sara', '1987-04-02', '2027-01-14', 'duldung', 'benefits', '"fa"']) expect(raw).not.toContain(secret);
    expect(await vault.get(family.id)).toEqual(family);
    vault.lock();
  });
  it('opens again with the passphrase; a wrong one is told plainly and destroys nothing', async () => {
    const options = testVault();
    const vault = await createVault(passphrase, options);
    const family = { ...newFamily('Familie am Kanal', 'de'), envelope: envelopeOf(amirFamily()) };
    await vault.put(family);
    vault.lock();
    const before = readable(await rawRecords(options));
    for (const wrong of ['grüne Tasse am fenster', '', 'grüne Tasse am Fenster ']) {
      expect(await unlockVault(wrong, options)).toEqual({ ok: false, error: 'workspace.wrongPassphrase' });
    }
    expect(readable(await rawRecords(options))).toBe(before);
    const again = await unlockVault(passphrase, options);
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect((await again.vault.list()).families).toEqual([family]);
    again.vault.lock();
  });
  it('refuses every call once locked', async () => {
    const vault = await createVault(passphrase, testVault());
    vault.lock();
    expect(vault.locked).toBe(true);
    await expect(vault.list()).rejects.toThrow('locked');
    await expect(vault.put(newFamily('x', 'de'))).rejects.toThrow('locked');
  });
  it('refuses a second workspace and a short passphrase', async () => {
    const options = testVault();
    (await createVault(passphrase, options)).lock();
    await expect(createVault('another passphrase here', options)).rejects.toThrow('exists');
    await expect(createVault('short', testVault())).rejects.toThrow('short');
  });
  it('says when there is no workspace, and when its parameters are too weak for the real policy', async () => {
    const options = testVault();
    expect(await unlockVault(passphrase, options)).toEqual({ ok: false, error: 'workspace.none' });
    (await createVault(passphrase, options)).lock();
    // made with the fast test parameters: the page's own policy refuses them
    expect(await unlockVault(passphrase, { factory: options.factory })).toEqual({ ok: false, error: 'workspace.unsupported' });
  });
  it('keeps a record that does not open (changed on disk, or moved to another id) and lists it as unreadable', async () => {
    const options = testVault();
    const vault = await createVault(passphrase, options);
    const a = { ...newFamily('A', 'de'), envelope: envelopeOf(amirFamily()) };
    const b = newFamily('B', 'de');
    await vault.put(a);
    await vault.put(b);
    vault.lock();
    // swap the two ciphertexts under their ids, as someone with the disk could
    const db = await new Promise<IDBDatabase>((resolve) => { const r = options.factory.open('bleibeweg-workspace'); r.onsuccess = () => resolve(r.result); });
    const tx = db.transaction('families', 'readwrite');
    const store = tx.objectStore('families');
    const all = await new Promise<{ id: string; iv: string; data: string }[]>((resolve) => { const r = store.getAll(); r.onsuccess = () => resolve(r.result); });
    const [x, y] = all;
    store.put({ ...y, id: x.id });
    store.put({ ...x, id: y.id });
    await new Promise((resolve) => { tx.oncomplete = resolve; });
    db.close();
    const again = await unlockVault(passphrase, options);
    if (!again.ok) throw new Error('unlock');
    expect(await again.vault.list()).toEqual({ families: [], unreadable: expect.arrayContaining([a.id, b.id]) });
    expect(await again.vault.get(a.id)).toBe('unreadable');
    again.vault.lock();
  });
  it('refuses a family that does not pass the checks, and keeps the one before', async () => {
    const vault = await createVault(passphrase, testVault());
    const family = { ...newFamily('A', 'de'), envelope: envelopeOf(amirFamily()) };
    await vault.put(family);
    const bad = { ...family, envelope: { ...family.envelope!, household: { version: 1, members: [{ id: 'p1', name: '\u202Eevil', birthDate: '2023-02-30' }] } } } as never;
    expect((await vault.put(bad)).ok).toBe(false);
    expect((await vault.put({ ...family, label: '   ' })).ok).toBe(false);
    expect((await vault.put({ ...family, steps: [{ member: 'p1', step: 'apply:25b', state: 'finished' }] } as never)).ok).toBe(false);
    expect(await vault.get(family.id)).toEqual(family);
    vault.lock();
  });
  it('locks itself when the family pages delete the workspace in another tab', async () => {
    const options = testVault();
    let told = 0;
    const vault = await createVault(passphrase, { ...options, onLocked: () => told++ });
    await deleteWorkspaceDatabases(options.factory);
    expect(vault.locked).toBe(true);
    expect(told).toBe(1);
    expect(await workspaceExists(options)).toBe(false);
  });
});

describe('the workspace store keeps the store contract', () => {
  const id = newFamilyId();
  storeContract(async () => workspaceStore(await createVault(passphrase, testVault(new IDBFactory()))), id);
});

describe('the workspace store', () => {
  it('lists every family with its label and keeps each household apart', async () => {
    const vault = await createVault(passphrase, testVault());
    const store = workspaceStore(vault);
    const a = newFamily('Familie A', 'de');
    const b = newFamily('Familie B', 'ar');
    await vault.put(a);
    await vault.put(b);
    await store.save(a.id, envelopeOf(amirFamily()));
    expect(await store.list()).toEqual([{ id: a.id, savedAt: envelopeOf(amirFamily()).savedAt, label: 'Familie A' }]);
    expect((await store.load(b.id)).status).toBe('empty');
    expect(await store.save('not-an-id', envelopeOf(amirFamily()))).toEqual({ ok: false, error: 'saved.invalid' });
    vault.lock();
  });
  it('keeps the household before a change of facts as history, not a mere move of the check', async () => {
    const vault = await createVault(passphrase, testVault());
    const store = workspaceStore(vault);
    const f = newFamily('Familie A', 'de');
    await vault.put(f);
    const first = envelopeOf(amirFamily('benefits'), 1);
    await store.save(f.id, first);
    await store.save(f.id, { ...first, progress: { ...first.progress, done: true }, savedAt: envelopeOf(amirFamily(), 2).savedAt });
    expect(await store.history(f.id)).toEqual([]);
    await store.save(f.id, envelopeOf(amirFamily('mostly-own'), 3));
    expect((await store.history(f.id))[0].household).toEqual(first.household);
    vault.lock();
  });
});


describe('the workspace store and the case manager\'s record', () => {
  it('remove takes the household and its history, and keeps the label, meetings and steps', async () => {
    const vault = await createVault(passphrase, testVault());
    const changed: string[] = [];
    const store = workspaceStore(vault, { onChange: (f) => changed.push(f.id) });
    const f = { ...newFamily('Familie A', 'de'), steps: [{ member: 'pamir000001', step: 'work', state: 'done' as const }] };
    await vault.put(f);
    await store.save(f.id, envelopeOf(amirFamily('benefits'), 1));
    await store.save(f.id, envelopeOf(amirFamily('mostly-own'), 2));
    await store.remove(f.id);
    expect((await store.load(f.id)).status).toBe('empty');
    expect(await store.history(f.id)).toEqual([]);
    const kept = await vault.get(f.id);
    expect(kept).toMatchObject({ label: 'Familie A', steps: f.steps, envelope: null });
    expect(changed).toEqual([f.id, f.id, f.id]);
    vault.lock();
  });
});
