import { describe, expect, it } from 'vitest';
import { exportFamily, openFamilyFile, readFamilyFile, type FamilyFile } from '../../../../src/storage/workspace/file';
import { deriveKeys, fromBase64, seal, toBase64 } from '../../../../src/storage/workspace/crypto';
import { newFamily, type Family } from '../../../../src/storage/workspace/model';
import { recordMeeting } from '../../../../src/storage/workspace/meetings';
import { toFile } from '../../../../src/storage/file';
import { badCases, goodCases } from '../../../fixtures/bad-imports/cases';
import { amirFamily, envelopeOf, fastParams, fastPolicy } from './helpers';

const filePass = 'Datei für Frau Yilmaz';
const options = { policy: fastPolicy, admit: { today: '2026-12-06' } };

function family(): Family {
  const f: Family = { ...newFamily('Familie am Kanal', 'fa'), envelope: envelopeOf(amirFamily()), nextAppointment: '2027-01-14', goals: [{ member: 'pamir000001', text: 'Aufenthalt nach § 25b' }],
    steps: [{ member: 'pamir000001', step: 'work', state: 'in-progress', date: '2027-01-31', responsible: 'job-centre', note: 'Bewerbung Lager' }] };
  return recordMeeting(f, '2026-11-02');
}

async function exported(f = family()) {
  const { filename, text } = await exportFamily(f, filePass, { params: fastParams(), now: new Date('2026-12-06T10:00:00') });
  const read = readFamilyFile(text);
  if (read.kind !== 'encrypted') throw new Error(JSON.stringify(read));
  return { filename, text, file: read.file };
}

