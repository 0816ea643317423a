/**
 * The legal-state line and the review notice in a language, as HTML (build time only; it uses all twelve
 * calendars, which islands must not carry): src/components/legal/LegalState.astro shows them.
 * @example legalStateLine('de') // 'Rechtsstand: März <bdi>2026</bdi>. Zuletzt rechtlich geprüft am <bdi>3. Dezember 2026</bdi>.'
 */
import { useTranslations } from '../i18n/server';
import { calendars, formatDate, toDigits } from '../i18n/calendars';
import type { Locale } from '../i18n/languages';
import { legalState } from '../rules/law/open-points';

const bdi = (s: string) => `<bdi>${s}</bdi>`;

export function legalStateLine(lang: Locale): string {
  const [year, month] = legalState.asOf.split('-').map(Number);
  return useTranslations(lang, 'plan')('legalState.line', {
    month: calendars[lang].months[month - 1], year: bdi(toDigits(String(year), lang)), reviewed: bdi(formatDate(legalState.reviewedOn, lang)),
  });
}

export const reviewNotice = (lang: Locale, due: string) => useTranslations(lang, 'plan')('legalState.overdue', { date: bdi(formatDate(due, lang)) });
