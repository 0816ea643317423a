// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import pagefind from 'astro-pagefind';
import AstroPWA from '@vite-pwa/astro';
import { fileURLToPath } from 'node:url';
import { pwaOptions } from './src/pwa/options.ts';
import { compileHints } from './scripts/compile-hints.mjs';

/**
 * What every island shares (the rules engine, the strings helpers, the saved-answers hook) in one chunk. Left
 * to itself, Rollup cuts it into a piece per combination of islands that use each module: the workspace
 * (src/components/workspace) uses some of them, which split the check page's one chunk into five and cost
 * it 0.8 KB of its 110 KB budget. Schema and relevance stay out (zod; the check alone).
 */
function sharedChunk(/** @type {string} */ id) {
  const path = id.split('?')[0];
  if (/\/src\/rules\/(?!schema\.ts|relevance\.ts)[^?]*\.ts$/.test(path)) return 'shared';
  if (/\/src\/(storage\/(keys|lazy)\.ts|components\/shared\/(strings\.tsx|useSavedHousehold\.ts)|i18n\/format\.ts)$/.test(path)) return 'shared';
  return undefined;
}

/** `client:paint` for the app pages' islands (src/directives/after-paint.ts). */
/** @type {import('astro').AstroIntegration} */
const afterPaint = {
  name: 'bleibeweg-client-paint',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) => {
      addClientDirective({ name: 'paint', entrypoint: fileURLToPath(new URL('./src/directives/after-paint.ts', import.meta.url)) });
    },
  },
};

export default defineConfig({
  site: 'https://bleibeweg.example',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // AstroPWA after pagefind, so the search index exists when the service worker is generated
  integrations: [react(), afterPaint, pagefind(), AstroPWA(pwaOptions(fileURLToPath(new URL('./dist/', import.meta.url))))],
  experimental: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "worker-src 'self'", "manifest-src 'self'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"],
    },
  },
  devToolbar: { enabled: false },
  vite: {
    plugins: [compileHints()],
    // developer notes of the rule engine stay out of the pages (src/rules/notes.ts)
    define: { __BLEIBEWEG_CLIENT__: 'true' },
    // terser squeezes ~2.5 KB more than esbuild out of the check page, which has a 110 KB budget
    build: { modulePreload: false, rollupOptions: { output: { manualChunks: sharedChunk } }, minify: 'terser', terserOptions: { ecma: 2020, module: true, toplevel: true, compress: { passes: 3, pure_getters: true, unsafe_arrows: true }, format: { comments: false } } },
    resolve: {
      alias: [
        { find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/, replacement: 'use-sync-external-store/with-selector.js' },
        { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: fileURLToPath(new URL('./src/vendor/use-sync-external-store.ts', import.meta.url)) },
      ],
    },
  },
});
