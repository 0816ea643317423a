/**
 * The portal's languages, as data in one place: routing, the language chooser, `<html lang dir>`
 * and the tests all read this list. German is the reference language of every legal statement.
 *
 * `script` names the font files a language's letters need (src/layouts/FontPreloads.astro): 'latin-ext'
 * for letters such as ş, č, đ outside the basic Latin file.
 *
 * `cldr` is the locale whose Unicode CLDR data (month names, date patterns, country names, collation)
 * the language uses; the generated files in src/i18n/cldr/ are made from it (`npm run cldr`):
 * - kmr → `ku`: CLDR files Kurmanji (Latin script) under `ku`; there is no `kmr` locale.
 * - sr → `sr-Latn`: the site writes Serbian in Latin script; plain `sr` is Cyrillic in CLDR and ICU.
 * - en → `en-GB`: day-month-year ("14 May 1992"), the order of every German paper the family holds,
 *   not the US "May 14, 1992".
 *
 * @example dirOf('ar') // => 'rtl'
 */
export const languages = [
  { code: 'de', label: 'Deutsch', dir: 'ltr', script: 'latin', cldr: 'de' },
  { code: 'en', label: 'English', dir: 'ltr', script: 'latin', cldr: 'en-GB' },
  { code: 'ar', label: 'العربية', dir: 'rtl', script: 'arabic', cldr: 'ar' },
  { code: 'fa', label: 'فارسی / دری', dir: 'rtl', script: 'arabic', cldr: 'fa' },
  { code: 'ps', label: 'پښتو', dir: 'rtl', script: 'arabic', cldr: 'ps' },
  { code: 'ckb', label: 'کوردیی ناوەندی', dir: 'rtl', script: 'arabic', cldr: 'ckb' },
  { code: 'kmr', label: 'Kurmancî', dir: 'ltr', script: 'latin-ext', cldr: 'ku' },
  { code: 'tr', label: 'Türkçe', dir: 'ltr', script: 'latin-ext', cldr: 'tr' },
  { code: 'ru', label: 'Русский', dir: 'ltr', script: 'cyrillic', cldr: 'ru' },
  { code: 'sq', label: 'Shqip', dir: 'ltr', script: 'latin', cldr: 'sq' },
  { code: 'sr', label: 'Srpski', dir: 'ltr', script: 'latin-ext', cldr: 'sr-Latn' },
  { code: 'fr', label: 'Français', dir: 'ltr', script: 'latin', cldr: 'fr' },
] as const;

export type Language = (typeof languages)[number];

/**
 * ONE digit system per language (CLDR numbering-system ids) for every number and date the site writes
 * in it, and the decimal sign that goes with it (CLDR `symbols-numberSystem-<digits>.decimal`). Typed
 * input accepts all three systems (`normalizeDigits`); ordered-list markers follow in global.css.
 * A table of its own (not fields of `languages`) so that the islands' number code imports only this.
 * - ar `latn` (0–9): the Arabic texts are written with Western digits, and it is CLDR 48's default for
 *   `ar` (older browsers' ICU defaulted to ٠–٩; we do not ask Intl, so every phone shows the same).
 * - fa, ps `arabext` (Persian ۰–۹): CLDR's default for both and what their texts use.
 * - ckb `arab` (Arabic-Indic ٠–٩): CLDR's default and what the content files use (translation review
 *   D-2; the translations convert check.json and plan.json to it).
 * - all others `latn`. `npm run cldr` fails if a choice here is not one CLDR lists for the locale.
 */
export const numberSystems = {
  de: { digits: 'latn', decimal: ',' },
  en: { digits: 'latn', decimal: '.' },
  ar: { digits: 'latn', decimal: '.' },
  fa: { digits: 'arabext', decimal: '٫' },
  ps: { digits: 'arabext', decimal: '٫' },
  ckb: { digits: 'arab', decimal: '٫' },
  kmr: { digits: 'latn', decimal: ',' },
  tr: { digits: 'latn', decimal: ',' },
  ru: { digits: 'latn', decimal: ',' },
  sq: { digits: 'latn', decimal: ',' },
  sr: { digits: 'latn', decimal: ',' },
  fr: { digits: 'latn', decimal: ',' },
} as const satisfies Record<Language['code'], { digits: 'latn' | 'arab' | 'arabext'; decimal: string }>;
export type DigitSystem = (typeof numberSystems)[Language['code']]['digits'];

export type Locale = Language['code'];
export const defaultLocale: Locale = 'de';
// marked pure so that bundles importing only `numberSystems` leave the table above out
export const locales: Locale[] = /* @__PURE__ */ languages.map((l) => l.code);

export function isLocale(value: string): value is Locale {
  return (locales as string[]).includes(value);
}

export function languageOf(code: Locale): Language {
  return languages.find((l) => l.code === code)!;
}

export function dirOf(code: Locale): 'ltr' | 'rtl' {
  return languageOf(code).dir;
}

/** For `getStaticPaths` of every `src/pages/[lang]/…` route. */
export function langPaths() {
  return locales.map((lang) => ({ params: { lang } }));
}
