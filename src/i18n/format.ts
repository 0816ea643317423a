/**
 * A tiny formatter for React islands over the same i18next-format strings: `{{name}}` interpolation,
 * `_one/_other/_few…` plurals via Intl.PluralRules and i18next's `context` (`key_female`, `key_male`
 * beside the neutral `key`, see locales/README.md). Keeps i18next (~18 KB gzip) out of island bundles.
 * Numbers are written in the language's digits ("Frage ۳ از ۱۲"), dates passed as `dateValue(iso)` in
 * its words, so that each language of a caseworker pair formats them itself (with the calendar and
 * digits that `translator` registers from the strings).
 * @example format({ 'q_one': '{{count}} question', 'q_other': '{{count}} questions' }, 'en', 'q', { count: 2 }) // => '2 questions'
 */
import { formatNumber, registerFormatting } from './digits';
import { formatDate, type DateValue } from './dates';

export type Strings = Record<string, string>;
export type Vars = Record<string, string | number | DateValue>;

export function format(strings: Strings, lang: string, key: string, vars: Vars = {}): string {
  // context first (the form that agrees with the person), the neutral key when the language has none
  const withContext = vars.context ? strings[`${key}_${vars.context}`] : undefined;
  let template = withContext ?? strings[key];
  if (template === undefined && typeof vars.count === 'number') {
    const category = new Intl.PluralRules(lang).select(vars.count);
    template = strings[`${key}_${category}`] ?? strings[`${key}_other`];
  }
  if (template === undefined) return key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = vars[name];
    if (typeof value === 'number') return formatNumber(value, lang);
    return typeof value === 'object' ? formatDate(value.date, lang, value.form) : value ?? '';
  });
}

/** Binds strings and language once, as `t(key, vars)`; registers the calendar the strings carry. */
export function translator(strings: Strings, lang: string) {
  registerFormatting(strings, lang);
  return (key: string, vars?: Vars) => format(strings, lang, key, vars);
}
