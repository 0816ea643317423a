import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildPacks, offlinePacksTransform, packOf, pageUrl } from '../../../src/pwa/packs';
import { bytesOf, groupOf, type Pack } from '../../../src/pwa/offline';

const font = (s: string) => `/_astro/noto-sans-${s}-400-normal.abc.woff2`;
const page = (lang: string, fonts: string[], body = '') =>
  `<!doctype html><html lang="${lang}"><head>${fonts.map((f) => `<link rel="preload" href="${f}" as="font" type="font/woff2" crossorigin>`).join('')}</head><body>${body}<script type="module">const e=navigator.serviceWorker;</script></body></html>`;

/** A small built site: two languages, a check island with a chunk loaded on use, Pagefind files. */
function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'packs-'));
  const files: Record<string, string> = {
    'index.html': page('de', []),
    'de/index.html': page('de', [font('latin')]),
    'de/check/index.html': page('de', [font('latin')], '<astro-island component-url="/_astro/CheckApp.1.js" renderer-url="/_astro/client.1.js"></astro-island>'),
    'ar/index.html': page('ar', [font('latin'), font('arabic')]),
    'ar/basics/your-paper/index.html': page('ar', [font('latin'), font('arabic')], '<img src="/illustrations/paper.svg" alt="">'),
    'ar/check/index.html': page('ar', [font('latin'), font('arabic')], '<astro-island component-url="/_astro/CheckApp.1.js" renderer-url="/_astro/client.1.js"></astro-island>'),
    'ar/search/index.html': page('ar', [font('latin'), font('arabic')]),
    '_astro/CheckApp.1.js': 'import{a}from"./client.1.js";const R=()=>import("./ReviewScreen.1.js");',
    '_astro/client.1.js': 'export const a=1;',
    '_astro/ReviewScreen.1.js': 'export const r=1;',
    '_astro/PlanApp.1.js': 'export const p=1;', // on no page of these languages
    [font('latin').slice(1)]: 'L',
    [font('arabic').slice(1)]: 'A',
    [font('cyrillic').slice(1)]: 'C',
    'illustrations/paper.svg': '<svg/>',
    'i18n/ar/check.json': '{}',
    'i18n/de/check.json': '{}',
    'pagefind/pagefind.js': 'x',
    'pagefind/pagefind-worker.js': 'x',
    'pagefind/pagefind-entry.json': JSON.stringify({ languages: { ar: { hash: 'ar_1', wasm: 'ar' }, de: { hash: 'de_1', wasm: null } } }),
    'pagefind/pagefind.ar_1.pf_meta': 'm',
    'pagefind/pagefind.de_1.pf_meta': 'm',
    'pagefind/wasm.ar.pagefind': 'w',
    'pagefind/wasm.unknown.pagefind': 'w',
    'pagefind/index/ar_2.pf_index': 'i',
    'pagefind/fragment/ar_3.pf_fragment': 'f',
    'pagefind/fragment/de_3.pf_fragment': 'f',
  };
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}
function builtFiles(dir: string) {
  const all: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(join(dir, d), { withFileTypes: true })) {
      const rel = d ? `${d}/${name.name}` : name.name;
      if (name.isDirectory()) walk(rel);
      else all.push(rel);
    }
  };
  walk('');
  return all;
}

