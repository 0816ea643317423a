/**
 * Calendar dates (YYYY-MM-DD) in the reader's language: its month names, its long date pattern and its
 * digits, always the Gregorian calendar (the papers of German offices use it). Made from Unicode CLDR
 * data (src/i18n/cldr/dates.json, `npm run cldr`), not from Intl: Node's and phones' ICU lack Pashto,
 * Sorani and Kurmanji (English months), write plain Serbian in Cyrillic, and old phones' ICU differ, so
 * build time and every browser must give the same text from the same data.
 *
 * Each language's data (a "calendar") is registered once: at build time src/i18n/calendars.ts registers
 * all twelve; in the islands the page strings carry their language's calendar (`cldr.*` keys, see
 * `calendarStrings`) and `translator()` registers it — so an island bundle holds only the code below.
 * @example formatDate('1992-05-14', 'ps') // => '۱۹۹۲ مۍ ۱۴'
 */
import { toDigits } from './digits';

export interface Calendar {
  /** January … December, in the form used inside a date (Russian "мая", Persian "مهٔ") */
  months: string[];
  /** CLDR pattern of the long date: "d. MMMM y", "y MMMM d", "dی MMMMی y" */
  long: string;
  /** CLDR pattern of the numeric date (`yMd`): "d.M.y", "dd/MM/y", "y/M/d" */
  numeric: string;
}

/** A date passed as a value to a translated text: each language of a pair formats it itself. */
export interface DateValue { date: string; form?: DateForm }
export type DateForm = 'long' | 'numeric';
export const dateValue = (iso: string, form?: DateForm): DateValue => ({ date: iso, form });

const calendars: Record<string, Calendar> = {};
const fromStrings: Record<string, string> = {};

export function registerCalendar(lang: string, calendar: Calendar) {
  calendars[lang] = calendar;
}

/** Keys of page strings that carry a language's calendar into the islands. */
const keys = { months: 'cldr.months', long: 'cldr.dateLong', numeric: 'cldr.dateNumeric' } as const;

/** A calendar as page strings (months joined by "|"), for `islandStrings` and `shellStrings`. */
export function calendarStrings(calendar: Calendar): Record<string, string> {
  return { [keys.months]: calendar.months.join('|'), [keys.long]: calendar.long, [keys.numeric]: calendar.numeric };
}

/** Registers the calendar that page strings carry (once per strings object). */
export function registerFromStrings(strings: Record<string, string>, lang: string) {
  const months = strings[keys.months];
  if (months && fromStrings[lang] !== months) {
    fromStrings[lang] = months;
    registerCalendar(lang, { months: months.split('|'), long: strings[keys.long], numeric: strings[keys.numeric] });
  }
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * An ISO date in the language's words, script and digits. Without the language's calendar (a bug: the
 * page strings lacked it) the numeric day.month.year the papers use, never English month names.
 */
export function formatDate(iso: string, lang: string, form: DateForm = 'long'): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  const calendar = calendars[lang];
  const pattern = calendar ? calendar[form] : 'd.M.y';
  // CLDR pattern letters; text in single quotes is literal, '' is a quote
  const text = pattern.replace(/'([^']*)'|d+|M+|y+/g, (field, literal: string | undefined) => {
    if (literal !== undefined) return literal || "'";
    if (field[0] === 'd') return pad(d, field.length);
    if (field[0] === 'M') return field.length > 2 ? calendar!.months[m - 1] : pad(m, field.length);
    return field.length === 2 ? pad(y % 100, 2) : String(y);
  });
  return toDigits(text, lang);
}
