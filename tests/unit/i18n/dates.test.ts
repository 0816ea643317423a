import { describe, it, expect } from 'vitest';
import { formatDate, calendars, formattingStrings } from '../../../src/i18n/calendars';
import { calendarStrings, dateValue, formatDate as islandFormatDate } from '../../../src/i18n/dates';
import { format, translator } from '../../../src/i18n/format';
import { islandStrings, shellStrings, checkShellStrings } from '../../../src/i18n/resources';
import { useTranslations, formatDate as serverFormatDate } from '../../../src/i18n/server';
import { locales, languageOf } from '../../../src/i18n/languages';

// expected texts written out from the CLDR 48 data (months.format.wide and dateFormats.long of each locale)
const may14 = {
  de: '14. Mai 1992',
  en: '14 May 1992',
  ar: '14 مايو 1992',
  fa: '۱۴ مهٔ ۱۹۹۲',
  ps: '۱۹۹۲ مۍ ۱۴',
  ckb: '١٤ی ئایاری ١٩٩٢',
  kmr: '14ê gulana 1992an',
  tr: '14 Mayıs 1992',
  ru: '14 мая 1992\u202fг.',
  sq: '14 maj 1992',
  sr: '14. maj 1992.',
  fr: '14 mai 1992',
};
const nov28 = {
  de: '28. November 2026',
  en: '28 November 2026',
  ar: '28 نوفمبر 2026',
  fa: '۲۸ نوامبر ۲۰۲۶',
  ps: '۲۰۲۶ نومبر ۲۸',
  ckb: '٢٨ی تشرینی دووەمی ٢٠٢٦',
  kmr: '28ê mijdara 2026an',
  tr: '28 Kasım 2026',
  ru: '28 ноября 2026\u202fг.',
  sq: '28 nëntor 2026',
  sr: '28. novembar 2026.',
  fr: '28 novembre 2026',
};

