import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resources, namespaces, flatten } from '../../src/i18n/resources';
import { locales, languages, dirOf } from '../../src/i18n/languages';
import { format } from '../../src/i18n/format';

const allowedSame = new Set<string>(JSON.parse(readFileSync('locales/same-as-german.json', 'utf8')).keys);
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
/** i18next context for grammatical gender: `key_female` / `key_male` beside the neutral `key` (locales/README.md) */
const contextSuffix = /_(female|male)$/;
const contexts = ['female', 'male'] as const;
const baseOf = (key: string) => key.replace(pluralSuffix, '').replace(contextSuffix, '');

/** Groups plural keys by their base: { 'q.count': Set('one','other') }. */
function pluralGroups(flat: Record<string, string>) {
  const groups = new Map<string, Set<string>>();
  for (const key of Object.keys(flat)) {
    const m = pluralSuffix.exec(key);
    if (!m) continue;
    const base = key.slice(0, -m[0].length);
    if (!groups.has(base)) groups.set(base, new Set());
    groups.get(base)!.add(m[1]);
  }
  return groups;
}

describe('languages', () => {
  it('lists the twelve portal languages with German first', () => {
    expect(locales).toEqual(['de', 'en', 'ar', 'fa', 'ps', 'ckb', 'kmr', 'tr', 'ru', 'sq', 'sr', 'fr']);
  });
  it('marks exactly the Arabic-script languages right-to-left, agreeing with Intl', () => {
    for (const l of languages) {
      const intl = (new Intl.Locale(l.code) as Intl.Locale & { textInfo?: { direction: string } }).textInfo?.direction;
      if (intl) expect(dirOf(l.code), l.code).toBe(intl);
    }
    expect(languages.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar', 'fa', 'ps', 'ckb']);
  });
});

describe.each(namespaces)('locales/*/%s.json', (ns) => {
  const de = flatten(resources.de[ns]);
  const deBases = new Set(Object.keys(de).map((k) => k.replace(pluralSuffix, '')));

  it.each(locales.filter((l) => l !== 'de'))('%s has every German key', (lang) => {
    const flat = flatten(resources[lang][ns]);
    const missing = Object.keys(de).filter((k) => !pluralSuffix.test(k) && !(k in flat));
    expect(missing).toEqual([]);
  });

  it.each(locales.filter((l) => l !== 'de'))('%s has no key German lacks', (lang) => {
    const extra = Object.keys(flatten(resources[lang][ns])).filter((k) => !deBases.has(baseOf(k)));
    expect(extra).toEqual([]);
  });

  it.each(locales)('%s has every plural category Intl.PluralRules reports', (lang) => {
    const flat = flatten(resources[lang][ns]);
    const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const base of pluralGroups(de).keys()) {
      const have = pluralGroups(flat).get(base) ?? new Set();
      const lacking = needed.filter((c) => !have.has(c));
      expect(lacking, `${lang} ${ns}:${base}`).toEqual([]);
    }
  });

  it.each(locales.filter((l) => l !== 'de'))('%s is not left in German', (lang) => {
    const flat = flatten(resources[lang][ns]);
    const same = Object.keys(de).filter((k) => flat[k] === de[k] && /\p{L}{3,}/u.test(de[k]) && !allowedSame.has(`${ns}:${k}`));
    expect(same).toEqual([]);
  });

  it.each(locales)('%s keeps every {{placeholder}} of German', (lang) => {
    const flat = flatten(resources[lang][ns]);
    for (const [k, v] of Object.entries(flat)) {
      const deValue = de[k] ?? de[k.replace(contextSuffix, '')] ?? de[k.replace(pluralSuffix, '_other')];
      if (!deValue) continue;
      const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).filter((n) => n !== 'count').sort();
      expect(vars(v), `${lang} ${ns}:${k}`).toEqual(vars(deValue));
    }
  });
});

describe.each(namespaces)('locales/*/%s.json grammatical-gender variants', (ns) => {
  it.each(locales)('%s has both variants wherever it has one, and only beside a neutral key', (lang) => {
    const flat = flatten(resources[lang][ns]);
    const de = flatten(resources.de[ns]);
    const problems: string[] = [];
    for (const key of Object.keys(flat)) {
      const m = contextSuffix.exec(key);
      if (!m) continue;
      const neutral = key.slice(0, -m[0].length);
      if (!(neutral in flat) && !(neutral in de)) problems.push(`${key}: no neutral key ${neutral}`);
      for (const c of contexts) if (!(`${neutral}_${c}` in flat)) problems.push(`${key}: ${neutral}_${c} missing`);
    }
    expect(problems).toEqual([]);
  });
});

describe('format (island formatter)', () => {
  const strings = { n_zero: 'صفر', n_one: 'واحد', n_two: 'اثنان', n_few: '{{count}} قليل', n_many: '{{count}} كثير', n_other: '{{count}} آخر', hi: 'Hallo {{name}}' };
  it('picks Arabic plural forms by Intl.PluralRules', () => {
    expect(format(strings, 'ar', 'n', { count: 0 })).toBe('صفر');
    expect(format(strings, 'ar', 'n', { count: 2 })).toBe('اثنان');
    expect(format(strings, 'ar', 'n', { count: 5 })).toBe('5 قليل');
    expect(format(strings, 'ar', 'n', { count: 11 })).toBe('11 كثير');
  });
  it('picks the context form (grammatical gender) and falls back to the neutral key', () => {
    const g = { q: 'متى وصل {{name}}؟', q_female: 'متى وصلت {{name}}؟', q_male: 'متى وصل {{name}}؟' };
    expect(format(g, 'ar', 'q', { name: 'أمل', context: 'female' })).toBe('متى وصلت أمل؟');
    expect(format(g, 'ar', 'q', { name: 'أمل', context: 'neutral' })).toBe('متى وصل أمل؟');
    expect(format(g, 'ar', 'q', { name: 'أمل' })).toBe('متى وصل أمل؟');
  });
  it('interpolates and returns the key when a string is missing', () => {
    expect(format(strings, 'de', 'hi', { name: 'Amal' })).toBe('Hallo Amal');
    expect(format(strings, 'de', 'nope')).toBe('nope');
  });
});
