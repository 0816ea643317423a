/**
 * Every language's calendar (month names, date templates) from the generated CLDR data and its digits
 * (languages.ts `numberSystems`), registered for `formatDate`, `formatNumber` and `toDigits`. For
 * build-time code and tests only (server.ts imports it): the islands get their language's data with
 * their page strings (see dates.ts), so that they do not carry all twelve.
 * @example import { formatDate } from './calendars'; formatDate('2027-06-20', 'sr') // => '20. jun 2027.'
 */
import data from './cldr/dates.json';
import { calendarStrings, type Calendar } from './dates';
import { registerFormatting } from './digits';
import { locales, numberSystems, type Locale } from './languages';

export const calendars = data.languages as Record<Locale, Calendar & { locale: string }>;

/** Code point of the digit zero per CLDR numbering system. */
const zero = { latn: 0x30, arab: 0x660, arabext: 0x6f0 } as const;
/** The language's ten digits as one string, "0123456789" / "۰۱۲۳۴۵۶۷۸۹". */
export const digitsOf = (lang: Locale) => Array.from({ length: 10 }, (_, i) => String.fromCharCode(zero[numberSystems[lang].digits] + i)).join('');

/** What formats dates and numbers in a language, as page strings (`cldr.*`): the islands get these. */
export const formattingStrings = (lang: Locale) => calendarStrings(calendars[lang], digitsOf(lang), numberSystems[lang].decimal);

for (const lang of locales) registerFormatting(formattingStrings(lang), lang);

export { formatDate } from './dates';
export { formatNumber, toDigits } from './digits';
