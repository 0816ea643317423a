/**
 * Every language has every German page and glossary term, and every content file validates against
 * the same zod schemas the Astro collections use (src/content/schemas.ts). Until the translators have
 * added a language, the per-language "has every …" tests fail for it on purpose: they are the list of
 * what is still missing.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  routeSchema, basicsSchema, glossarySchema, citySchema, routeIds, basicsIds, contentLocales,
} from '../../../src/content/schemas';

const ids = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => basename(f, '.md')).sort() : []);
const frontmatter = (file: string) => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, 'utf8'))?.[1] ?? '') as Record<string, unknown>;
const issues = (r: { success: boolean; error?: { issues: { path: (string | number)[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
const others = contentLocales.filter((l) => l !== 'de');

describe('German reference content', () => {
  it('has one route page per route id of contract household-v1', () => {
    expect(ids('content/routes/de')).toEqual([...routeIds].sort());
  });
  it('has every basics page', () => {
    expect(ids('content/basics/de')).toEqual([...basicsIds].sort());
  });
  it('has at least 40 glossary terms with unique ids', () => {
    const g = glossarySchema.parse(JSON.parse(readFileSync('content/glossary/de.json', 'utf8')));
    expect(g.terms.length).toBeGreaterThanOrEqual(40);
    expect(new Set(g.terms.map((t) => t.id)).size).toBe(g.terms.length);
  });
  it('gives every route page distinct order numbers', () => {
    const orders = ids('content/routes/de').map((id) => frontmatter(`content/routes/de/${id}.md`).order);
    expect(new Set(orders).size).toBe(orders.length);
  });
});

describe.each(contentLocales)('content in %s', (lang) => {
  it.each(['routes', 'basics'] as const)('%s frontmatter validates', (collection) => {
    for (const id of ids(`content/${collection}/${lang}`)) {
      const file = join('content', collection, lang, `${id}.md`);
      const data = frontmatter(file);
      const result = (collection === 'routes' ? routeSchema : basicsSchema).safeParse(data);
      expect(issues(result), file).toEqual([]);
      if (collection === 'routes') expect(data.routeId, `${file}: routeId must equal the file name`).toBe(id);
    }
  });

  it('glossary validates and keeps the German term of every entry', () => {
    const file = `content/glossary/${lang}.json`;
    if (!existsSync(file)) return; // reported by the completeness test below
    const result = glossarySchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    expect(issues(result), file).toEqual([]);
    if (!result.success || lang === 'de') return;
    const de = new Map(glossarySchema.parse(JSON.parse(readFileSync('content/glossary/de.json', 'utf8'))).terms.map((t) => [t.id, t.term]));
    for (const t of result.data.terms) expect(t.term, `${file}: ${t.id} term must stay German`).toBe(de.get(t.id));
  });
});

describe.each(others)('translation %s is complete', (lang) => {
  it('has every route page', () => {
    expect(ids(`content/routes/${lang}`)).toEqual(ids('content/routes/de'));
  });
  it('has every basics page', () => {
    expect(ids(`content/basics/${lang}`)).toEqual(ids('content/basics/de'));
  });
  it('has every glossary term', () => {
    const file = `content/glossary/${lang}.json`;
    const de = JSON.parse(readFileSync('content/glossary/de.json', 'utf8')).terms.map((t: { id: string }) => t.id).sort();
    const own = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).terms.map((t: { id: string }) => t.id).sort() : [];
    expect(own).toEqual(de);
  });
  it('translation pages keep the German sources', () => {
    for (const collection of ['routes', 'basics']) {
      for (const id of ids(`content/${collection}/${lang}`)) {
        const de = frontmatter(`content/${collection}/de/${id}.md`);
        const own = frontmatter(`content/${collection}/${lang}/${id}.md`);
        expect(own.sources, `${collection}/${lang}/${id}`).toEqual(de.sources);
        expect(own.order, `${collection}/${lang}/${id}`).toBe(de.order);
      }
    }
  });
});

describe('offices', () => {
  const files = readdirSync('content/offices').filter((f) => f.endsWith('.json'));
  it.each(files)('%s validates', (f) => {
    const result = citySchema.safeParse(JSON.parse(readFileSync(join('content/offices', f), 'utf8')));
    expect(issues(result)).toEqual([]);
  });
  // without its own text the help page shows the German one with a "not yet translated" hint
  it.each(files)('%s describes every office in every language', (f) => {
    const city = citySchema.parse(JSON.parse(readFileSync(join('content/offices', f), 'utf8')));
    const missing = city.offices.flatMap((o) => others.filter((l) => !o.description[l as keyof typeof o.description]).map((l) => `${o.id}: ${l}`));
    expect(missing).toEqual([]);
  });
});
