/**
 * Every language's calendar (month names, date patterns) from the generated CLDR data, registered for
 * `formatDate`. For build-time code and tests only: the islands get their language's calendar with
 * their page strings (see dates.ts), so that they do not carry all twelve.
 * @example import { formatDate } from './calendars'; formatDate('2027-06-20', 'sr') // => '20. jun 2027.'
 */
import data from './cldr/dates.json';
import { registerCalendar, type Calendar } from './dates';
import type { Locale } from './languages';

export const calendars = data.languages as Record<Locale, Calendar & { locale: string }>;
for (const [lang, calendar] of Object.entries(calendars)) registerCalendar(lang, calendar);

export { formatDate } from './dates';
