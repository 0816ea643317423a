/**
 * Digits in and out: numbers are written in each language's one digit system (`numberSystems` in
 * languages.ts), and whatever digits a phone keyboard types are read back as ASCII before validating.
 * Small on purpose: the check, result and plan islands import it.
 * @example formatNumber(12, 'fa') // => '۱۲'
 * @example normalizeDigits('١٤ / ٥ / ١٩٩٢') // => '14 / 5 / 1992'
 */
import { numberSystems } from './languages';

/** Code point of the digit zero per CLDR numbering system. */
const zero = { latn: 0x30, arab: 0x660, arabext: 0x6f0 } as const;

type Numbered = keyof typeof numberSystems;
const systemOf = (lang: string) => numberSystems[lang as Numbered] ?? numberSystems.de;

/** ASCII digits 0–9 in a text rewritten in the language's digits (the rest is left as it is). */
export function toDigits(text: string, lang: string): string {
  const base = zero[systemOf(lang).digits];
  return base === zero.latn ? text : text.replace(/[0-9]/g, (d) => String.fromCharCode(base + d.charCodeAt(0) - 0x30));
}

/**
 * A number in the language's digits and decimal sign. No thousands grouping: the site's numbers are
 * hours, months, ages and years ("2027" must not become "2.027").
 */
export function formatNumber(n: number, lang: string): string {
  return toDigits(String(n).replace('.', systemOf(lang).decimal), lang);
}

/**
 * Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits to ASCII, and the Arabic decimal sign
 * "٫" (U+066B) to "."; everything else is kept, so callers still see separators and stray letters.
 */
export function normalizeDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u066b]/g, (c) => {
    const code = c.charCodeAt(0);
    return code === 0x66b ? '.' : String(code - (code >= 0x6f0 ? 0x6f0 : 0x660));
  });
}
