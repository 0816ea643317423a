/**
 * Per-language content with an honest fallback: where a language lacks an entry, the German entry is
 * used and the page says so (rendered inside `lang="de" dir="ltr"`).
 *
 * @example const { entry, isFallback } = await getLocalized('routes', '25b', 'ar');
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { locales, type Locale } from '../i18n/languages';
import { linkGlossaryTerms } from './glossary-link';
import { isolateHtml } from './isolate';
import { glossaryState } from '../translation/display';
import type { GlossaryTerm } from './schemas';

export type PageCollection = 'routes' | 'basics';
export type PageEntry = CollectionEntry<'routes'> | CollectionEntry<'basics'>;

/** `de/25b` → `25b` */
export const bareId = (id: string) => id.slice(id.indexOf('/') + 1);

const byId = new Map<PageCollection, Promise<Map<string, PageEntry>>>();
/** All entries of a collection by id, read once per build (getEntry would warn on every missing translation). */
function entries(collection: PageCollection): Promise<Map<string, PageEntry>> {
  if (!byId.has(collection)) {
    byId.set(collection, getCollection(collection).then((all) => new Map(all.map((e) => [e.id, e as PageEntry]))));
  }
  return byId.get(collection)!;
}

/** German entries of a collection, sorted by `order`: the list every language builds pages for. */
export async function germanEntries<C extends PageCollection>(collection: C): Promise<CollectionEntry<C>[]> {
  const all = [...(await entries(collection)).values()].filter((e) => e.id.startsWith('de/')) as CollectionEntry<C>[];
  return all.sort((a, b) => a.data.order - b.data.order);
}

export async function getLocalized<C extends PageCollection>(collection: C, id: string, lang: Locale) {
  const map = await entries(collection);
  const german = map.get(`de/${id}`) as CollectionEntry<C> | undefined;
  if (!german) throw new Error(`content/${collection}/de/${id}.md is missing`);
  const own = map.get(`${lang}/${id}`) as CollectionEntry<C> | undefined;
  return { entry: own ?? german, german, isFallback: !own, contentLang: (own ? lang : 'de') as Locale };
}

/** `getStaticPaths` for `[lang]/<collection>/[id]`: every language × every German id. */
export async function pagePaths(collection: PageCollection) {
  const ids = (await germanEntries(collection)).map((e) => bareId(e.id));
  return locales.flatMap((lang) => ids.map((id) => ({ params: { lang, id } })));
}

/**
 * The German forms a glossary entry is found by: its term, its `forms`, and for a term written
 * "Abbreviation (Full word)", such as "§ (Paragraf)" or "Abs. (Absatz)", both parts.
 */
export function termForms(t: Pick<GlossaryTerm, 'term' | 'forms'>): string[] {
  const parts = /^(.+?) \((.+)\)$/.exec(t.term);
  return [...new Set([t.term, ...(t.forms ?? []), ...(parts ? [parts[1], parts[2]] : [])])];
}

/**
 * Glossary of a language plus, per German id, the German entry (fallback for missing terms). `pending`: the
 * German explanation changed after this one was translated (the page shows the German one with a note).
 */
export async function getGlossary(lang: Locale) {
  const all = await getCollection('glossary');
  const de = all.find((g) => g.id === 'de');
  if (!de) throw new Error('content/glossary/de.json is missing');
  const own = all.find((g) => g.id === lang);
  const ownTerms = new Map((own?.data.terms ?? []).map((t) => [t.id, t]));
  const terms = de.data.terms.map((g) => {
    const t = ownTerms.get(g.id);
    const pending = !!t && lang !== 'de' && glossaryState(lang, g.id, g.explanation, t.explanation) === 'outdated';
    return {
      id: g.id, term: g.term, forms: termForms(g), explanation: t?.explanation ?? g.explanation, isFallback: !t,
      pending, germanExplanation: g.explanation,
    };
  });
  return { terms, reviewed: own?.data.reviewed ?? false, asOf: (own ?? de).data.asOf, hasOwn: !!own };
}

/** Every German form of every glossary term: what `isolateHtml` marks as German in Latin-script languages. */
export const germanTermList = (terms: Pick<GlossaryTerm, 'term' | 'forms'>[]) => terms.flatMap((t) => termForms(t));

/**
 * The entry's rendered HTML with German citations, terms and numbers isolated for the page's direction
 * (`isolate.ts`), then German glossary terms linked to `/<lang>/glossary/#<id>` (the first "§" and "Abs."
 * included: they link to their glossary entries once per page).
 */
export function linkedHtml(entry: PageEntry, terms: Pick<GlossaryTerm, 'id' | 'term' | 'forms'>[], lang: Locale): string {
  const contentLang = entry.id.slice(0, entry.id.indexOf('/'));
  const foreign = contentLang !== 'de';
  const html = isolateHtml(entry.rendered?.html ?? '', { lang: contentLang, germanTerms: germanTermList(terms) });
  return linkGlossaryTerms(html, terms.map((t) => ({ ...t, forms: termForms(t) })), (id) => `/${lang}/glossary/#${id}`, foreign);
}

/** ISO calendar date of a schema date. */
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
