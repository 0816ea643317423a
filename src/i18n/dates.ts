/**
 * A calendar date (YYYY-MM-DD) in the reader's language, always in the Gregorian calendar (Persian and
 * Arabic locales would otherwise switch calendars, and papers from German offices use Gregorian dates).
 * @example formatIso('2027-05-14', 'de') // => '14. Mai 2027'
 */
export function formatIso(iso: string, lang: string, month: 'long' | '2-digit' = 'long') {
  const [y, m, d] = iso.split('-').map(Number);
  try {
    return new Intl.DateTimeFormat(`${lang}-u-ca-gregory`, { day: month === 'long' ? 'numeric' : '2-digit', month, year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
  } catch {
    return iso;
  }
}
