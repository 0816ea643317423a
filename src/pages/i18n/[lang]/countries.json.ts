/**
 * One language's country names for the nationality question, as a static file on this site: the check
 * fetches it when that question comes (it is in the language's offline pack). Data: src/i18n/countries.ts.
 */
import type { APIRoute } from 'astro';
import { locales, type Locale } from '../../../i18n/languages';
import { countriesFile } from '../../../i18n/countries';

export function getStaticPaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(countriesFile(params.lang as Locale)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
