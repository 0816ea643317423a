/**
 * The contract every household store keeps (src/storage/store.ts), as a suite any store can run: the
 * device's localStorage store today, the workspace's encrypted IndexedDB store next.
 */
import { expect, it } from 'vitest';
import type { HouseholdStore } from '../../../src/storage/store';
import { createEnvelope, type Envelope } from '../../../src/storage/envelope';

const envelope = (name: string, minute: number): Envelope =>
  createEnvelope({ version: 1, members: [{ id: 'p1', name, birthDate: '1992-05-14', role: 'parent', nationality: 'SY' }] }, undefined, new Date(Date.UTC(2026, 11, 6, 10, minute)));

export function storeContract(make: () => HouseholdStore | Promise<HouseholdStore>, id: string) {
  it('is empty at first: list is empty, load says empty', async () => {
    const store = await make();
    expect(await store.list()).toEqual([]);
    expect((await store.load(id)).status).toBe('empty');
  });
  it('saves and loads the same envelope; list shows it with its date', async () => {
    const store = await make();
    const e = envelope('Amal', 1);
    expect(await store.save(id, e)).toEqual({ ok: true });
    expect(await store.load(id)).toEqual({ status: 'ok', envelope: e });
    expect(await store.list()).toEqual([expect.objectContaining({ id, savedAt: e.savedAt })]);
  });
  it('keeps the previous version in its history when a new one is saved', async () => {
    const store = await make();
    const first = envelope('Amal', 1);
    const second = envelope('Amala', 2);
    await store.save(id, first);
    await store.save(id, second);
    expect((await store.load(id)).envelope).toEqual(second);
    expect(await store.history(id)).toContainEqual(first);
  });
  it('refuses an invalid envelope and keeps what was there', async () => {
    const store = await make();
    const good = envelope('Amal', 1);
    await store.save(id, good);
    const bad = { ...good, household: { version: 1, members: [{ id: 'p1', name: '\u202Eevil', birthDate: '2023-02-30' }] } } as Envelope;
    expect((await store.save(id, bad)).ok).toBe(false);
    expect((await store.load(id)).envelope).toEqual(good);
  });
  it('remove deletes it: list empty, load empty, no history', async () => {
    const store = await make();
    await store.save(id, envelope('Amal', 1));
    await store.save(id, envelope('Amal', 2));
    await store.remove(id);
    expect(await store.list()).toEqual([]);
    expect((await store.load(id)).status).toBe('empty');
    expect(await store.history(id)).toEqual([]);
  });
}
