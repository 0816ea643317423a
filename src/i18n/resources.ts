/**
 * Every UI string of every language, loaded eagerly at build time and checked with zod.
 * Only .astro pages and tests import this; a React island gets its slice as props (see `slice`).
 */
import { z } from 'zod';
import { locales, type Locale } from './languages';
import { fillLawIn } from './law';
import { withOutdatedInGerman } from '../translation/display';
import { formattingStrings } from './calendars';

export const namespaces = ['common', 'check', 'plan', 'content', 'storage', 'workspace'] as const;
export type Namespace = (typeof namespaces)[number];

type Dict = { [key: string]: string | Dict };
const dictSchema: z.ZodType<Dict> = z.lazy(() => z.record(z.union([z.string().min(1), dictSchema])));

const files = import.meta.glob<{ default: unknown }>('../../locales/*/*.json', { eager: true });

function load(): Record<Locale, Record<Namespace, Dict>> {
  const out = {} as Record<Locale, Record<Namespace, Dict>>;
  for (const lang of locales) {
    out[lang] = {} as Record<Namespace, Dict>;
    for (const ns of namespaces) {
      const file = files[`../../locales/${lang}/${ns}.json`];
      const parsed = dictSchema.safeParse(file?.default ?? {});
      if (!parsed.success) {
        throw new Error(`locales/${lang}/${ns}.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      }
      out[lang][ns] = fillLawIn(parsed.data, lang); // {{law.…}}: legal numbers from the parameter file
    }
  }
  return out;
}

/** Outdated translations (the German changed since) read as German with a marker: src/translation/display.ts */
export const resources = withOutdatedInGerman(load());

/** Flattens nested keys to dot paths: { a: { b: 'x' } } → { 'a.b': 'x' }. */
export function flatten(dict: Dict, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(dict)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else Object.assign(out, flatten(v, key));
  }
  return out;
}

/**
 * The strings of one namespace for one language, limited to keys under the given prefixes, flattened.
 * @example slice('ar', 'check', ['q.', 'nav.']) // => { 'q.birthDate.title': '…', … }
 */
export function slice(lang: Locale, ns: Namespace, prefixes: string[] = ['']): Record<string, string> {
  const flat = flatten(resources[lang][ns]);
  const ref = flatten(resources.de[ns]);
  const out: Record<string, string> = {};
  for (const key of Object.keys(ref)) {
    if (prefixes.some((p) => key.startsWith(p))) out[key] = flat[key] ?? ref[key];
  }
  // plural forms that exist only in this language (e.g. Arabic _few)
  for (const key of Object.keys(flat)) {
    if (!(key in out) && prefixes.some((p) => key.startsWith(p))) out[key] = flat[key];
  }
  return out;
}

/** The language's month names, date templates, digits and decimal sign (`cldr.*`): the islands format with them. */
const dateStrings = formattingStrings;

/** What each island needs: its own namespace plus the shared saved-answers and caseworker strings. */
export function islandStrings(lang: Locale, island: 'check' | 'plan' | 'workspace'): Record<string, string> {
  // the case managers' workspace: its own strings, the caseworker-mode box and what the gate may say
  if (island === 'workspace') return { ...dateStrings(lang), ...slice(lang, 'check', ['caseworker.']), ...slice(lang, 'storage', ['import.', 'saved.']), ...slice(lang, 'workspace') };
  const shared = slice(lang, 'check', ['saved.', 'import.', 'caseworker.', 'nav.', 'unknown.', 'q.', 'members.roles.']);
  // storage.json: what the saved-answers and file code may say (errors, recovery notices)
  return island === 'check' ? { ...dateStrings(lang), ...slice(lang, 'check'), ...slice(lang, 'storage') } : { ...dateStrings(lang), ...shared, ...slice(lang, 'storage'), ...slice(lang, 'plan') };
}

/**
 * What the result and plan pages inline in their HTML: what they show before the rest of their strings
 * arrive from `/i18n/<lang>/plan.json` (all of them would break the 14 KB HTML budget).
 */
export function shellStrings(lang: Locale): Record<string, string> {
  return { ...dateStrings(lang), ...slice(lang, 'check', ['caseworker.']), ...slice(lang, 'plan', ['result.title', 'result.loading', 'result.disclaimer', 'page.', 'planPage.title']) };
}

/**
 * What the check page inlines in its HTML: everything but the question texts (`q.*`, the largest part),
 * which arrive from `/i18n/<lang>/check.json` while the family adds its members, and the page's own texts.
 */
export function checkShellStrings(lang: Locale): Record<string, string> {
  const all = islandStrings(lang, 'check');
  const later = ['q.', 'page.title', 'page.description', 'page.privacy', 'sw.'];
  return Object.fromEntries(Object.entries(all).filter(([key]) => !later.some((p) => key.startsWith(p))));
}

/** What the workspace page inlines: the lock screen and the caseworker-mode box; the rest comes after. */
export function workspaceShellStrings(lang: Locale): Record<string, string> {
  return { ...dateStrings(lang), ...slice(lang, 'check', ['caseworker.']), ...slice(lang, 'workspace', ['wsPage.', 'lock.', 'workspace.wrongPassphrase', 'workspace.none', 'workspace.unsupported', 'workspace.noDatabase']) };
}
