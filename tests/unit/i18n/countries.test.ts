import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { countryList, countriesFile, commonNationalities } from '../../../src/i18n/countries';
import { nationalityAnswers } from '../../../src/components/check/countries';
import { locales, languageOf } from '../../../src/i18n/languages';

const nameOf = (lang: (typeof locales)[number], code: string) => countryList(lang).all.find((c) => c.code === code)?.name;

describe('country names for the nationality question (CLDR)', () => {
  it.each(locales)('%s: every country once, each with a name', (lang) => {
    const { all } = countryList(lang);
    expect(all.length).toBe(197);
    expect(new Set(all.map((c) => c.code)).size).toBe(197);
    for (const c of all) expect(c.name.trim(), `${lang} ${c.code}`).not.toBe('');
  });

  it('has the names in the language, not the German fallback Intl gave (ps, ckb, kmr, sq), and Serbian in Latin script', () => {
    // from CLDR 48 territories.json of ps, ckb, ku, sq, sr-Latn
    expect(['ps', 'ckb', 'kmr', 'sq', 'sr'].map((l) => nameOf(l as 'ps', 'SY'))).toEqual(['سوریه', 'سووریا', 'Sûrîye', 'Siri', 'Sirija']);
    expect(nameOf('kmr', 'DE')).toBe('Almanya');
    expect(nameOf('sq', 'DE')).toBe('Gjermani');
    expect(nameOf('de', 'DE')).toBe('Deutschland');
    const german = new Map(countryList('de').all.map((c) => [c.code, c.name]));
    for (const lang of ['ps', 'ckb', 'kmr', 'sq'] as const) {
      const same = countryList(lang).all.filter((c) => c.name === german.get(c.code));
      // Latin-script languages share some names with German ("Angola", "Kuba"); a fallback would share all 197
      expect(same.length, `${lang}: ${same.map((c) => c.name).join(', ')}`).toBeLessThan(lang === 'kmr' || lang === 'sq' ? 40 : 1);
    }
    for (const lang of ['ar', 'fa', 'ps', 'ckb'] as const) for (const c of countryList(lang).all) expect(c.name, `${lang} ${c.code}`).toMatch(/^[\p{Script=Arabic}\p{M}\s()\u200c\u200f-]+$/u);
    for (const c of countryList('sr').all) expect(c.name).not.toMatch(/\p{Script=Cyrillic}/u);
    for (const c of countryList('ru').all) expect(c.name).toMatch(/\p{Script=Cyrillic}/u);
  });

  it.each(locales.filter((l) => l !== 'ckb'))('%s: sorted with the language collation', (lang) => {
    const names = countryList(lang).all.map((c) => c.name);
    const collator = new Intl.Collator(languageOf(lang).cldr);
    expect([...names].sort(collator.compare)).toEqual(names);
  });

  it('Sorani follows its alphabet (ڕ right after ر, not after ز as in the root order)', () => {
    const names = countryList('ckb').all.map((c) => c.name);
    const at = (n: string) => names.indexOf(n);
    expect(at('ڕووسیا')).toBeGreaterThan(-1);
    expect(at('ڕووسیا')).toBeLessThan(at('زامبیا'));
    expect(at('ئەفغانستان')).toBeLessThan(at('بەحرەین'));
  });

  it.each(locales)('%s: the common Duldung nationalities first, in the same order as the full list', (lang) => {
    const { common, all } = countryList(lang);
    expect(common.map((c) => c.code).sort()).toEqual([...commonNationalities].sort());
    const order = all.map((c) => c.code);
    expect(common.map((c) => order.indexOf(c.code))).toEqual(common.map((c) => order.indexOf(c.code)).sort((a, b) => a - b));
    expect(common.map((c) => c.name)).toEqual(common.map((c) => nameOf(lang, c.code)));
  });

  it('serves a compact file per language, names once', () => {
    const file = countriesFile('ar');
    expect(file.common).toContain('SY');
    expect(file.all.find(([code]) => code === 'SY')?.[1]).toBe('سوريا');
    expect(file.common.every((c) => typeof c === 'string')).toBe(true);
  });
});

describe('the two answers that are not countries (contract household v1.1)', () => {
  it('are "stateless" and "unclear", labelled in every language with the German term beside it', () => {
    expect([...nationalityAnswers]).toEqual(['stateless', 'unclear']);
    for (const lang of locales) {
      const n = JSON.parse(readFileSync(`locales/${lang}/check.json`, 'utf8')).nationality;
      for (const key of ['common', 'all', 'other', 'stateless', 'unclear', 'loading', 'failed']) expect(n?.[key], `${lang} nationality.${key}`).toBeTruthy();
      if (lang !== 'de') {
        expect(n.stateless, lang).toContain('(staatenlos)');
        expect(n.unclear, lang).toContain('(ungeklärt)');
      }
    }
  });
});

describe('the islands do not carry every language data', () => {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
  it('no component imports the all-language modules (country names, calendars) at run time', () => {
    for (const file of files('src/components').filter((f) => /\.(tsx?|astro)$/.test(f))) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/^import (?!type)[^;]*i18n\/(countries|calendars)'/m);
      expect(code, file).not.toMatch(/i18n\/cldr\//);
    }
  });
});
