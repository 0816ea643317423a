/**
 * A tiny formatter for React islands over the same i18next-format strings: `{{name}}` interpolation,
 * `_one/_other/_few…` plurals via Intl.PluralRules and i18next's `context` (`key_female`, `key_male`
 * beside the neutral `key`, see locales/README.md). Keeps i18next (~18 KB gzip) out of island bundles.
 * @example format({ 'q_one': '{{count}} question', 'q_other': '{{count}} questions' }, 'en', 'q', { count: 2 }) // => '2 questions'
 */
export type Strings = Record<string, string>;

export function format(strings: Strings, lang: string, key: string, vars: Record<string, string | number> = {}): string {
  // context first (the form that agrees with the person), the neutral key when the language has none
  const withContext = vars.context ? strings[`${key}_${vars.context}`] : undefined;
  let template = withContext ?? strings[key];
  if (template === undefined && typeof vars.count === 'number') {
    const category = new Intl.PluralRules(lang).select(vars.count);
    template = strings[`${key}_${category}`] ?? strings[`${key}_other`];
  }
  if (template === undefined) return key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

/** Binds strings and language once, as `t(key, vars)`. */
export function translator(strings: Strings, lang: string) {
  return (key: string, vars?: Record<string, string | number>) => format(strings, lang, key, vars);
}
