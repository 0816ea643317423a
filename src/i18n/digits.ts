/**
 * Digits in and out: numbers are written in each language's one digit system (`numberSystems` in
 * languages.ts), and whatever digits a phone keyboard types are read back as ASCII before validating.
 *
 * Small on purpose (the check, result and plan islands import it): no language's data is in here. Each
 * language's formatting data — digits, decimal sign, month names, date templates, as the page strings
 * `cldr.*` — is registered once: for all twelve by src/i18n/calendars.ts at build time, in the islands
 * from the page strings by `translator()` (format.ts). Unregistered: Western digits.
 * @example formatNumber(12, 'fa') // => '۱۲'
 * @example normalizeDigits('١٤ / ٥ / ١٩٩٢') // => '14 / 5 / 1992'
 */

/** Per language, strings that carry its formatting data (`cldr.digits`: "۰۱۲۳۴۵۶۷۸۹", `cldr.decimal`, …). */
export const formatting: Record<string, Record<string, string>> = {};

/** Registers a language's formatting data if these strings carry it (the `cldr.*` keys). */
export function registerFormatting(strings: Record<string, string>, lang: string) {
  if (strings['cldr.digits']) formatting[lang] = strings;
}

/** ASCII digits 0–9 in a text rewritten in the language's digits (the rest is left as it is). */
export function toDigits(text: string, lang: string): string {
  const digits = formatting[lang]?.['cldr.digits'];
  return digits ? text.replace(/[0-9]/g, (d) => digits[+d]) : text;
}

/**
 * A number in the language's digits and decimal sign. No thousands grouping: the site's numbers are
 * hours, months, ages and years ("2027" must not become "2.027").
 */
export function formatNumber(n: number, lang: string): string {
  return toDigits(String(n).replace('.', formatting[lang]?.['cldr.decimal'] ?? '.'), lang);
}

/**
 * Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits to ASCII, and the Arabic decimal sign
 * "٫" (U+066B) to "."; everything else is kept, so callers still see separators and stray letters.
 */
export function normalizeDigits(text: string): string {
  // both zeros, U+0660 and U+06F0, end in hex 0: a digit's value is its code point's last hex digit
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) & 15)).replace(/\u066b/g, '.');
}