describe('formatDate: the language words, script and digits, Gregorian calendar', () => {
  it.each(locales)('%s', (lang) => {
    expect(formatDate('1992-05-14', lang)).toBe(may14[lang]);
    expect(formatDate('2026-11-28', lang)).toBe(nov28[lang]);
  });

  it('writes Serbian in Latin script and Pashto, Sorani and Kurmanji in their own words (never English, never Cyrillic)', () => {
    for (let m = 1; m <= 12; m++) {
      const iso = `2027-${String(m).padStart(2, '0')}-20`;
      expect(formatDate(iso, 'sr')).not.toMatch(/\p{Script=Cyrillic}/u);
      for (const lang of ['ps', 'ckb', 'kmr', 'sq'] as const) expect(formatDate(iso, lang)).not.toMatch(/January|February|March|April|June|July|August|September|October|November|December/);
      for (const lang of ['fa', 'ps'] as const) expect(formatDate(iso, lang)).toMatch(/^[^0-9٠-٩]*$/);
      expect(formatDate(iso, 'ckb')).toMatch(/^[^0-9۰-۹]*$/);
      expect(formatDate(iso, 'ar')).toMatch(/^[^٠-٩۰-۹]*$/);
    }
  });

  it('agrees with ICU month by month wherever this Node has the locale (an independent check of the pattern code)', () => {
    for (const lang of locales) {
      const { locale } = calendars[lang];
      const nu = { fa: 'arabext', ps: 'arabext', ckb: 'arab' }[lang as string] ?? 'latn';
      if (!Intl.DateTimeFormat.supportedLocalesOf(locale).length) continue;
      const intl = new Intl.DateTimeFormat(`${locale}-u-ca-gregory-nu-${nu}`, { dateStyle: 'long', timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const ours = formatDate(`2027-${String(m + 1).padStart(2, '0')}-03`, lang).replace(/\u202f/g, ' ');
        expect(ours, `${lang} month ${m + 1}`).toBe(intl.format(new Date(Date.UTC(2027, m, 3))).replace(/\u202f/g, ' '));
      }
    }
  });

  it('has a numeric form for tight places, in the language digits', () => {
    expect(formatDate('2026-11-28', 'de', 'numeric')).toBe('28.11.2026');
    expect(formatDate('2026-11-28', 'en', 'numeric')).toBe('28/11/2026');
    expect(formatDate('2026-11-28', 'ar', 'numeric')).toBe('28\u200f/11\u200f/2026');
    expect(formatDate('2026-11-28', 'fa', 'numeric')).toBe('۲۰۲۶/۱۱/۲۸');
    expect(formatDate('2026-11-28', 'ckb', 'numeric')).toBe('٢٨/١١/٢٠٢٦');
    expect(formatDate('2026-11-28', 'sr', 'numeric')).toBe('28. 11. 2026.');
  });

  it('the server formats with the same function', () => {
    for (const lang of locales) expect(serverFormatDate('1992-05-14', lang)).toBe(may14[lang]);
  });
});

describe('dates in the islands: the calendar comes with the page strings', () => {
  it('every island strings set carries its language calendar', () => {
    for (const lang of locales) {
      const want = formattingStrings(lang);
      for (const strings of [islandStrings(lang, 'check'), islandStrings(lang, 'plan'), shellStrings(lang), checkShellStrings(lang)]) {
        expect(strings).toMatchObject(want);
      }
    }
  });

  it('a translator registers the calendar of its strings, and a date value is formatted by each language of a pair', () => {
    const xx = { ...calendarStrings({ months: 'eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf'.split(' '), long: '{d} im {MMMM} {y}', numeric: '{dd}-{M}-{y}' }, 'abcdefghij', '~'), due: 'bis {{date}}', n: '{{n}} Std.' };
    const t = translator(xx, 'xx');
    expect(islandFormatDate('2027-06-05', 'xx')).toBe('f im sechs cach');
    expect(t('due', { date: dateValue('2027-06-20') })).toBe('bis ca im sechs cach');
    expect(t('due', { date: dateValue('2027-06-05', 'numeric') })).toBe('bis af-g-cach');
    expect(t('n', { n: 7.5 })).toBe('h~f Std.');
    // German beside Persian (translation review D20): each side in its own language
    const fa = translator({ ...islandStrings('fa', 'plan'), due: 'تا {{date}}' }, 'fa');
    const de = translator({ ...islandStrings('de', 'plan'), due: 'bis {{date}}' }, 'de');
    expect(fa('due', { date: dateValue('2027-06-20') })).toBe('تا ۲۰ ژوئن ۲۰۲۷');
    expect(de('due', { date: dateValue('2027-06-20') })).toBe('bis 20. Juni 2027');
  });

  it('without a calendar a date stays the ISO date, never English month names', () => {
    expect(islandFormatDate('2027-06-20', 'zz')).toBe('2027-06-20');
    expect(islandFormatDate('not a date', 'de')).toBe('not a date');
  });
});

describe('numbers inside texts', () => {
  it('the island formatter writes numeric {{vars}} in the language digits, plurals still chosen by the number', () => {
    const strings = { q: 'Frage {{current}} von {{total}}', n_one: '{{count}} Frage', n_other: '{{count}} Fragen', name: 'über {{name}}' };
    expect(format(strings, 'ckb', 'q', { current: 3, total: 12 })).toBe('Frage ٣ von ١٢');
    expect(format(strings, 'fa', 'q', { current: 3, total: 12 })).toBe('Frage ۳ von ۱۲');
    expect(format(strings, 'ar', 'q', { current: 3, total: 12 })).toBe('Frage 3 von 12');
    expect(format(strings, 'de', 'n', { count: 1 })).toBe('1 Frage');
    expect(format(strings, 'fa', 'n', { count: 2 })).toBe('۲ Fragen');
    expect(format(strings, 'fa', 'name', { name: 'Sami 2' })).toBe('über Sami 2'); // text stays as typed
  });

  it('the server i18next writes numeric values in the language digits too', () => {
    expect(useTranslations('fa', 'check')('nav.progress', { current: 3, total: 12 })).toBe('سؤال ۳ از حدود ۱۲');
    expect(useTranslations('ckb', 'check')('nav.progress', { current: 3, total: 12 })).toMatch(/٣.*١٢/);
    expect(useTranslations('de', 'check')('nav.progress', { current: 3, total: 12 })).toBe('Frage 3 von etwa 12');
    expect(useTranslations('sr', 'common')('footer.asOf', { date: dateValue('2026-01-01') })).toBe('Stanje propisa na dan: 1. januar 2026.');
  });

  it('keeps the language codes used for CLDR data written down', () => {
    expect(languageOf('kmr').cldr).toBe('ku');
    expect(languageOf('sr').cldr).toBe('sr-Latn');
    expect(calendars.sr.locale).toBe('sr-Latn');
  });
});
