/**
 * Every translation in the repository has a record of the German it was made from (src/translation/). New
 * keys, pages and glossary terms need no hand-written hashes: `npm run i18n:stamp` writes them. This test
 * fails with that instruction when someone added or edited a translation without it.
 */
import { describe, it, expect } from 'vitest';
import { readUnits, orphanRecords, stringNamespaces } from '../../../src/translation/repo';
import { namespaces } from '../../../src/i18n/resources';

const units = readUnits('.');
const howTo = 'Run `npm run i18n:stamp` (it records these as machine translations of today\'s German; a translator uses `-- --by human`). See content/README.md, "Translation states".';

describe('translation records', () => {
  it('cover the same namespaces as the site', () => {
    expect([...stringNamespaces], 'a namespace was added or removed in src/i18n/resources.ts: change stringNamespaces in src/translation/repo.ts the same way, then run `npm run i18n:stamp`').toEqual([...namespaces]);
  });

  it('exist for every translated string, page section, glossary explanation and office description', () => {
    const missing = units.filter((u) => u.state === 'unrecorded').map((u) => `${u.lang} ${u.id}`);
    expect(missing.length, `${missing.length} translations have no record, e.g. ${missing.slice(0, 8).join(', ')}. ${howTo}`).toBe(0);
  });

  it('describe today\'s translations (none was edited after it was recorded)', () => {
    const edited = units.filter((u) => u.state === 'edited').map((u) => `${u.lang} ${u.id}`);
    expect(edited.length, `${edited.length} translations changed since they were recorded, e.g. ${edited.slice(0, 8).join(', ')}. ${howTo}`).toBe(0);
  });

  it('belong to texts that still exist', () => {
    const orphans = orphanRecords('.', units);
    expect(orphans.length, `records of removed texts: ${orphans.slice(0, 8).join(', ')}. ${howTo}`).toBe(0);
  });
});