describe('offline packs: what a language keeps for offline use', () => {
  it('assigns language files to their pack and shared files to none', () => {
    expect(packOf('ar/check/index.html')).toBe('ar');
    expect(packOf('i18n/fa/check.json')).toBe('fa');
    expect(packOf('pagefind/index/ckb_7245ded.pf_index')).toBe('ckb');
    expect(packOf('pagefind/fragment/de_736a371.pf_fragment')).toBe('de');
    expect(packOf('pagefind/pagefind.tr_2fbf76bfb8.pf_meta')).toBe('tr');
    expect(packOf('pagefind/wasm.ar.pagefind')).toBe('ar');
    expect(packOf('pagefind/wasm.unknown.pagefind')).toBeNull();
    expect(packOf('pagefind/pagefind.js')).toBeNull();
    expect(packOf('_astro/client.C5RI7xnT.js')).toBeNull();
    expect(packOf('index.html')).toBeNull();
    expect(packOf('arabic/index.html')).toBeNull();
  });

  it('maps index.html files to directory URLs', () => {
    expect(pageUrl('ar/routes/25b/index.html')).toBe('/ar/routes/25b/');
    expect(pageUrl('ar/index.html')).toBe('/ar/');
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('i18n/ar/check.json')).toBe('/i18n/ar/check.json');
  });

  it("holds the language's pages, the chooser, the scripts, this script's fonts, strings and search index — nothing of another language", () => {
    const dir = site();
    const [de, ar] = buildPacks(dir, builtFiles(dir), ['de', 'ar']);
    expect(Object.keys(ar.files)).toEqual(expect.arrayContaining([
      '/', '/ar/', '/ar/check/', '/ar/search/', '/ar/basics/your-paper/', '/illustrations/paper.svg',
      '/_astro/CheckApp.1.js', '/_astro/client.1.js', '/_astro/ReviewScreen.1.js', font('latin'), font('arabic'),
      '/i18n/ar/check.json', '/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.ar_1.pf_meta', '/pagefind/wasm.ar.pagefind', '/pagefind/index/ar_2.pf_index', '/pagefind/fragment/ar_3.pf_fragment',
    ]));
    const arFiles = Object.keys(ar.files);
    expect(arFiles.filter((u) => u.startsWith('/de/') || u.includes('de_') || u.includes('/de/'))).toEqual([]);
    expect(arFiles).not.toContain(font('cyrillic'));
    expect(arFiles).not.toContain('/_astro/PlanApp.1.js');
    expect(ar.fonts).toEqual([font('arabic'), font('latin')]);
    // German: no Arabic font; Pagefind without a stemmer uses the shared "unknown" module
    expect(de.fonts).toEqual([font('latin')]);
    expect(Object.keys(de.files)).not.toContain(font('arabic'));
    expect(Object.keys(de.files)).toContain('/pagefind/wasm.unknown.pagefind');
    // revisions are content hashes; sizes are what a static host sends (gzip for text)
    expect(ar.files['/_astro/client.1.js'][0]).toMatch(/^[0-9a-f]{12}$/);
    expect(ar.files['/_astro/client.1.js']).toEqual(de.files['/_astro/client.1.js']);
    expect(ar.files['/ar/'][0]).not.toBe(ar.files['/ar/check/'][0]);
  });

  it('a page keeps itself and the fonts; the check page also every chunk it may load and its strings', () => {
    const dir = site();
    const [, ar] = buildPacks(dir, builtFiles(dir), ['de', 'ar']);
    expect(groupOf(ar, '/ar/').sort()).toEqual(['/ar/', font('arabic'), font('latin')].sort());
    expect(groupOf(ar, '/ar/check/').sort()).toEqual(['/ar/check/', font('arabic'), font('latin'), '/_astro/CheckApp.1.js', '/_astro/client.1.js', '/_astro/ReviewScreen.1.js', '/i18n/ar/check.json'].sort());
    expect(groupOf(ar, '/ar/search/')).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/wasm.ar.pagefind', '/pagefind/pagefind.ar_1.pf_meta']));
    expect(groupOf(ar, '/ar/search/')).not.toContain('/pagefind/index/ar_2.pf_index');
    expect(groupOf(ar, '/ar/basics/your-paper/')).toContain('/illustrations/paper.svg');
    expect(groupOf(ar, '/')).toEqual(['/']); // the language chooser: no web fonts
    expect(groupOf(ar, '/de/')).toEqual([]);
    expect(groupOf(ar, '/ar/nowhere/')).toEqual([]);
  });

  it('counts the bytes still to fetch', () => {
    const pack: Pack = { v: 2, lang: 'ar', files: { '/ar/': ['a', 100], '/x.js': ['b', 50] }, fonts: [], needs: {} };
    expect(bytesOf(pack, ['/ar/', '/x.js'])).toBe(150);
    expect(bytesOf(pack, ['/ar/', '/unknown'])).toBe(100);
  });

  it('writes sw/<lang>.json and hands the worker their revisions, which change when a file of the language changes', async () => {
    const dir = site();
    const entries = builtFiles(dir).map((url) => ({ url, revision: null, size: 1 }));
    const { manifest } = await offlinePacksTransform(dir, ['de', 'ar'])(entries);
    expect(manifest.map((e) => e.url)).toEqual(['/sw/de.json', '/sw/ar.json']);
    const ar: Pack = JSON.parse(readFileSync(join(dir, 'sw/ar.json'), 'utf8'));
    expect(ar.v).toBe(2);
    expect(ar.lang).toBe('ar');
    writeFileSync(join(dir, 'ar/basics/your-paper/index.html'), page('ar', [font('latin'), font('arabic')], '<p>new text</p>'));
    const again = await offlinePacksTransform(dir, ['de', 'ar'])(entries);
    const ar2: Pack = JSON.parse(readFileSync(join(dir, 'sw/ar.json'), 'utf8'));
    expect(ar2.files['/ar/basics/your-paper/'][0]).not.toBe(ar.files['/ar/basics/your-paper/'][0]);
    expect(ar2.files['/ar/'][0]).toBe(ar.files['/ar/'][0]);
    expect(again.manifest[1].revision).not.toBe(manifest[1].revision);
    expect(again.manifest[0].revision).toBe(manifest[0].revision);
  });
});

describe('the check-started hook', () => {
  it('is an event that the registration script, on every page, listens for under the same name', async () => {
    const { checkStartedEvent } = await import('../../../src/pwa/intent');
    const register = readFileSync('src/pwa/register.ts', 'utf8');
    expect(register).toContain(`addEventListener('${checkStartedEvent}'`);
    expect(readFileSync('src/pwa/intent.ts', 'utf8')).toContain(`new Event('${checkStartedEvent}')`);
  });
});
