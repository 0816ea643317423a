/**
 * The portal's languages, as data in one place: routing, the language chooser, `<html lang dir>`
 * and the tests all read this list. German is the reference language of every legal statement.
 *
 * `script` names the font files a language's letters need (src/layouts/FontPreloads.astro): 'latin-ext'
 * for letters such as ş, č, đ outside the basic Latin file.
 *
 * @example dirOf('ar') // => 'rtl'
 */
export const languages = [
  { code: 'de', label: 'Deutsch', dir: 'ltr', script: 'latin' },
  { code: 'en', label: 'English', dir: 'ltr', script: 'latin' },
  { code: 'ar', label: 'العربية', dir: 'rtl', script: 'arabic' },
  { code: 'fa', label: 'فارسی / دری', dir: 'rtl', script: 'arabic' },
  { code: 'ps', label: 'پښتو', dir: 'rtl', script: 'arabic' },
  { code: 'ckb', label: 'کوردیی ناوەندی', dir: 'rtl', script: 'arabic' },
  { code: 'kmr', label: 'Kurmancî', dir: 'ltr', script: 'latin-ext' },
  { code: 'tr', label: 'Türkçe', dir: 'ltr', script: 'latin-ext' },
  { code: 'ru', label: 'Русский', dir: 'ltr', script: 'cyrillic' },
  { code: 'sq', label: 'Shqip', dir: 'ltr', script: 'latin' },
  { code: 'sr', label: 'Srpski', dir: 'ltr', script: 'latin-ext' },
  { code: 'fr', label: 'Français', dir: 'ltr', script: 'latin' },
] as const;

export type Language = (typeof languages)[number];
export type Locale = Language['code'];
export const defaultLocale: Locale = 'de';
export const locales: Locale[] = languages.map((l) => l.code);

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
