/**
 * Country names for the nationality question, in each language and its script, from Unicode CLDR
 * (src/i18n/cldr/countries/<lang>.json, `npm run cldr`, already sorted with the language's collation).
 * Build-time code: the check fetches one language's list from `/i18n/<lang>/countries.json`
 * (src/components/check/countries.ts), so no island bundle carries the names.
 * @example countryList('sr').all.find((c) => c.code === 'SY')?.name // => 'Sirija'
 */
import type { Locale } from './languages';

export interface Country { code: string; name: string }
/** `common`: the frequent Duldung nationalities; `all`: every country (the common ones again, in place). */
export interface CountryList { common: Country[]; all: Country[] }

/**
 * The nationalities most often held by people with a Duldung in Germany, offered first (in the
 * language's order, not by rank: the ranking changes every year and means nothing to the reader).
 * Source: the Federal Government's half-yearly answers "Zahlen in der Bundesrepublik Deutschland lebender
 * Flüchtlinge" (Ausländerzentralregister, e.g. BT-Drs. 20/1048 for 31.12.2021), whose Duldung tables
 * name these countries at the top year after year; the exact ranking of the latest answer was not
 * checked here (no copy at hand) — review this list against it once a year.
 */
export const commonNationalities = ['IQ', 'AF', 'NG', 'RU', 'IR', 'SY', 'TR', 'RS', 'XK', 'MK', 'AL', 'GE', 'GN', 'AZ', 'LB', 'AM', 'PK'] as const;

type File = { source: string; locale: string; countries: [string, string][] };
const files = import.meta.glob<{ default: File }>('./cldr/countries/*.json', { eager: true });

function fileOf(lang: Locale): File {
  const file = files[`./cldr/countries/${lang}.json`];
  if (!file) throw new Error(`src/i18n/cldr/countries/${lang}.json missing: run npm run cldr`);
  return file.default;
}

/** What `/i18n/<lang>/countries.json` serves: the codes shown first, and every code with its name, in order. */
export function countriesFile(lang: Locale): { common: string[]; all: [string, string][] } {
  const all = fileOf(lang).countries;
  const common = new Set<string>(commonNationalities);
  return { common: all.filter(([code]) => common.has(code)).map(([code]) => code), all };
}

export function countryList(lang: Locale): CountryList {
  const { common, all } = countriesFile(lang);
  const names = new Map(all);
  return { common: common.map((code) => ({ code, name: names.get(code)! })), all: all.map(([code, name]) => ({ code, name })) };
}
