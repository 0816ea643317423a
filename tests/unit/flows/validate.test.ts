import { describe, it, expect } from 'vitest';
import { checkDate, checkNumber } from '../../../src/flows/validate';

const today = '2026-11-28';
describe('answer validation', () => {
  it('refuses impossible and future dates, keeps leap days', () => {
    expect(checkDate({ day: '30', month: '2', year: '2020' }, { today })).toEqual({ ok: false, error: 'dateImpossible' });
    expect(checkDate({ day: '29', month: '2', year: '2020' }, { today })).toEqual({ ok: true, iso: '2020-02-29' });
    expect(checkDate({ day: '1', month: '13', year: '2020' }, { today })).toEqual({ ok: false, error: 'dateImpossible' });
    expect(checkDate({ day: '29', month: '11', year: '2026' }, { today })).toEqual({ ok: false, error: 'dateFuture' });
    expect(checkDate({ day: '29', month: '11', year: '2026' }, { today, future: true })).toEqual({ ok: true, iso: '2026-11-29' });
    expect(checkDate({ day: '', month: '1', year: '2020' }, { today })).toEqual({ ok: false, error: 'dateIncomplete' });
    expect(checkDate({ day: '1', month: '1', year: '2001' }, { today, notBefore: '2005-01-01' })).toEqual({ ok: false, error: 'dateBeforeBirth' });
  });
  it('numbers in range', () => {
    expect(checkNumber('20', 0, 80)).toEqual({ ok: true, value: 20 });
    expect(checkNumber('81', 0, 80).ok).toBe(false);
    expect(checkNumber('abc', 0, 80).ok).toBe(false);
  });
});
