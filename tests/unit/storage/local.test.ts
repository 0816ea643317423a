import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dir } from '../../fixtures/bad-imports/cases';
import { loadSaved, save, wipe } from '../../../src/storage/local';
import { storageKeys, type Envelope } from '../../../src/storage/envelope';
import { admit } from '../../../src/storage/gate/admit';
import { savedNotices, saveErrors } from '../../../src/storage/messages';
import { MemoryStorage, quotaError } from './memory-storage';

const read = (name: string) => readFileSync(join(dir, name), 'utf8');
/** A committed file of the previous schema as this version holds it (migrated: ids p1…, names kept). */
const current = (name: string): Envelope => {
  const r = admit('saved', JSON.parse(read(name)));
  if (!r.ok) throw new Error(`${name}: ${r.error}`);
  return r.envelope;
};
const family = current('good/02-family.json');
const minimal = current('good/01-minimal.json');
const step = (e: Envelope, n: number): Envelope => ({ ...e, savedAt: new Date(Date.UTC(2026, 10, 20, 10, n)).toISOString() });

let s: MemoryStorage;
beforeEach(() => {
  s = new MemoryStorage();
});

describe('loadSaved', () => {
  it('is empty when nothing is stored', () => {
    expect(loadSaved(s)).toEqual({ status: 'empty' });
  });

  it('loads a good main entry', () => {
    s.setItem(storageKeys.main, JSON.stringify(family));
    expect(loadSaved(s)).toEqual({ status: 'ok', envelope: family });
  });

  it('corrupt main + good backup → recovered from the backup, raw main untouched', () => {
    const garbage = '{"app":"bleibeweg","schema":1,"household":{"members":[{"id":"Am';
    s.setItem(storageKeys.main, garbage);
    s.setItem(storageKeys.backup, JSON.stringify(minimal));
    const before = s.dump();
    expect(loadSaved(s)).toEqual({ status: 'recovered', envelope: minimal, notice: 'saved.fromBackup' });
    expect(s.dump()).toEqual(before);
  });

  it('main missing but backup good (an interrupted write) → recovered from the backup', () => {
    s.setItem(storageKeys.backup, JSON.stringify(minimal));
    expect(loadSaved(s)).toMatchObject({ status: 'recovered', notice: 'saved.fromBackup' });
  });

  it('valid household in a broken envelope → rebuilt, progress kept when valid, snapshot dropped', () => {
    const broken = { ...family, savedAt: 'not a date', extra: true, snapshot: { value: 'gone' } };
    s.setItem(storageKeys.main, JSON.stringify(broken));
    const r = loadSaved(s);
    expect(r.status).toBe('recovered');
    expect(r.notice).toBe('saved.rebuilt');
    expect(r.envelope?.household).toEqual(family.household);
    expect(r.envelope?.progress).toEqual(family.progress);
    expect(r.envelope?.snapshot).toBeUndefined();
    expect(s.getItem(storageKeys.main)).toBe(JSON.stringify(broken));
  });

  it('broken progress is dropped; the household is the truth', () => {
    s.setItem(storageKeys.main, JSON.stringify({ ...family, progress: { asked: 'everything', done: 'maybe' } }));
    const r = loadSaved(s);
    expect(r).toMatchObject({ status: 'recovered', notice: 'saved.rebuilt', envelope: { household: family.household, progress: { asked: [], current: null, history: [], done: false } } });
  });

  it('a rebuilt household is preferred over an older backup', () => {
    s.setItem(storageKeys.main, JSON.stringify({ ...family, snapshot: undefined, savedAt: 5 }));
    s.setItem(storageKeys.backup, JSON.stringify(minimal));
    expect(loadSaved(s)).toMatchObject({ status: 'recovered', notice: 'saved.rebuilt', envelope: { household: family.household } });
  });

  it('outdated schema 0 → migrated with a notice, raw left as it was', () => {
    const legacy = read('good/05-legacy-schema-0.json');
    s.setItem(storageKeys.main, legacy);
    const r = loadSaved(s);
    expect(r).toMatchObject({ status: 'recovered', notice: 'saved.migrated', envelope: { schema: 2, household: { version: 1, members: [{ id: 'p1', name: 'Amal' }] } } });
    expect(s.getItem(storageKeys.main)).toBe(legacy);
  });

  it('a future schema version is not guessed at: the backup is used', () => {
    s.setItem(storageKeys.main, JSON.stringify({ ...family, schema: 3 }));
    s.setItem(storageKeys.backup, JSON.stringify(minimal));
    expect(loadSaved(s)).toMatchObject({ status: 'recovered', notice: 'saved.fromBackup', envelope: minimal });
  });

  it('garbage everywhere → unreadable, and every raw value untouched', () => {
    s.setItem(storageKeys.main, '\u0000garbage{');
    s.setItem(storageKeys.backup, '[1,2,3]');
    s.setItem('other-app', 'keep');
    const before = s.dump();
    expect(loadSaved(s)).toEqual({ status: 'unreadable', notice: 'saved.unreadable' });
    expect(s.dump()).toEqual(before);
  });

  it('answers saved by the previous version (schema 1, names as ids) open as they were: ids p1…, names kept, progress kept', () => {
    const old = read('good/02-family.json');
    s.setItem(storageKeys.main, old);
    const r = loadSaved(s);
    expect(r).toEqual({ status: 'ok', envelope: family });
    expect(r.envelope!.household.members.map((m) => [m.id, m.name])).toEqual(JSON.parse(old).household.members.map((m: { id: string }, i: number) => [`p${i + 1}`, m.id]));
    expect(s.getItem(storageKeys.main)).toBe(old);
  });

  it('a forbidden key in the saved entry is not trusted', () => {
    s.setItem(storageKeys.main, '{"app":"bleibeweg","schema":1,"__proto__":{"x":1}}');
    expect(loadSaved(s)).toMatchObject({ status: 'unreadable' });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('blocked storage → unreadable with its own notice', () => {
    const blocked = { getItem() { throw new Error('SecurityError'); } } as unknown as Storage;
    expect(loadSaved(blocked)).toEqual({ status: 'unreadable', notice: 'saved.noStorage' });
  });

  it('only returns known notices', () => {
    s.setItem(storageKeys.main, 'x');
    const r = loadSaved(s);
    expect(savedNotices).toContain(r.notice);
  });
});

describe('save', () => {
  it('writes main and backup; loading gives the same envelope', () => {
    expect(save(s, family)).toEqual({ ok: true });
    expect(JSON.parse(s.getItem(storageKeys.main)!)).toEqual(family);
    expect(s.getItem(storageKeys.backup)).toBe(s.getItem(storageKeys.main));
    expect(loadSaved(s)).toEqual({ status: 'ok', envelope: family });
  });

  it('refuses an invalid envelope and leaves storage alone', () => {
    save(s, minimal);
    const before = s.dump();
    const bad = { ...minimal, household: { version: 1, members: [{ id: '<b>', birthDate: '2023-02-30' }] } } as Envelope;
    expect(save(s, bad)).toEqual({ ok: false, error: 'saved.invalid' });
    expect(s.dump()).toEqual(before);
  });

  it('keeps the previous good copy when the new write fails for lack of space', () => {
    save(s, step(minimal, 1));
    const good = s.getItem(storageKeys.main)!;
    s.failWrites = { error: quotaError };
    expect(save(s, step(family, 2))).toEqual({ ok: false, error: 'saved.quotaExceeded' });
    expect(s.getItem(storageKeys.main)).toBe(good);
    expect(s.getItem(storageKeys.backup)).toBe(good);
    expect(loadSaved(s)).toEqual({ status: 'ok', envelope: step(minimal, 1) });
  });

  it('keeps the backup until the main key was written: a failure after it leaves the old copy', () => {
    save(s, step(minimal, 1));
    const first = s.getItem(storageKeys.main)!;
    // main can be written, the backup cannot: the backup must still hold a good copy
    s.failWrites = { error: quotaError, keys: (k) => k === storageKeys.backup };
    expect(save(s, step(family, 2))).toEqual({ ok: true });
    expect(s.getItem(storageKeys.backup)).toBe(first);
    expect(JSON.parse(s.getItem(storageKeys.main)!)).toEqual(step(family, 2));
  });

  it('copies the previous good main entry to the backup before overwriting it', () => {
    s.setItem(storageKeys.main, JSON.stringify(step(minimal, 1))); // written by an older version, no backup
    s.failWrites = { error: quotaError, keys: (k) => k === storageKeys.main };
    expect(save(s, step(family, 2))).toMatchObject({ ok: false });
    expect(JSON.parse(s.getItem(storageKeys.backup)!)).toEqual(step(minimal, 1));
    expect(JSON.parse(s.getItem(storageKeys.main)!)).toEqual(step(minimal, 1));
  });

  it('drops the snapshot cache when space runs out, rather than losing the answers', () => {
    const big = { ...family, snapshot: { value: 'review', blob: 'x'.repeat(5000) } };
    const limited = new MemoryStorage();
    const orig = limited.setItem.bind(limited);
    limited.setItem = (k: string, v: string) => {
      if (v.length > 4000) throw quotaError();
      orig(k, v);
    };
    expect(save(limited, big)).toEqual({ ok: true, droppedSnapshot: true });
    expect(loadSaved(limited)).toEqual({ status: 'ok', envelope: family });
  });

  it('drops a snapshot that is itself invalid (too deep) and saves the answers', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 30; i++) deep = (deep.a = {}) as Record<string, unknown>;
    expect(save(s, { ...family, snapshot: root })).toEqual({ ok: true });
    expect(loadSaved(s)).toEqual({ status: 'ok', envelope: family });
  });

  it('any other write error gives saved.saveFailed', () => {
    s.failWrites = { error: () => new Error('disk on fire') };
    expect(save(s, family)).toEqual({ ok: false, error: 'saved.saveFailed' });
  });

  it('keeps a damaged main entry under its own key before replacing it', () => {
    s.setItem(storageKeys.main, 'damaged{');
    expect(save(s, family)).toEqual({ ok: true });
    expect(s.getItem(storageKeys.damaged)).toBe('damaged{');
  });

  it('only returns known error keys', () => {
    s.failWrites = { error: quotaError };
    const r = save(s, family);
    expect(!r.ok && saveErrors).toContain(!r.ok && r.error);
  });
});

describe('wipe', () => {
  it('removes every bleibeweg key and nothing else', () => {
    save(s, family);
    s.setItem(storageKeys.damaged, 'x');
    s.setItem('bleibeweg:something-else', 'x');
    s.setItem('other-app', 'keep');
    wipe(s);
    expect(s.dump()).toEqual({ 'other-app': 'keep' });
    expect(loadSaved(s)).toEqual({ status: 'empty' });
  });
});
