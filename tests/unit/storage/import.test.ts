import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { badCases, dir, expected, goodCases } from '../../fixtures/bad-imports/cases';
import { parseImport, parsePlanLink, toFile, toPlanFragment, maxImportBytes } from '../../../src/storage/transfer';
import { importErrors } from '../../../src/storage/messages';
import { admit } from '../../../src/storage/gate/admit';
const validateEnvelope = (v: unknown) => admit('file', v);
import { compressToEncodedURIComponent } from 'lz-string';

const bad = badCases();

describe('bad imports', () => {
  it('has at least 30 bad files, each with an expected key', () => {
    expect(bad.length).toBeGreaterThanOrEqual(30);
    for (const c of bad) expect(c.key, `${c.name} is missing from the table in cases.ts`).toBeDefined();
    expect(bad.map((c) => c.name).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(bad.filter((c) => c.name.endsWith('.json')).map((c) => [c.name, c] as const))('%s is refused', (_, c) => {
    const result = parseImport(c.text, Buffer.byteLength(c.text));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe(c.key);
  });

  it('uses only known message keys', () => {
    for (const c of bad) expect(importErrors).toContain(c.key);
  });

  it('refuses a file over 1 MB from its size alone, before reading the text', () => {
    expect(parseImport('{}', maxImportBytes + 1)).toEqual({ ok: false, error: 'import.tooLarge' });
    // counted in UTF-8 bytes when no size is given: 400 000 Arabic letters are 800 000 bytes…
    expect(parseImport('"' + 'ب'.repeat(400_000) + '"')).toMatchObject({ error: 'import.notBleibeweg' });
    // …and 600 000 of them 1.2 MB
    expect(parseImport('"' + 'ب'.repeat(600_000) + '"')).toMatchObject({ error: 'import.tooLarge' });
  });

  it('names the field that is wrong', () => {
    const c = bad.find((b) => b.name === '06-impossible-date.json')!;
    expect(parseImport(c.text)).toEqual({ ok: false, error: 'import.badDate', detail: 'household.members.0.birthDate', member: 'Amal' });
    const u = bad.find((b) => b.name === '05-unknown-field.json')!;
    expect(parseImport(u.text)).toMatchObject({ error: 'import.unknownField', detail: 'household.members.0 email' });
  });

  it('never lets a forbidden key reach an object prototype', () => {
    for (const name of ['10-proto-key.json', '11-constructor-key.json', '37-escaped-proto-key.json']) {
      parseImport(readFileSync(join(dir, name), 'utf8'));
    }
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a birth date after today, judged by the given day', () => {
    const text = readFileSync(join(dir, 'good', '01-minimal.json'), 'utf8');
    expect(parseImport(text, undefined, { today: '1988-02-13' })).toMatchObject({ error: 'import.futureDate' });
    expect(parseImport(text, undefined, { today: '1988-02-14' }).ok).toBe(true);
  });
});

describe('good imports', () => {
  it.each(goodCases().map((c) => [c.name, c] as const))('%s is accepted', (_, c) => {
    const result = parseImport(c.text, Buffer.byteLength(c.text));
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.notice).toBe(c.notice);
    expect(result.envelope.snapshot).toBeUndefined();
    expect(result.envelope.app).toBe('bleibeweg');
    expect(result.envelope.schema).toBe(2);
  });

  it('migrates the legacy schema 0 into a current envelope with empty progress', () => {
    const c = goodCases().find((g) => g.name === '05-legacy-schema-0.json')!;
    const r = parseImport(c.text);
    expect(r).toMatchObject({ ok: true, envelope: { household: { version: 1, members: [{ id: 'p1', name: 'Amal', status: 'duldung' }] }, progress: { asked: [], current: null, done: false } } });
  });
});

/** A committed file of the previous schema, as this version reads it (migrated: ids p1…, names kept). */
const current = (name: string) => {
  const r = admit('file', JSON.parse(readFileSync(join(dir, 'good', name), 'utf8')));
  if (!r.ok) throw new Error(`${name}: ${r.error}`);
  return r.envelope;
};

describe('export → import', () => {
  const family = current('02-family.json');

  it('round-trips a family, without the snapshot', () => {
    const withSnapshot = { ...family, snapshot: { value: 'review', context: { a: 1 } } };
    const file = toFile(withSnapshot, new Date(2026, 10, 29, 23, 30));
    expect(file.filename).toBe('bleibeweg-answers-2026-11-29.json');
    expect(file.text).not.toContain('snapshot');
    const back = parseImport(file.text);
    expect(back).toEqual({ ok: true, envelope: family });
  });

  it('accepts what toFile writes; export → import → export is stable byte for byte', () => {
    const first = parseImport(toFile(family).text);
    if (!first.ok) throw new Error(first.error);
    const once = toFile(first.envelope).text;
    const second = parseImport(once);
    expect(second.ok && toFile(second.envelope).text).toBe(once);
  });
});

describe('plan link', () => {
  const family = current('02-family.json');

  it('round-trips through the fragment, which carries no snapshot', () => {
    const hash = toPlanFragment({ ...family, snapshot: { big: 'x'.repeat(1000) } });
    expect(hash.startsWith('#p=')).toBe(true);
    expect(hash).toMatch(/^#p=[A-Za-z0-9+\-$]+$/);
    expect(hash.length).toBeLessThan(2000);
    expect(parsePlanLink(hash)).toEqual({ ok: true, envelope: family });
    expect(parsePlanLink(hash.slice(1))).toEqual({ ok: true, envelope: family });
  });

  it('refuses a broken fragment with import.brokenLink', () => {
    const committed = readFileSync(join(dir, '14-broken-plan-fragment.txt'), 'utf8').trim();
    const good = toPlanFragment(family);
    for (const hash of [committed, '', '#', '#p=', '#q=abc', '#p=%%%', '#p=<script>', good.slice(0, Math.floor(good.length / 2)), good.slice(0, -7), '#p=' + 'A'.repeat(50)]) {
      expect(parsePlanLink(hash), JSON.stringify(hash.slice(0, 40))).toMatchObject({ ok: false, error: 'import.brokenLink' });
    }
  });

  it('refuses an overlong fragment before decompressing it', () => {
    expect(parsePlanLink('#p=' + 'A'.repeat(200_000))).toEqual({ ok: false, error: 'import.tooLarge' });
  });

  it('a plan link for 20 people stays short', () => {
    const twenty = current('04-twenty-members.json');
    expect(toPlanFragment(twenty).length).toBeLessThan(4000);
  });

  it('applies the same validation as a file', () => {
    for (const c of bad.filter((b) => b.name.endsWith('.json') && !['import.notJson', 'import.empty', 'import.tooLarge'].includes(b.key))) {
      expect(parsePlanLink('#p=' + compressToEncodedURIComponent(c.text)), c.name).toMatchObject({ ok: false, error: c.key });
    }
  });
});

describe('validateEnvelope', () => {
  it('refuses an object built in code with a forbidden key', () => {
    const v = JSON.parse('{"app":"bleibeweg","schema":1,"x":{"__proto__":1}}');
    expect(validateEnvelope(v)).toMatchObject({ error: 'import.forbiddenKey' });
  });
});
