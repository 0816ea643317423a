/**
 * One language's strings of an island namespace, as a static file on this site: caseworker mode
 * fetches the second language from here (same origin; precached for offline use).
 */
import type { APIRoute } from 'astro';
import { locales, type Locale } from '../../../i18n/languages';
import { islandStrings } from '../../../i18n/resources';

const islandNamespaces = ['check', 'plan', 'workspace'] as const;

export function getStaticPaths() {
  return locales.flatMap((lang) => islandNamespaces.map((ns) => ({ params: { lang, ns } })));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(islandStrings(params.lang as Locale, params.ns as (typeof islandNamespaces)[number])), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
