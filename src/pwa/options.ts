/**
 * Offline support: options for `@vite-pwa/astro` (vite-plugin-pwa, strategy injectManifest).
 *
 * The worker is ours (src/pwa/sw.ts): nothing is precached at install. A page tells the worker what it
 * needs again offline, and the family decides when the language's full offline copy is fetched
 * (src/pwa/register.ts, src/pwa/OfflineCopy.astro). What each language's copy holds, with revisions,
 * is written at build time to `dist/sw/<lang>.json` (src/pwa/packs.ts); `sw.js` carries the revisions
 * of those files, so any content change changes `sw.js` and shows the "new content" notice.
 */
import type { PwaOptions } from '@vite-pwa/astro';
import { offlinePacksTransform } from './packs';

export { offlinePacksTransform, packOf, pageUrl, buildPacks, pageAssets } from './packs';

/**
 * Options for `AstroPWA(...)`.
 * @example integrations: [react(), pagefind(), AstroPWA(pwaOptions(fileURLToPath(new URL('./dist/', import.meta.url))))]
 */
export function pwaOptions(outDir: string): PwaOptions {
  return {
    strategies: 'injectManifest',
    srcDir: 'src/pwa',
    filename: 'sw.ts',
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
    injectManifest: {
      rollupFormat: 'iife',
      // the built files the packs are made of; the transform replaces the list with the packs themselves
      globPatterns: ['**/*.{html,js,css,svg,png,woff2,json,pagefind,pf_meta,pf_index,pf_fragment}'],
      globIgnores: ['**/node_modules/**', 'sw.js', 'sw/**', 'workbox-*.js', 'manifest.webmanifest', 'pagefind/pagefind-*ui.{js,css}', 'pagefind/pagefind-highlight.js'],
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      manifestTransforms: [offlinePacksTransform(outDir)],
    },
  };
}
