/**
 * Offline support: options for `@vite-pwa/astro` (generateSW, Workbox 7).
 *
 * Twelve languages × ~40 pages of HTML (CSS inlined) is far more than a phone should download on
 * first visit, so the service worker precaches only what every language shares (scripts, fonts,
 * icons, the language chooser). Each language's pages, its Pagefind index and its string files form
 * an "offline pack" listed in `/sw-packs.json`; the page script (src/pwa/register.ts) fetches the
 * pack of the language being read into the `bleibeweg-pages` cache. The runtime routes below serve
 * that cache when there is no network (pages: network first, so content is fresh when online).
 *
 * `sw-packs.json` is itself precached with a revision that changes whenever any pack changes, so a
 * content change also changes `sw.js` and shows the "new content" notice.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PwaOptions } from '@vite-pwa/astro';
import { locales } from '../i18n/languages';

type Entry = { url: string; revision: string | null; size: number };

export const pagesCache = 'bleibeweg-pages';
export const packsFile = 'sw-packs.json';

export interface OfflinePacks {
  version: 1;
  packs: Record<string, { rev: string; urls: string[] }>;
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/** The language a built file belongs to, or null when every language uses it. */
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

/**
 * A Workbox manifest transform: keeps shared files in the precache (mapping `index.html` files to
 * their directory URLs, as the Astro integration's own transform would), moves language files into
 * offline packs written to `<outDir>/sw-packs.json`, and precaches that file.
 */
export function offlinePacksTransform(outDir: string, langs: readonly string[] = locales) {
  return async (entries: Entry[]) => {
    const shared: Entry[] = [];
    const packs: Record<string, Entry[]> = {};
    for (const e of entries) {
      const lang = packOf(e.url, langs);
      if (lang) (packs[lang] ??= []).push(e);
      else if (e.url.endsWith('.html')) shared.push({ ...e, url: e.url === 'index.html' ? '/' : pageUrl(e.url).replace(/\.html$/, '/') });
      else shared.push(e);
    }
    const out: OfflinePacks = { version: 1, packs: {} };
    for (const lang of Object.keys(packs).sort()) {
      const list = packs[lang].sort((a, b) => a.url.localeCompare(b.url));
      out.packs[lang] = { rev: hash(list.map((e) => `${e.url} ${e.revision ?? ''}`).join('\n')), urls: list.map((e) => pageUrl(e.url)) };
    }
    const text = JSON.stringify(out);
    writeFileSync(join(outDir, packsFile), text);
    shared.push({ url: packsFile, revision: hash(text), size: Buffer.byteLength(text) });
    const packBytes = Object.values(packs).map((l) => l.reduce((n, e) => n + e.size, 0));
    const warnings = [`offline packs: ${Object.keys(packs).length} languages, largest ${(Math.max(0, ...packBytes) / 1024).toFixed(0)} KiB`];
    return { manifest: shared, warnings };
  };
}

/**
 * Options for `AstroPWA(...)`.
 * @example integrations: [react(), pagefind(), AstroPWA(pwaOptions(fileURLToPath(new URL('./dist/', import.meta.url))))]
 */
export function pwaOptions(outDir: string): PwaOptions {
  return {
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'Bleibeweg',
      short_name: 'Bleibeweg',
      description: 'Wege zu einem sicheren Aufenthalt für Familien mit Duldung.',
      lang: 'de',
      id: '/',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b5a5e',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
        { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,png,woff2,json,webmanifest,pagefind,pf_meta,pf_index,pf_fragment}'],
      // the plugin adds the manifest itself; Pagefind's ready-made UIs are unused (the search page calls
      // pagefind.js) and are cached at run time should that change
      globIgnores: ['**/node_modules/**', 'sw.js', 'workbox-*.js', packsFile, 'manifest.webmanifest', 'pagefind/pagefind-*ui.{js,css}', 'pagefind/pagefind-highlight.js'],
      navigateFallback: null,
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      cleanupOutdatedCaches: true,
      clientsClaim: true, // the first install controls the open page at once; updates wait for "reload"
      skipWaiting: false,
      manifestTransforms: [offlinePacksTransform(outDir)],
      runtimeCaching: [
        {
          // pages of a language: fresh from the network when online, from the offline pack when not
          urlPattern: ({ request, url, sameOrigin }) => sameOrigin && (request.mode === 'navigate' || url.pathname.endsWith('/')),
          handler: 'NetworkFirst',
          options: { cacheName: pagesCache, networkTimeoutSeconds: 4, matchOptions: { ignoreVary: true, ignoreSearch: true } },
        },
        {
          // search index and string files of a language
          urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/(pagefind|i18n)\//.test(url.pathname),
          handler: 'StaleWhileRevalidate',
          options: { cacheName: pagesCache, matchOptions: { ignoreVary: true } },
        },
      ],
    },
    experimental: { directoryAndTrailingSlashHandler: true },
  };
}
