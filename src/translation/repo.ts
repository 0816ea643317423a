/**
 * Every translated text of the repository with its translation state, read from the files (Node only: the
 * `i18n:*` scripts and the unit tests use this, the pages use `display.ts`).
 *
 * Where the records are:
 * - UI strings, glossary explanations, office descriptions: `locales/<lang>/translation-state.json`
 *   (`{ strings: { <namespace>: { <key>: record } }, glossary: { <id>: record }, offices: { <id>: record } }`);
 * - route and basics pages: their own frontmatter, `translation:` (one `"<german hash> <own hash>"` per part,
 *   see `markdownParts`); `reviewed: true` there means a translator checked the page (`by: human`).
 *
 * @example const units = readUnits(); units.filter((u) => u.state === 'outdated')
 */
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { locales } from '../i18n/languages';
import {
  germanSourceOf, parseRecord, formatRecord, recordOf, stateOf, markdownParts, parsePartRecords, partStates,
  formatPartRecord, hashText, type State, type By, type TranslationRecord,
} from './state';

/** The locale namespaces (the same list as src/i18n/resources.ts, which a test compares). */
export const stringNamespaces = ['common', 'check', 'plan', 'content', 'storage', 'workspace'] as const;
export const pageCollections = ['routes', 'basics'] as const;
export type UnitKind = 'string' | 'page' | 'glossary' | 'office';

export interface Unit {
  lang: string;
  kind: UnitKind;
  /** `check:q.birthDate.title`, `routes/25a#2` (part 2), `glossary:duldung`, `offices:ggua` */
  id: string;
  /** the file that holds the translation */
  file: string;
  german: string;
  own: string;
  record: TranslationRecord | undefined;
  state: State;
}

export interface StateFile {
  about?: string;
  strings: Record<string, Record<string, string>>;
  glossary: Record<string, string>;
  offices: Record<string, string>;
}

const about = 'Translation records (which German text each translation was made from): written by `npm run i18n:stamp` and `npm run i18n:mark`, read by the pages and `npm run i18n:status`. See content/README.md, "Translation states".';

type Dict = { [key: string]: string | Dict };
function flatten(dict: Dict, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(dict)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else Object.assign(out, flatten(v, key));
  }
  return out;
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
export const stateFilePath = (root: string, lang: string) => join(root, 'locales', lang, 'translation-state.json');

