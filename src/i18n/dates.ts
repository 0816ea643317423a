/**
 * Calendar dates (YYYY-MM-DD) in the reader's language: its month names, its long date pattern and its
 * digits, always the Gregorian calendar (the papers of German offices use it). Made from Unicode CLDR
 * data (src/i18n/cldr/dates.json, `npm run cldr`), not from Intl: phones' ICU lacks Pashto, Sorani and
 * Kurmanji (English months), writes plain Serbian in Cyrillic, and old phones' ICU differ, so build time
 * and every browser must give the same text from the same data.
 *
 * A language's data travels as page strings (`cldr.*`, see `calendarStrings`) and is registered once
 * (digits.ts `formatting`): at build time src/i18n/calendars.ts registers all twelve; in the islands
 * `translator()` registers the strings it is given — so an island bundle holds only the code below.
 * @example formatDate('1992-05-14', 'ps') // => '۱۹۹۲ مۍ ۱۴'
 */
import { formatting, toDigits } from './digits';

export interface Calendar {
  /** January … December, in the form used inside a date (Russian "мая", Persian "مهٔ") */
  months: string[];
  /**
   * The long date as a template made from CLDR's pattern by `npm run cldr`: {d} {dd} day, {M} {MM}
   * month number, {MMMM} month name, {y} year, the rest literal ("{d}. {MMMM} {y}", "{y} {MMMM} {d}")
   */
  long: string;
  /** The numeric date (CLDR `yMd`) as a template: "{d}.{M}.{y}", "{dd}/{MM}/{y}", "{y}/{M}/{d}" */
  numeric: string;
}

/** A date passed as a value to a translated text: each language of a pair formats it itself. */
export interface DateValue { date: string; form?: DateForm }
export type DateForm = 'long' | 'numeric';
export const dateValue = (iso: string, form?: DateForm): DateValue => ({ date: iso, form });

/** A language's calendar, digits ("۰۱۲۳۴۵۶۷۸۹") and decimal sign as the page strings that carry them. */
export function calendarStrings(calendar: Calendar, digits: string, decimal: string): Record<string, string> {
  return { 'cldr.months': calendar.months.join('|'), 'cldr.long': calendar.long, 'cldr.numeric': calendar.numeric, 'cldr.digits': digits, 'cldr.decimal': decimal };
}

/**
 * An ISO date in the language's words, script and digits. Without the language's data (a bug: the page
 * strings lacked it) the ISO date as it is, never English month names.
 */
export function formatDate(iso: string, lang: string, form: DateForm = 'long'): string {
  const [y, m, d] = iso.split('-');
  const data = formatting[lang];
  if (!data || !d) return iso;
  const parts: Record<string, string> = { y, d: String(+d), dd: d, M: String(+m), MM: m, MMMM: data['cldr.months'].split('|')[+m - 1] };
  return toDigits(data[`cldr.${form}`].replace(/\{(\w+)\}/g, (_, field: string) => parts[field]), lang);
}
