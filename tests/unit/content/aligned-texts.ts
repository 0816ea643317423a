/**
 * Every text a person reads in one language, each next to the German text it translates: content pages
 * line by line (title, summary, body; the translations keep the German line structure), glossary entries
 * by id, office descriptions by office, and locale strings by key (plural forms and grammatical-gender
 * variants `_female`/`_male` next to their German base key). Used by the termbase test.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface Segment {
  /** file and line or key, for messages: `content/routes/ar/60d.md:29`, `locales/ar/plan.json:reason.x` */
  where: string;
  /** what a reader sees together: one page, one question screen (`q.<id>`), one plan card or message */
  group: string;
  de: string;
  text: string;
  /** glossary entries show the German term as their heading */
  glossary: boolean;
}

export const namespaces = ['check', 'plan', 'common', 'content', 'storage', 'workspace'] as const;
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const contextSuffix = /_(female|male)$/;

type Dict = { [key: string]: string | Dict };
export function flatten(dict: Dict, prefix = ''): [string, string][] {
  return Object.entries(dict).flatMap(([k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    return typeof v === 'string' ? [[key, v] as [string, string]] : flatten(v, key);
  });
}

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

/** Markdown → [label, text] in reading order: title, summary, then every body line (1-based file line numbers). */
function mdLines(file: string): [string, string][] {
  const src = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(src);
  const front = (m ? parseYaml(m[1]) : {}) as { title?: string; summary?: string };
  const offset = m ? m[0].split('\n').length - 1 : 0;
  const body = (m ? src.slice(m[0].length) : src).split('\n').map((line, i) => [`${offset + i + 1}`, line] as [string, string]);
  return [['title', front.title ?? ''], ['summary', front.summary ?? ''], ...body];
}

function contentSegments(lang: string): Segment[] {
  const out: Segment[] = [];
  for (const collection of ['routes', 'basics']) {
    const dir = join('content', collection, 'de');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.md')).sort()) {
      const own = join('content', collection, lang, f);
      if (!existsSync(own)) continue;
      const de = mdLines(join(dir, f));
      const tr = mdLines(own);
      const where = own;
      if (de.length === tr.length) {
        de.forEach(([label, text], i) => out.push({ where: `${where}:${label}`, group: where, de: text, text: tr[i][1], glossary: false }));
      } else {
        // out of step with German (a translation not yet redone): compare the page as a whole
        out.push({ where, group: where, de: de.map((x) => x[1]).join('\n'), text: tr.map((x) => x[1]).join('\n'), glossary: false });
      }
    }
  }
  const gDe = new Map<string, string>(json('content/glossary/de.json').terms.map((t: { id: string; explanation: string }) => [t.id, t.explanation]));
  const gFile = `content/glossary/${lang}.json`;
  if (existsSync(gFile)) {
    for (const t of json(gFile).terms as { id: string; explanation: string }[]) {
      out.push({ where: `${gFile}:${t.id}`, group: `${gFile}:${t.id}`, de: gDe.get(t.id) ?? '', text: t.explanation, glossary: true });
    }
  }
  for (const f of readdirSync('content/offices').filter((x) => x.endsWith('.json'))) {
    for (const o of json(join('content/offices', f)).offices as { id: string; description: Record<string, string> }[]) {
      const text = o.description[lang];
      if (text) out.push({ where: `content/offices/${f}:${o.id}.${lang}`, group: `content/offices/${f}:${o.id}`, de: o.description.de, text, glossary: false });
    }
  }
  return out;
}

function localeSegments(lang: string): Segment[] {
  const out: Segment[] = [];
  for (const ns of namespaces) {
    const de = new Map(flatten(json(`locales/de/${ns}.json`)));
    const file = `locales/${lang}/${ns}.json`;
    if (!existsSync(file)) continue;
    for (const [key, text] of flatten(json(file))) {
      // i18next order: key, then _female/_male, then the plural category
      const plural = pluralSuffix.exec(key)?.[0] ?? '';
      const base = key.slice(0, key.length - plural.length).replace(contextSuffix, '');
      const deText = de.get(base + plural) ?? de.get(base) ?? de.get(`${base}_other`) ?? de.get(`${base}_one`);
      if (deText === undefined) continue;
      const groupKey = base.split('.').slice(0, 2).join('.');
      out.push({ where: `${file}:${key}`, group: `${file}:${groupKey}`, de: deText, text, glossary: false });
    }
  }
  return out;
}

/** Every segment of one language, paired with its German source. */
export function alignedSegments(lang: string): Segment[] {
  return [...contentSegments(lang), ...localeSegments(lang)];
}
