/**
 * The one i18next instance used at build time by Astro pages. Islands do not import this:
 * they receive `slice(...)` strings as props and format them with `format.ts`.
 * @example const t = useTranslations('fa'); t('home.start')
 */
import { createInstance, type TFunction } from 'i18next';
import { defaultLocale, type Locale } from './languages';
import { resources, namespaces, type Namespace } from './resources';
import { formatDate as formatCalendarDate } from './calendars';
import { formatNumber } from './digits';
import type { DateValue } from './dates';

const i18n = createInstance();
// every {{value}} through one formatter (alwaysFormat): numbers in the language's digits, dates passed
// as `dateValue(iso)` in its words; text stays as it is
i18n.use({
  type: 'formatter',
  init() {},
  add() {},
  addCached() {},
  format(value: unknown, _format: string | undefined, lng: string | undefined) {
    if (typeof value === 'number') return formatNumber(value, lng ?? defaultLocale);
    if (value && typeof value === 'object' && typeof (value as DateValue).date === 'string') {
      return formatCalendarDate((value as DateValue).date, lng ?? defaultLocale, (value as DateValue).form);
    }
    return value;
  },
});
i18n.init({
  resources,
  fallbackLng: defaultLocale,
  ns: [...namespaces],
  defaultNS: 'common',
  initAsync: false,
  interpolation: { escapeValue: false, alwaysFormat: true },
  returnNull: false,
});

export function useTranslations(lang: Locale, ns: Namespace = 'common'): TFunction {
  return i18n.getFixedT(lang, ns);
}

/**
 * An ISO calendar date in the language's words, script and digits (CLDR data, see dates.ts): the same
 * function the islands use, so pages, screens and paper agree. Callers keep the date in `<bdi>`.
 */
export function formatDate(iso: string, lang: Locale): string {
  return formatCalendarDate(iso, lang);
}
