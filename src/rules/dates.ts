/**
 * Calendar-date arithmetic on ISO strings (YYYY-MM-DD), no time zones. date-fns does the month and
 * leap-year edges: 29 Feb + 1 year = 28 Feb.
 */
import { addMonths as fnsAddMonths, addYears as fnsAddYears, differenceInCalendarDays, formatISO, isValid, parseISO } from 'date-fns';

const toDate = (iso: string) => parseISO(iso);
const toIso = (d: Date) => formatISO(d, { representation: 'date' });

/** A real calendar date written as YYYY-MM-DD (rejects 2023-02-30 and month 13). */
export const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isValid(parseISO(s));

export const addYears = (iso: string, n: number) => toIso(fnsAddYears(toDate(iso), n));
export const addMonths = (iso: string, n: number) => toIso(fnsAddMonths(toDate(iso), n));
export const daysBetween = (from: string, to: string) => differenceInCalendarDays(toDate(to), toDate(from));

/** Whole years of age on `on` (a birthday is reached on its date; 29 Feb birthdays on 28 Feb in other years). */
export function ageOn(birthDate: string, on: string): number {
  let age = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (addYears(birthDate, age) > on) age -= 1;
  return age;
}

/** The date a person turns `years` old. */
export const birthdayAt = (birthDate: string, years: number) => addYears(birthDate, years);

/**
 * The date a waiting time of `years` (+ `months`) from `start` is met: on the anniversary.
 * Paused months (e.g. a § 60b Duldung) push it back.
 */
export function waitingMetOn(start: string, years: number, pausedMonths = 0, extraMonths = 0): string {
  return addMonths(addYears(start, years), pausedMonths + extraMonths);
}
