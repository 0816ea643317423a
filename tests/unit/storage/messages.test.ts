import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importErrors, savedNotices, saveErrors } from '../../../src/storage/messages';

const flat = (o: Record<string, unknown>, p = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [p + k] : flat(v as Record<string, unknown>, `${p}${k}.`)));

describe.each(['de', 'en'])('locales/%s/storage.json', (lang) => {
  const keys = flat(JSON.parse(readFileSync(`locales/${lang}/storage.json`, 'utf8')));
  it('has a string for every key the storage module returns', () => {
    const needed = [...importErrors, ...savedNotices, ...saveErrors, 'import.migrated', 'sw.update', 'sw.reload'];
    expect(needed.filter((k) => !keys.includes(k))).toEqual([]);
  });
});

describe('German import errors', () => {
  const de = JSON.parse(readFileSync('locales/de/storage.json', 'utf8'));
  it.each(importErrors)('%s says the saved answers are unchanged', (key) => {
    expect(de.import[key.slice('import.'.length)]).toMatch(/gespeicherten Antworten sind unverändert/);
  });
});
