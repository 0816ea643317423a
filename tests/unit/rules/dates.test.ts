import { describe, expect, it } from 'vitest';
import { addMonths, addYears, ageOn, birthdayAt, isIsoDate, isSchoolAge, schoolDuty, todayIso, waitingMetOn } from '../../../src/rules/dates';

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    for (const ok of ['2024-02-29', '2023-12-31', '2000-02-29']) expect(isIsoDate(ok)).toBe(true);
    for (const bad of ['2023-02-29', '2023-02-30', '2023-13-01', '2023-00-10', '2023-1-01', '23-01-01', '2023-01-01T00:00', '']) expect(isIsoDate(bad)).toBe(false);
  });

  it('adds years and months on calendar dates; 29 Feb + 1 year = 28 Feb', () => {
    expect(addYears('2000-02-29', 1)).toBe('2001-02-28');
    expect(addYears('2000-02-29', 4)).toBe('2004-02-29');
    expect(addMonths('2020-08-31', 6)).toBe('2021-02-28');
    expect(addMonths('2027-03-01', -7)).toBe('2026-08-01');
  });

  it('age: a birthday is reached on its date', () => {
    expect(ageOn('1999-11-29', '2026-11-28')).toBe(26);
    expect(ageOn('1999-11-29', '2026-11-29')).toBe(27);
    expect(ageOn('2000-02-29', '2027-02-27')).toBe(26);
    expect(ageOn('2000-02-29', '2027-02-28')).toBe(27);
    expect(birthdayAt('2000-02-29', 27)).toBe('2027-02-28');
  });

  it('waiting time: met on the anniversary, § 60b months push it back', () => {
    expect(waitingMetOn('2020-11-28', 6)).toBe('2026-11-28');
    expect(waitingMetOn('2020-05-28', 6, 6)).toBe('2026-11-28');
  });

  it('NRW school duty window', () => {
    expect(schoolDuty('2020-09-30')).toEqual({ from: '2026-08-01', until: '2039-07-31' });
    expect(schoolDuty('2020-10-01')).toEqual({ from: '2027-08-01', until: '2039-07-31' });
    expect(schoolDuty('2008-06-01').until).toBe('2026-07-31');
    expect(isSchoolAge('2008-09-01', '2027-07-31')).toBe(true);
    expect(isSchoolAge('2008-09-01', '2027-08-01')).toBe(false);
  });

  it('today is the local calendar date', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