export function readStateFile(root: string, lang: string): StateFile {
  const file = stateFilePath(root, lang);
  const raw = existsSync(file) ? readJson(file) : {};
  return { strings: raw.strings ?? {}, glossary: raw.glossary ?? {}, offices: raw.offices ?? {} };
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function writeStateFile(root: string, lang: string, s: StateFile) {
  const strings = sortKeys(Object.fromEntries(Object.entries(s.strings).map(([ns, v]) => [ns, sortKeys(v)])));
  const out = { about, strings, glossary: sortKeys(s.glossary), offices: sortKeys(s.offices) };
  writeFileSync(stateFilePath(root, lang), `${JSON.stringify(out, null, 2)}\n`);
}

interface PageFile {
  file: string;
  title: string;
  summary: string;
  body: string;
  reviewed: boolean;
  translation: unknown;
}

function readPage(file: string): PageFile | undefined {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: no frontmatter`);
  const data = parseYaml(m[1]) as Record<string, unknown>;
  return { file, title: String(data.title ?? ''), summary: String(data.summary ?? ''), body: m[2], reviewed: data.reviewed === true, translation: data.translation };
}

const pageIds = (root: string, collection: string, lang: string) => {
  const dir = join(root, 'content', collection, lang);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort() : [];
};

interface GlossaryFile { terms: { id: string; explanation: string }[] }
interface CityFile { offices: { id: string; description: Record<string, string | undefined> }[] }

/** Every translated text of every language except German, with its state. */
export function readUnits(root = '.', langs: readonly string[] = locales.filter((l) => l !== 'de')): Unit[] {
  const units: Unit[] = [];
  const readIf = <T>(file: string, fallback: T): T => (existsSync(file) ? readJson(file) : fallback);
  const deStrings = Object.fromEntries(stringNamespaces.map((ns) => [ns, flatten(readIf(join(root, 'locales', 'de', `${ns}.json`), {}))]));
  const deGlossary = new Map(readIf<GlossaryFile>(join(root, 'content', 'glossary', 'de.json'), { terms: [] }).terms.map((t) => [t.id, t.explanation]));
  const officesDir = join(root, 'content', 'offices');
  const cityFiles = existsSync(officesDir) ? readdirSync(officesDir).filter((f) => f.endsWith('.json')).map((f) => join(officesDir, f)) : [];
  const cities = cityFiles.map((file) => ({ file, data: readJson(file) as CityFile }));

  for (const lang of langs) {
    const states = readStateFile(root, lang);
    for (const ns of stringNamespaces) {
      const file = join(root, 'locales', lang, `${ns}.json`);
      if (!existsSync(file)) continue;
      const own = flatten(readJson(file));
      for (const [key, value] of Object.entries(own)) {
        const german = germanSourceOf(key, deStrings[ns]);
        if (german === undefined) continue; // a key German lacks: the i18n test reports it
        const record = parseRecord(states.strings[ns]?.[key]);
        units.push({ lang, kind: 'string', id: `${ns}:${key}`, file, german, own: value, record, state: stateOf(german, value, record) });
      }
    }

    for (const collection of pageCollections) {
      for (const id of pageIds(root, collection, lang)) {
        const page = readPage(join(root, 'content', collection, lang, `${id}.md`))!;
        const de = readPage(join(root, 'content', collection, 'de', `${id}.md`));
        if (!de) continue;
        const germanParts = markdownParts(de.title, de.summary, de.body);
        const ownParts = markdownParts(page.title, page.summary, page.body);
        const records = parsePartRecords(page.translation, page.reviewed);
        const states = partStates(germanParts, ownParts, records);
        ownParts.forEach((own, i) => units.push({
          lang, kind: 'page', id: `${collection}/${id}#${i}`, file: page.file, german: germanParts[i] ?? '', own,
          record: records?.[i], state: states[i],
        }));
      }
    }

    const glossaryFile = join(root, 'content', 'glossary', `${lang}.json`);
    if (existsSync(glossaryFile)) {
      for (const t of (readJson(glossaryFile) as GlossaryFile).terms) {
        const german = deGlossary.get(t.id);
        if (german === undefined) continue;
        const record = parseRecord(states.glossary[t.id]);
        units.push({ lang, kind: 'glossary', id: `glossary:${t.id}`, file: glossaryFile, german, own: t.explanation, record, state: stateOf(german, t.explanation, record) });
      }
    }

    for (const city of cities) {
      for (const o of city.data.offices) {
        const own = o.description[lang];
        const german = o.description.de;
        if (!own || !german) continue;
        const record = parseRecord(states.offices[o.id]);
        units.push({ lang, kind: 'office', id: `offices:${o.id}`, file: city.file, german, own, record, state: stateOf(german, own, record) });
      }
    }
  }
  return units;
}

/** Records in the state files that no text needs any more (a key, term or office removed or renamed). */
export function orphanRecords(root = '.', units = readUnits(root), langs: readonly string[] = locales.filter((l) => l !== 'de')): string[] {
  const live = new Set(units.map((u) => `${u.lang} ${u.id}`));
  const out: string[] = [];
  for (const lang of langs) {
    const s = readStateFile(root, lang);
    for (const [ns, keys] of Object.entries(s.strings)) for (const key of Object.keys(keys)) if (!live.has(`${lang} ${ns}:${key}`)) out.push(`${lang} ${ns}:${key}`);
    for (const id of Object.keys(s.glossary)) if (!live.has(`${lang} glossary:${id}`)) out.push(`${lang} glossary:${id}`);
    for (const id of Object.keys(s.offices)) if (!live.has(`${lang} offices:${id}`)) out.push(`${lang} offices:${id}`);
  }
  return out;
}

