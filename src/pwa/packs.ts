/**
 * Build time (Node): what the service worker (src/pwa/sw.ts) may keep for offline use, per language,
 * written to `dist/sw/<lang>.json` after the build (Pagefind included).
 *
 * A language's *pack* is its full offline copy: every page of the language and the language chooser,
 * the scripts, fonts and images those pages use (only this script's fonts: the ones the pages preload),
 * the string files the islands fetch, and the language's Pagefind index. Each file has a revision
 * (a content hash) and its gzip size; the worker keeps a file only under its current revision, so a new
 * release's files replace the old ones.
 *
 * `needs` says what a page needs again offline beyond itself and the fonts: its scripts (every chunk it
 * may load, also those loaded on use), images, and the strings its island fetches. The worker keeps
 * exactly that when the page is opened; the check page's entry is what the check needs to work offline.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { locales } from '../i18n/languages';
import type { Pack } from './offline';

export const packsDir = 'sw';

export type OfflinePack = Pack;

type Entry = { url: string; revision: string | null; size: number };

const hash = (b: Buffer | string) => createHash('sha256').update(b).digest('hex').slice(0, 12);
const compressible = /\.(html|js|mjs|css|json|svg|webmanifest|txt)$/;

/** The language a built file belongs to, or null when every language may use it. */
export function packOf(url: string, langs: readonly string[] = locales): string | null {
  const u = url.replace(/^\//, '');
  const first = u.split('/')[0];
  if (langs.includes(first) && u.includes('/')) return first;
  const i18n = /^i18n\/([^/]+)\//.exec(u);
  if (i18n && langs.includes(i18n[1])) return i18n[1];
  // Pagefind: index/ar_….pf_index, fragment/ar_….pf_fragment, pagefind.ar_….pf_meta, wasm.ar.pagefind
  const pf = /^pagefind\/(?:index\/|fragment\/|pagefind\.|wasm\.)([a-z]{2,3}(?:-[a-z0-9]+)?)[_.]/i.exec(u);
  if (pf && langs.includes(pf[1].toLowerCase())) return pf[1].toLowerCase();
  return null;
}

/** `ar/check/index.html` → `/ar/check/`; other files → `/<path>`. */
export function pageUrl(url: string): string {
  const u = '/' + url.replace(/^\//, '');
  return u.endsWith('/index.html') ? u.slice(0, -'index.html'.length) : u;
}

/** The built file behind a site path. */
const fileOf = (dist: string, path: string) => join(dist, path.endsWith('/') ? path + 'index.html' : path);

/**
 * The same-origin files a built page may load: preloaded fonts, images, and scripts with every module
 * they import, statically or dynamically (chunks loaded on use included).
 */
export function pageAssets(dist: string, html: string): { fonts: string[]; other: string[] } {
  const fonts = [...html.matchAll(/<link\b[^>]*rel="preload"[^>]*>/g)].map((m) => /href="(\/[^"]+)"/.exec(m[0])?.[1]).filter((h): h is string => !!h && !h.startsWith('//'));
  const other = new Set<string>();
  const js = new Set<string>();
  const follow = (path: string) => {
    if (js.has(path) || !existsSync(join(dist, path))) return;
    js.add(path);
    for (const target of imports(readFileSync(join(dist, path), 'utf8'))) follow(target.startsWith('/') ? target : posix.join(posix.dirname(path), target));
  };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1]);
    if (src) follow(src[1]);
    else for (const target of imports(m[2])) if (target.startsWith('/')) follow(target);
  }
  for (const m of html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)) follow(m[1]);
  for (const m of html.matchAll(/<img\b[^>]*\bsrc="(\/[^"/][^"]*)"/g)) other.add(m[1]);
  return { fonts, other: [...js, ...other] };
}

function imports(code: string): string[] {
  const statics = [...code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)];
  const dynamics = [...code.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)];
  return [...statics, ...dynamics].map((m) => m[1]).filter((t) => !/^[a-z]+:/i.test(t) && !t.startsWith('//'));
}

/**
 * What an island fetches at run time, which no import shows (src/components/check/strings.tsx loads
 * `/i18n/<lang>/<ns>.json`; the plan prints German beside the family's language; the search page
 * imports Pagefind by a computed name).
 */
