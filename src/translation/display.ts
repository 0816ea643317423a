/**
 * What the pages do with outdated translations (build time only). A translation is outdated when the German
 * text changed after it was made (see `state.ts`); until it is translated again the page shows the German
 * text, which is binding anyway:
 * - UI strings (`locales/`): the German string, isolated left-to-right, followed by a short "translation
 *   pending" marker in the page's language (`common:translationState.pending`). Every page, island and
 *   `/i18n/<lang>/*.json` file gets this through `src/i18n/resources.ts`, so no page code changes and no
 *   JavaScript is added.
 * - Route and basics pages: the German text of each outdated section, beside a note and the earlier
 *   translation (`ContentEntry.astro`).
 * - Glossary explanations and office descriptions: the German text with a note.
 */
import {
  germanSourceOf, germanDisplayOf, parseRecord, stateOf, markdownParts, parsePartRecords, partStates, type State,
} from './state';

type Dict = { [key: string]: string | Dict };
interface StateFileJson {
  strings?: Record<string, Record<string, string>>;
  glossary?: Record<string, string>;
  offices?: Record<string, string>;
}

const files = import.meta.glob<{ default: StateFileJson }>('../../locales/*/translation-state.json', { eager: true });
const stateFile = (lang: string): StateFileJson => files[`../../locales/${lang}/translation-state.json`]?.default ?? {};

/** Left-to-right isolate (U+2066 … U+2069): the German string keeps its order inside right-to-left text. */
export const isolateLtr = (text: string) => `\u2066${text}\u2069`;

function flatten(dict: Dict, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(dict)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else Object.assign(out, flatten(v, key));
  }
  return out;
}

/** The same nested dictionary with some leaves replaced (keys as dot paths, as `flatten` makes them). */
function replaceLeaves(dict: Dict, replace: Map<string, string>, prefix = ''): Dict {
  const out: Dict = {};
  for (const [k, v] of Object.entries(dict)) {
    const key = prefix ? `${prefix}.${k}` : k;
    out[k] = typeof v === 'string' ? (replace.get(key) ?? v) : replaceLeaves(v, replace, key);
  }
  return out;
}

/** Keys of one language's namespace whose translation is outdated. */
export function outdatedKeys(own: Record<string, string>, de: Record<string, string>, records: Record<string, string> = {}): string[] {
  return Object.keys(own).filter((key) => {
    const german = germanSourceOf(key, de);
    return german !== undefined && stateOf(german, own[key], parseRecord(records[key])) === 'outdated';
  });
}

/**
 * All languages' strings with every outdated translation replaced by the German string plus the marker.
 * `states` defaults to the repository's `locales/<lang>/translation-state.json` files.
 */
export function withOutdatedInGerman<R extends Record<string, Record<string, Dict>>>(resources: R, states: (lang: string) => StateFileJson = stateFile): R {
  const de = resources.de;
  const out = { ...resources };
  for (const lang of Object.keys(resources)) {
    if (lang === 'de') continue;
    const marker = flatten(resources[lang].common ?? {})['translationState.pending'] ?? flatten(de.common ?? {})['translationState.pending'] ?? '';
    const copy: Record<string, Dict> = {};
    for (const [ns, dict] of Object.entries(resources[lang])) {
      const deFlat = flatten(de[ns] ?? {});
      const keys = outdatedKeys(flatten(dict), deFlat, states(lang).strings?.[ns]);
      if (keys.length === 0) { copy[ns] = dict; continue; }
      const replace = new Map<string, string>();
      for (const key of keys) {
        const german = germanDisplayOf(key, deFlat);
        if (german !== undefined) replace.set(key, marker ? `${isolateLtr(german)} (${marker})` : isolateLtr(german));
      }
      copy[ns] = replaceLeaves(dict, replace);
    }
    (out as Record<string, Record<string, Dict>>)[lang] = copy;
  }
  return out;
}

interface PageLike {
  body?: string;
  data: { title: string; summary: string; reviewed: boolean; translation?: string[] };
}

/** State of each part of a translated page (part 0: title, summary and text before the first `## `). */
export function pagePartStates(german: PageLike, own: PageLike): State[] {
  const germanParts = markdownParts(german.data.title, german.data.summary, german.body ?? '');
  const ownParts = markdownParts(own.data.title, own.data.summary, own.body ?? '');
  return partStates(germanParts, ownParts, parsePartRecords(own.data.translation, own.data.reviewed));
}

/** Whether the German page has a different number of sections than the translation (then all of it is pending). */
export function sectionsDiffer(german: PageLike, own: PageLike): boolean {
  return markdownParts(german.data.title, german.data.summary, german.body ?? '').length !== markdownParts(own.data.title, own.data.summary, own.body ?? '').length;
}

export function glossaryState(lang: string, id: string, german: string, own: string): State {
  return stateOf(german, own, parseRecord(stateFile(lang).glossary?.[id]));
}

export function officeState(lang: string, id: string, german: string, own: string): State {
  return stateOf(german, own, parseRecord(stateFile(lang).offices?.[id]));
}

/**
 * Splits rendered HTML before each `<h2`: the pieces line up with `markdownParts` (piece 0 is the text before
 * the first section).
 */
export function splitAtH2(html: string): string[] {
  const pieces = html.split(/(?=<h2[\s>])/);
  return /^<h2[\s>]/.test(html) ? ['', ...pieces] : pieces;
}