/** `routes/25a#2` → `routes/25a` */
const pageOf = (id: string) => id.replace(/#\d+$/, '');

/**
 * Writes records. `which` chooses the units to record: stamp records what has no valid record
 * (`unrecorded`, `edited`); mark records what a translator names, whatever its state.
 * Returns the units recorded and the pages that could not be recorded (their sections differ from German's).
 */
export function writeRecords(root: string, units: Unit[], which: (u: Unit) => boolean, by: By): { recorded: Unit[]; refused: string[] } {
  const recorded: Unit[] = [];
  const refused: string[] = [];
  const byLang = new Map<string, Unit[]>();
  for (const u of units) byLang.set(u.lang, [...(byLang.get(u.lang) ?? []), u]);

  for (const [lang, list] of byLang) {
    const states = readStateFile(root, lang);
    const live = new Set(list.map((u) => u.id));
    let changed = false;
    for (const u of list) {
      if (u.kind === 'page' || !which(u)) continue;
      const value = formatRecord(recordOf(u.german, u.own, by));
      if (u.kind === 'string') {
        const [ns, key] = [u.id.slice(0, u.id.indexOf(':')), u.id.slice(u.id.indexOf(':') + 1)];
        (states.strings[ns] ??= {})[key] = value;
      } else if (u.kind === 'glossary') states.glossary[u.id.slice('glossary:'.length)] = value;
      else states.offices[u.id.slice('offices:'.length)] = value;
      recorded.push(u);
      changed = true;
    }
    // drop records of texts that are gone
    for (const [ns, keys] of Object.entries(states.strings)) {
      for (const key of Object.keys(keys)) if (!live.has(`${ns}:${key}`)) { delete keys[key]; changed = true; }
    }
    for (const id of Object.keys(states.glossary)) if (!live.has(`glossary:${id}`)) { delete states.glossary[id]; changed = true; }
    for (const id of Object.keys(states.offices)) if (!live.has(`offices:${id}`)) { delete states.offices[id]; changed = true; }
    if (changed || !existsSync(stateFilePath(root, lang))) writeStateFile(root, lang, states);

    // pages: all parts of a page are written together, into its frontmatter
    const pages = new Map<string, Unit[]>();
    for (const u of list) if (u.kind === 'page') pages.set(pageOf(u.id), [...(pages.get(pageOf(u.id)) ?? []), u]);
    for (const [page, parts] of pages) {
      const chosen = parts.filter(which);
      if (chosen.length === 0) continue;
      const [collection, id] = page.split('/');
      const de = readPage(join(root, 'content', collection, 'de', `${id}.md`))!;
      if (markdownParts(de.title, de.summary, de.body).length !== parts.length) {
        refused.push(`${lang} ${page}: its ## sections differ from the German page's; translate the German sections first`);
        continue;
      }
      const records = parts.map((u) => (which(u) || !u.record ? recordOf(u.german, u.own, by) : u.record));
      writePageRecords(parts[0].file, records, by === 'human');
      recorded.push(...chosen);
    }
  }
  return { recorded, refused };
}

/** Replaces the frontmatter's `translation:` list (after `order:`, where it disturbs the fewest edits) and `reviewed:`. */
export function writePageRecords(file: string, records: TranslationRecord[], reviewed?: boolean) {
  const text = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text)!;
  let lines = m[1].split('\n');
  const start = lines.findIndex((l) => /^translation:/.test(l));
  if (start >= 0) {
    let end = start + 1;
    while (end < lines.length && /^\s+(- |#)/.test(lines[end])) end++;
    lines.splice(start, end - start);
  }
  const block = ['translation:', ...records.map((r) => `  - "${formatPartRecord(r)}"`)];
  const at = lines.findIndex((l) => /^order:/.test(l));
  lines.splice(at >= 0 ? at + 1 : lines.length, 0, ...block);
  if (reviewed !== undefined) lines = lines.map((l) => (/^reviewed:/.test(l) ? `reviewed: ${reviewed}` : l));
  writeFileSync(file, `---\n${lines.join('\n')}\n---\n${text.slice(m[0].length)}`);
}

/** For messages: how many of each state, per language. */
export function countStates(units: Unit[]): Map<string, Record<State, number>> {
  const out = new Map<string, Record<State, number>>();
  for (const u of units) {
    const c = out.get(u.lang) ?? { unrecorded: 0, edited: 0, outdated: 0, machine: 0, current: 0 };
    c[u.state]++;
    out.set(u.lang, c);
  }
  return out;
}

export { hashText };
