import { describe, it, expect } from 'vitest';
import { normalizeDigits } from '../../../src/i18n/digits';
import { formatNumber, toDigits, digitsOf } from '../../../src/i18n/calendars'; // registers every language's digits
import { locales, numberSystems } from '../../../src/i18n/languages';

describe('one digit system per language', () => {
  it('is written down for every language: Persian digits for fa and ps, Arabic-Indic for ckb, Western for the rest', () => {
    expect(Object.keys(numberSystems).sort()).toEqual([...locales].sort());
    const by = (d: string) => locales.filter((l) => numberSystems[l].digits === d);
    expect(by('arabext')).toEqual(['fa', 'ps']);
    expect(by('arab')).toEqual(['ckb']);
    expect(by('latn')).toEqual(['de', 'en', 'ar', 'kmr', 'tr', 'ru', 'sq', 'sr', 'fr']);
    expect(digitsOf('fa')).toBe('۰۱۲۳۴۵۶۷۸۹');
    expect(digitsOf('ps')).toBe('۰۱۲۳۴۵۶۷۸۹');
    expect(digitsOf('ckb')).toBe('٠١٢٣٤٥٦٧٨٩');
    expect(digitsOf('ar')).toBe('0123456789');
  });

  it('formats numbers in the language digits and decimal sign, without grouping', () => {
    expect(formatNumber(12, 'fa')).toBe('۱۲');
    expect(formatNumber(12, 'ps')).toBe('۱۲');
    expect(formatNumber(12, 'ckb')).toBe('١٢');
    expect(formatNumber(12, 'ar')).toBe('12');
    expect(formatNumber(2027, 'de')).toBe('2027');
    expect(formatNumber(7.5, 'de')).toBe('7,5');
    expect(formatNumber(7.5, 'en')).toBe('7.5');
    expect(formatNumber(7.5, 'fa')).toBe('۷٫۵');
    expect(formatNumber(7.5, 'ckb')).toBe('٧٫٥');
    expect(formatNumber(0, 'kmr')).toBe('0');
  });

  it('rewrites only ASCII digits of a text', () => {
    expect(toDigits('Frage 3 von 12', 'ckb')).toBe('Frage ٣ von ١٢');
    expect(toDigits('§ 25a', 'fa')).toBe('§ ۲۵a');
    expect(toDigits('3 / 12', 'sr')).toBe('3 / 12');
    expect(toDigits('3', 'xx')).toBe('3'); // unregistered language: Western
  });
});

describe('normalizeDigits', () => {
  it('reads Arabic-Indic and Persian digits as ASCII and the Arabic decimal sign as a point', () => {
    expect(normalizeDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalizeDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(normalizeDigits('١٤ / ٥ / ١٩٩٢')).toBe('14 / 5 / 1992');
    expect(normalizeDigits('۷٫۵')).toBe('7.5');
    expect(normalizeDigits('12 Amal ۳')).toBe('12 Amal 3');
  });
  it('is the inverse of formatNumber in every language', () => {
    for (const lang of locales) {
      for (const n of [0, 9, 17, 40, 2027, 7.5]) expect(Number(normalizeDigits(formatNumber(n, lang)).replace(',', '.')), lang).toBe(n);
    }
  });
});
