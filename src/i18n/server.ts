/**
 * The one i18next instance used at build time by Astro pages. Islands do not import this:
 * they receive `slice(...)` strings as props and format them with `format.ts`.
 * @example const t = useTranslations('fa'); t('home.start')
 */
import { createInstance, type TFunction } from 'i18next';
import { defaultLocale, type Locale } from './languages';
import { resources, namespaces, type Namespace } from './resources';
import { formatIso } from './dates';

const i18n = createInstance();
i18n.init({
  resources,
  fallbackLng: defaultLocale,
  ns: [...namespaces],
  defaultNS: 'common',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function useTranslations(lang: Locale, ns: Namespace = 'common'): TFunction {
  return i18n.getFixedT(lang, ns);
}

/** Formats an ISO calendar date for a language; the date itself is kept in `<bdi>` by callers. */
export function formatDate(iso: string, lang: Locale): string {
  return formatIso(iso, lang); // the islands' helper: one formatting on pages, screens and paper
}