describe('an encrypted family file', () => {
  it('round-trips the whole family (label, meetings, steps, goals) under a new id; the file names nothing of it', async () => {
    const f = family();
    const { filename, text, file } = await exported(f);
    expect(filename).toBe('bleibeweg-family-2026-12-06.json');
    for (const secret of ['Kanal', 'Amir', 'Lager', '2027-01-14', 'job-centre']) expect(text).not.toContain(secret);
    const opened = await openFamilyFile(file, filePass, options);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.family.id).not.toBe(f.id);
    expect({ ...opened.family, id: f.id }).toEqual(f);
  });
  it('says "wrong passphrase" for a wrong passphrase (also the workspace\'s own, or an empty one)', async () => {
    const { file } = await exported();
    for (const wrong of ['Datei für Frau Yilmaz ', 'datei für frau yilmaz', '']) {
      expect(await openFamilyFile(file, wrong, options)).toEqual({ ok: false, error: 'workspace.file.wrongPassphrase' });
    }
  });
  it('says "changed" when the ciphertext, its IV or its header was modified (the AES-GCM tag)', async () => {
    const { file } = await exported();
    const data = fromBase64(file.data)!;
    data[data.length - 20] ^= 0x01;
    expect(await openFamilyFile({ ...file, data: toBase64(data) }, filePass, options)).toEqual({ ok: false, error: 'workspace.file.changed' });
    const iv = fromBase64(file.iv)!;
    iv[5] ^= 0x10;
    expect(await openFamilyFile({ ...file, iv: toBase64(iv) }, filePass, options)).toEqual({ ok: false, error: 'workspace.file.changed' });
    // a header changed so that it still derives the same key (the order of the kdf fields is not part of it)
    const { salt, ...rest } = file.kdf;
    const reordered = { ...file, kdf: { salt, ...rest } as FamilyFile['kdf'] };
    expect((await openFamilyFile(reordered, filePass, options)).ok).toBe(true);
  });
  it('says "damaged" when the file is cut off or its pieces are garbled, "not ours" for other files', async () => {
    const { text, file } = await exported();
    for (const cut of [text.slice(0, text.length / 2), text.slice(0, 30)]) expect(readFamilyFile(cut)).toEqual({ kind: 'error', error: 'workspace.file.damaged' });
    expect(await openFamilyFile({ ...file, data: file.data.slice(0, 12) }, filePass, options)).toEqual({ ok: false, error: 'workspace.file.damaged' });
    expect(await openFamilyFile({ ...file, iv: '!!' }, filePass, options)).toEqual({ ok: false, error: 'workspace.file.damaged' });
    expect(readFamilyFile(JSON.stringify({ ...file, extra: 1 }))).toEqual({ kind: 'error', error: 'workspace.file.damaged' });
    expect(readFamilyFile(JSON.stringify({ ...file, format: 2 }))).toEqual({ kind: 'error', error: 'workspace.file.newer' });
    for (const other of ['{"hello":"world"}', '[1,2]', 'PK\u0003\u0004 zip', JSON.stringify({ ...file, app: 'other' })]) {
      expect(readFamilyFile(other)).toEqual({ kind: 'error', error: 'workspace.file.notOurs' });
    }
    expect(readFamilyFile('  ')).toEqual({ kind: 'error', error: 'workspace.file.empty' });
    expect(readFamilyFile('x', 2 * 1024 * 1024)).toEqual({ kind: 'error', error: 'workspace.file.tooLarge' });
  });
  it('refuses weak or unknown key derivation parameters before deriving anything', async () => {
    const { file } = await exported();
    expect(await openFamilyFile(file, filePass)).toEqual({ ok: false, error: 'workspace.file.weak' });
    expect(await openFamilyFile({ ...file, kdf: { ...file.kdf, memory: 8_000_000 } as FamilyFile['kdf'] }, filePass, options)).toEqual({ ok: false, error: 'workspace.file.damaged' });
  });
  it('refuses content that opens but does not pass the checks (made by someone with the passphrase)', async () => {
    const { file } = await exported();
    const { key } = await deriveKeys(filePass, file.kdf);
    const head = JSON.stringify({ app: file.app, kind: file.kind, format: file.format, kdf: Object.fromEntries(Object.entries(file.kdf).sort(([a], [b]) => a.localeCompare(b))) });
    const evil = { ...family(), envelope: { ...envelopeOf(amirFamily()), household: { version: 1, members: [{ id: 'p1', name: '<script>', birthDate: '2000-01-01' }] } } };
    const sealedEvil = await seal(key, JSON.stringify(evil), head);
    expect(await openFamilyFile({ ...file, ...sealedEvil }, filePass, options)).toMatchObject({ ok: false, error: 'import.badName' });
    const sealedJunk = await seal(key, JSON.stringify({ format: 1, id: 'x' }), head);
    expect(await openFamilyFile({ ...file, ...sealedJunk }, filePass, options)).toMatchObject({ ok: false, error: 'workspace.file.badContent' });
    const sealedText = await seal(key, 'not json', head);
    expect(await openFamilyFile({ ...file, ...sealedText }, filePass, options)).toEqual({ ok: false, error: 'workspace.file.badContent' });
  });
});

describe("a family's own saved file (the family pages' export) coming into the workspace", () => {
  it('passes the gate and comes in as a household', () => {
    const { text } = toFile(envelopeOf(amirFamily()));
    const read = readFamilyFile(text, undefined, { today: '2026-12-06' });
    expect(read.kind).toBe('plain');
    if (read.kind === 'plain') expect(read.envelope.household).toEqual(amirFamily());
    for (const g of goodCases()) expect(readFamilyFile(g.text, undefined, { today: '2026-12-06' }).kind, g.name).toBe('plain');
  });
  it('refuses every file of the bad-import corpus with the gate\'s message (or "not ours")', () => {
    const ours: Record<string, string> = { 'import.notJson': 'workspace.file.notOurs', 'import.notBleibeweg': 'workspace.file.notOurs', 'import.empty': 'workspace.file.empty', 'import.tooLarge': 'workspace.file.tooLarge', 'import.brokenLink': 'workspace.file.notOurs' };
    for (const c of badCases()) {
      const read = readFamilyFile(c.text, undefined, { today: '2026-12-06' });
      expect(read.kind, c.name).toBe('error');
      const damaged = c.key === 'import.notJson' && c.text.includes('"bleibeweg"');
      if (read.kind === 'error') expect(read.error, c.name).toBe(damaged ? 'workspace.file.damaged' : ours[c.key] ?? c.key);
    }
  });
});