function runtimeNeeds(lang: string, page: string, pagefind: { wasm: string; meta: string | null }): string[] {
  if (page === `/${lang}/check/`) return [`/i18n/${lang}/check.json`];
  if (page === `/${lang}/result/`) return [`/i18n/${lang}/plan.json`];
  if (page === `/${lang}/plan/`) return [`/i18n/${lang}/plan.json`, ...(lang === 'de' ? [] : ['/i18n/de/plan.json'])];
  if (page === `/${lang}/search/`) return ['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/pagefind-entry.json', `/pagefind/wasm.${pagefind.wasm}.pagefind`, ...(pagefind.meta ? [pagefind.meta] : [])];
  return [];
}

/** Every language's pack from the list of built files (paths relative to dist). */
export function buildPacks(dist: string, files: string[], langs: readonly string[] = locales): OfflinePack[] {
  const revs = new Map<string, [string, number]>();
  const info = (path: string): [string, number] | null => {
    if (!revs.has(path)) {
      const file = fileOf(dist, path);
      if (!existsSync(file)) return null;
      const body = readFileSync(file);
      revs.set(path, [hash(body), compressible.test(file) ? gzipSync(body, { level: 6 }).length : body.length]);
    }
    return revs.get(path)!;
  };
  const entry = existsSync(join(dist, 'pagefind/pagefind-entry.json'))
    ? (JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { hash?: string; wasm?: string | null }> })
    : {};
  const urls = files.map((f) => pageUrl(f));
  const root = urls.includes('/') ? ['/'] : [];

  return langs.map((lang) => {
    const pf = entry.languages?.[lang];
    const pagefind = { wasm: pf?.wasm ?? 'unknown', meta: pf?.hash ? `/pagefind/pagefind.${pf.hash}.pf_meta` : null };
    const own = urls.filter((u) => packOf(u, langs) === lang && !u.endsWith('.html'));
    const pages = [...root, ...own.filter((u) => u.endsWith('/'))];
    const fonts = new Set<string>();
    const needs: Record<string, string[]> = {};
    for (const page of pages) {
      const { fonts: preloaded, other } = pageAssets(dist, readFileSync(fileOf(dist, page), 'utf8'));
      if (page !== '/') preloaded.forEach((f) => fonts.add(f));
      const list = [...new Set([...other, ...runtimeNeeds(lang, page, pagefind)])].filter((u) => u !== page && info(u));
      if (list.length) needs[page] = list.sort();
    }
    const all = new Set([...pages, ...own, ...fonts, ...Object.values(needs).flat()]);
    if (pagefind.meta) ['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/pagefind-entry.json', `/pagefind/wasm.${pagefind.wasm}.pagefind`].forEach((u) => all.add(u));
    const packFiles: OfflinePack['files'] = {};
    for (const u of [...all].sort()) {
      const i = info(u);
      if (i) packFiles[u] = i;
    }
    return { v: 2, lang, files: packFiles, fonts: [...fonts].filter((f) => f in packFiles).sort(), needs };
  });
}

/**
 * A Workbox manifest transform (injectManifest): writes `<outDir>/sw/<lang>.json` for every language
 * and hands the worker only these files with their revisions, so that `sw.js` changes whenever any
 * language's files change (and the "new content" notice shows).
 */
export function offlinePacksTransform(outDir: string, langs: readonly string[] = locales) {
  return async (entries: Entry[]) => {
    const packs = buildPacks(outDir, entries.map((e) => e.url.replace(/^\//, '')), langs);
    const manifest: Entry[] = [];
    for (const pack of packs) {
      const text = JSON.stringify(pack);
      const file = join(outDir, packsDir, `${pack.lang}.json`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      manifest.push({ url: `/${packsDir}/${pack.lang}.json`, revision: hash(text), size: Buffer.byteLength(text) });
    }
    const sizes = packs.map((p) => Object.values(p.files).reduce((n, [, b]) => n + b, 0));
    return { manifest, warnings: [`offline packs: ${packs.length} languages, ${(Math.min(...sizes) / 1024).toFixed(0)}–${(Math.max(...sizes) / 1024).toFixed(0)} KiB gzip each`] };
  };
}
