/**
 * What the released version (709abdb) wrote — saved answers, an exported file, a plan link
 * (tests/fixtures/legacy, recorded from its real build) — opens in this version with the same people,
 * names, answers and resume position. Only the ids change: the typed names become `name`, ids p1, p2, ….
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSaved } from '../../../src/storage/local';
import { parseImport, parsePlanLink } from '../../../src/storage/transfer';
import { storageKeys, type Envelope } from '../../../src/storage/envelope';
import { inputFromEnvelope } from '../../../src/flows/restore';
import { evaluate } from '../../../src/rules/evaluate';
import { nameOf } from '../../../src/rules/people';
import { MemoryStorage } from './memory-storage';

const dir = join(__dirname, '../../fixtures/legacy');
const read = (f: string) => readFileSync(join(dir, f), 'utf8');
const today = '2026-12-06';
type Old = { household: { members: Record<string, unknown>[] }; progress: { asked: Record<string, string[]>; current: { member: string; question: string } | null } };

/** The old envelope's members with their old ids as names: what the new one must hold. */
const expectedMembers = (old: Old) => old.household.members.map(({ id, ...rest }, i) => ({ id: `p${i + 1}`, name: id, ...rest }));

function opened(envelope: Envelope | undefined, old: Old) {
  expect(envelope).toBeDefined();
  expect(envelope!.schema).toBe(2);
  expect(envelope!.household.members).toEqual(expectedMembers(old));
  const ids = new Map(old.household.members.map((m, i) => [m.id as string, `p${i + 1}`]));
  const asked = Object.entries(old.progress.asked).flatMap(([name, qs]) => qs.map((q) => `${ids.get(name)}:${q}`));
  expect([...envelope!.progress.asked].sort()).toEqual(asked.sort());
}

describe('what the released version wrote still opens', () => {
  const saved: Old = JSON.parse(read('ar-family-saved.json'));

  it('saved answers on the device (schema 1): the same four people under their Arabic names, every answer and what was asked', () => {
    const s = new MemoryStorage();
    s.setItem(storageKeys.main, read('ar-family-saved.json'));
    s.setItem(storageKeys.backup, read('ar-family-saved-last-good.json'));
    const r = loadSaved(s, { today });
    expect(r.status).toBe('ok');
    opened(r.envelope, saved);
    expect(r.envelope!.household.members.map(nameOf)).toEqual(['أمل', 'خالد', 'سامي', 'ليلى']);
  });

  it('the exported file', () => {
    const r = parseImport(read('ar-family-file.json'), undefined, { today });
    expect(r.ok).toBe(true);
    if (r.ok) opened(r.envelope, JSON.parse(read('ar-family-file.json')));
  });

  it('the plan link from the printed QR code', () => {
    const [fragment] = read('ar-family-plan-link.txt').split('\n');
    const r = parsePlanLink(fragment, { today });
    expect(r.ok).toBe(true);
    if (r.ok) opened(r.envelope, saved);
  });

  it('the move to ids changes no result: the migrated household evaluates exactly as the old one, person by person', () => {
    const s = new MemoryStorage();
    s.setItem(storageKeys.main, read('ar-family-saved.json'));
    const household = loadSaved(s, { today }).envelope!.household;
    const before = evaluate({ version: 1, members: saved.household.members } as never, today);
    const after = evaluate(household, today);
    const rename = new Map(household.members.map((m) => [m.id, m.name!]));
    const back = JSON.parse(JSON.stringify(after), (k, v) => ((k === 'id' || k === 'member') && rename.has(v) ? rename.get(v) : v));
    expect(back).toEqual(before);
  });

  it('a half-finished check resumes at the same person and question', () => {
    const old = JSON.parse(read('de-half-saved.json'));
    const s = new MemoryStorage();
    s.setItem(storageKeys.main, read('de-half-saved.json'));
    const envelope = loadSaved(s, { today }).envelope!;
    opened(envelope, old);
    const input = inputFromEnvelope(envelope, today);
    expect(input.current).toEqual({ member: 'p1', question: 'asylum' });
    expect(nameOf(envelope.household.members[0])).toBe('Jana');
  });
});
