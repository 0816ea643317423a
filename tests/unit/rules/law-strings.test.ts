/**
 * Texts that state a legal number take it from the parameter file (`{{law.…}}`, src/i18n/law.ts): every
 * language keeps the same placeholders as German, each resolves to a number, and it is shown in the
 * language's digits.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillLaw } from '../../../src/i18n/law';
import { resources } from '../../../src/i18n/resources';
import { locales } from '../../../src/i18n/languages';

type Dict = { [k: string]: string | Dict };
const flat = (d: Dict, p = ''): Record<string, string> =>
  Object.fromEntries(Object.entries(d).flatMap(([k, v]) => (typeof v === 'string' ? [[p + k, v]] : Object.entries(flat(v, `${p}${k}.`)))));
const raw = (lang: string, ns: string) => flat(JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8')));
const namespaces = readdirSync('locales/de').filter((f) => f.endsWith('.json') && !['terms.json', 'translation-state.json'].includes(f)).map((f) => f.replace('.json', ''));
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*law\.([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('legal numbers in texts', () => {
  const german = Object.fromEntries(namespaces.map((ns) => [ns, raw('de', ns)]));
  const withLaw = Object.entries(german).flatMap(([ns, keys]) => Object.entries(keys).filter(([, v]) => placeholders(v).length).map(([k]) => `${ns}:${k}`));

  it('come from the parameters in the texts that state them', () => {
    expect(withLaw.length).toBeGreaterThanOrEqual(15);
    for (const key of ['plan:condition.25a.age-min', 'plan:condition.25b.stay-years', 'plan:condition.60d.work-hours', 'plan:reason.work-hours', 'plan:condition.16g.training-start']) expect(withLaw).toContain(key);
  });

  it.each(locales.filter((l) => l !== 'de'))('%s keeps every {{law.…}} placeholder of German', (lang) => {
    for (const key of withLaw) {
      const [ns, k] = key.split(':');
      const value = raw(lang, ns)[k];
      if (value === undefined) continue;
      expect(placeholders(value), `${lang} ${key}`).toEqual(placeholders(german[ns][k]));
    }
  });

  it('every placeholder is a number of the parameter file, in the language\'s digits', () => {
    for (const key of withLaw) {
      const [ns, k] = key.split(':');
      for (const lang of locales) if (raw(lang, ns)[k]) expect(() => fillLaw(raw(lang, ns)[k], lang), `${lang} ${key}`).not.toThrow();
    }
    expect(fillLaw('{{law.r25a.minAge}}', 'fa')).toBe('۱۴');
    expect(fillLaw('{{law.r25a.minAge}}', 'ckb')).toBe('١٤');
    expect(fillLaw('{{law.r25a.minAge}}', 'de')).toBe('14');
    expect(() => fillLaw('{{law.r25a.nothing}}', 'de')).toThrow(/no numeric legal parameter/);
  });

  it('the site\'s strings have them filled in', () => {
    const de = flat(resources.de.plan as Dict);
    expect(de['condition.25a.age-min']).toBe('Mindestens 14 Jahre alt');
    expect(flat(resources.fa.plan as Dict)['condition.25a.age-min']).toContain('۱۴');
    expect(Object.values(de).some((v) => v.includes('{{law.'))).toBe(false);
  });
});
