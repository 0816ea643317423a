import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkDate, checkNumber, splitDateText } from '../../../src/flows/validate';
import { locales } from '../../../src/i18n/languages';

const today = '2026-11-28';
const parts = (day: string, month: string, year: string) => ({ day, month, year });

describe('dates typed with native digits and separators', () => {
  it('accepts Arabic-Indic and Persian digits in the three boxes', () => {
    expect(checkDate(parts('١٤', '٥', '١٩٩٢'), { today })).toEqual({ ok: true, iso: '1992-05-14' });
    expect(checkDate(parts('۱۴', '۵', '۱۹۹۲'), { today })).toEqual({ ok: true, iso: '1992-05-14' });
    expect(checkDate(parts(' 14 ', '05', '1992'), { today })).toEqual({ ok: true, iso: '1992-05-14' });
    // direction marks that copied text carries
    expect(checkDate(parts('\u200f١٤', '٥\u200e', '١٩٩٢'), { today })).toEqual({ ok: true, iso: '1992-05-14' });
  });

  it('accepts a whole date typed into one box, with . / - or spaces between', () => {
    for (const text of ['١٤ / ٥ / ١٩٩٢', '14.5.1992', '14. 5. 1992.', '14-05-1992', '14 5 1992', '۱۴/۵/۱۹۹۲', '١٤٫٥٫١٩٩٢']) {
      expect(checkDate(parts(text, '', ''), { today }), text).toEqual({ ok: true, iso: '1992-05-14' });
      expect(checkDate(parts('', '', text), { today }), text).toEqual({ ok: true, iso: '1992-05-14' });
    }
    expect(checkDate(parts('١٠ ١ ٢٠١٩', '', ''), { today })).toEqual({ ok: true, iso: '2019-01-10' });
  });

  it('splits a whole date keeping the digits as typed, and nothing else', () => {
    expect(splitDateText('١٤ / ٥ / ١٩٩٢')).toEqual({ day: '١٤', month: '٥', year: '١٩٩٢' });
    expect(splitDateText('14.5.1992')).toEqual({ day: '14', month: '5', year: '1992' });
    expect(splitDateText('14')).toBeNull();
    expect(splitDateText('14.5.')).toBeNull();
    expect(splitDateText('1992-05-14')).toBeNull();
    expect(splitDateText('14 Mai 1992')).toBeNull();
  });

  it('still says what is wrong: impossible, incomplete, future', () => {
    expect(checkDate(parts('٣٠', '٢', '٢٠٢٠'), { today })).toEqual({ ok: false, error: 'dateImpossible' });
    expect(checkDate(parts('١٤', '', '١٩٩٢'), { today })).toEqual({ ok: false, error: 'dateIncomplete' });
    expect(checkDate(parts('14.5', '', ''), { today })).toEqual({ ok: false, error: 'dateIncomplete' });
    expect(checkDate(parts('۱', '۱', '۲۰۳۰'), { today })).toEqual({ ok: false, error: 'dateFuture' });
  });

  it('answers a Solar Hijri (or Hijri) year with its own message', () => {
    expect(checkDate(parts('۱۴', '۵', '۱۳۷۱'), { today })).toEqual({ ok: false, error: 'dateSolarHijri' });
    expect(checkDate(parts('۱۴ / ۵ / ۱۳۷۱', '', ''), { today })).toEqual({ ok: false, error: 'dateSolarHijri' });
    expect(checkDate(parts('1', '1', '1403'), { today, future: true })).toEqual({ ok: false, error: 'dateSolarHijri' });
    expect(checkDate(parts('1', '1', '1299'), { today })).toEqual({ ok: false, error: 'dateTooOld' });
    expect(checkDate(parts('1', '1', '1899'), { today })).toEqual({ ok: false, error: 'dateTooOld' });
  });

  it('has the Solar Hijri message in every language, in its digits, not the "check the year" text', () => {
    for (const lang of locales) {
      const errors = JSON.parse(readFileSync(`locales/${lang}/check.json`, 'utf8')).errors;
      expect(errors.dateSolarHijri, lang).toBeTruthy();
      expect(errors.dateSolarHijri).not.toBe(errors.dateTooOld);
      expect(errors.dateSolarHijri, lang).toContain({ fa: '۱۹۹۲', ps: '۱۹۹۲', ckb: '١٩٩٢' }[lang as string] ?? '1992');
      if (lang !== 'de') expect(errors.dateSolarHijri, lang).toContain('Duldung');
    }
  });
});

describe('numbers typed with native digits', () => {
  it('reads ٢٥, ۲۵, the Arabic decimal sign and a comma', () => {
    expect(checkNumber('٢٥', 0, 80)).toEqual({ ok: true, value: 25 });
    expect(checkNumber('۲۵', 0, 80)).toEqual({ ok: true, value: 25 });
    expect(checkNumber('۷٫۵', 0, 80)).toEqual({ ok: true, value: 7.5 });
    expect(checkNumber('7,5', 0, 80)).toEqual({ ok: true, value: 7.5 });
    expect(checkNumber('٠', 0, 80)).toEqual({ ok: true, value: 0 });
    expect(checkNumber('٨١', 0, 80)).toEqual({ ok: false, error: 'number' });
    expect(checkNumber('٢٥ ساعة', 0, 80)).toEqual({ ok: false, error: 'number' });
  });
});
