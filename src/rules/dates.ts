/**
 * Calendar-date arithmetic on ISO strings (YYYY-MM-DD), no time zones: dates are parsed to local midnight
 * and formatted back as local calendar dates, so the time zone never shifts a day. date-fns does the month
 * and leap-year edges: 29 Feb + 1 year = 28 Feb, 31 Aug + 6 months = 28/29 Feb. ISO strings compare
 * correctly as strings, which the rules use (`a <= b`).
 */
import { addDays as fnsAddDays, addMonths as fnsAddMonths, addYears as fnsAddYears, differenceInCalendarDays } from 'date-fns';
import { law } from './law';

// Reading and writing YYYY-MM-DD by hand: date-fns' parseISO/formatISO handle full timestamps and weigh
// 1.5 KB on the check page, which has a hard size budget. The arithmetic stays with date-fns.
const toDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(y, m - 1, d);
  date.setFullYear(y); // years below 100 would otherwise land in the 1900s
  return date;
};
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const toIso = (d: Date) => `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** A real calendar date written as YYYY-MM-DD (rejects 2023-02-30 and month 13). */
export const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && toIso(toDate(s)) === s;

/** @example addYears('2000-02-29', 1) // '2001-02-28' */
export const addYears = (iso: string, n: number) => toIso(fnsAddYears(toDate(iso), n));
/** @example addMonths('2020-08-31', 6) // '2021-02-28' */
export const addMonths = (iso: string, n: number) => toIso(fnsAddMonths(toDate(iso), n));
/** @example addDays('2027-03-15', 1) // '2027-03-16' */
export const addDays = (iso: string, n: number) => toIso(fnsAddDays(toDate(iso), n));
export const daysBetween = (from: string, to: string) => differenceInCalendarDays(toDate(to), toDate(from));

/** Whole years of age on `on` (a birthday is reached on its date; 29 Feb birthdays on 28 Feb in other years). */
export function ageOn(birthDate: string, on: string): number {
  let age = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (addYears(birthDate, age) > on) age -= 1;
  return age;
}

/** The date a person turns `years` old. @example birthdayAt('2000-02-29', 27) // '2027-02-28' */
export const birthdayAt = (birthDate: string, years: number) => addYears(birthDate, years);

/**
 * The date a waiting time of `years` from `start` is met: on the anniversary. Paused months (a § 60b
 * Duldung) push it back. @example waitingMetOn('2020-03-01', 3, 2) // '2023-05-01'
 */
export function waitingMetOn(start: string, years: number, pausedMonths = 0): string {
  return addMonths(addYears(start, years), pausedMonths);
}

/** The latest of some ISO dates (undefined when none). */
export const latest = (dates: (string | undefined)[]) => dates.filter((d): d is string => !!d).sort().pop();

/** Today's calendar date on this machine (local time: a family's "today"), as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * Compulsory schooling in NRW (stricter reading of § 34, § 35, § 38 SchulG NRW; numbers in the parameter
 * file, law.schoolNrw): from 1 August of the year in which the child turns 6 by 30 September, to 31 July of
 * the school year in which the young person turns 18 (vocational school duty).
 * @example schoolDuty('2015-10-01') // { from: '2022-08-01', until: '2033-07-31' }
 */
export function schoolDuty(birthDate: string, on = birthDate): { from: string; until: string } {
  const { startAge, startCutOff, schoolYearStart, endAge } = law(on).schoolNrw;
  const yearOf = (iso: string) => Number(iso.slice(0, 4));
  const monthDay = (iso: string) => iso.slice(5);
  const at = (year: number, md: string) => `${pad(year, 4)}-${md}`;
  const start = birthdayAt(birthDate, startAge);
  const from = at(monthDay(start) <= startCutOff ? yearOf(start) : yearOf(start) + 1, schoolYearStart);
  const end = birthdayAt(birthDate, endAge);
  const until = addDays(at(monthDay(end) >= schoolYearStart ? yearOf(end) + 1 : yearOf(end), schoolYearStart), -1);
  return { from, until };
}

export function isSchoolAge(birthDate: string, on: string): boolean {
  const { from, until } = schoolDuty(birthDate, on);
  return from <= on && on <= until;
}
