/**
 * What a first visit costs: a fresh phone browser (Chromium, Pixel 7, service workers allowed) opens a
 * page of the built site on scripts/static-host.mjs (gzip and dist/_headers, as a static host serves
 * it) and stays until the network has been quiet for 3 s. Counted is every byte the server sent —
 * the page, its scripts and fonts, the service worker and everything the worker or the page fetched
 * for offline use after the load.
 *
 * Also measured: the language's full offline copy, fetched when the family presses "keep this site
 * on my phone" (the bytes on top of the first visit).
 *
 * @example node scripts/first-visit.mjs /ar/ /de/check/
 */
import { chromium, devices } from '@playwright/test';
import { startStaticHost } from './static-host.mjs';

const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

const kinds = [
  ['page', (e) => e.type.startsWith('text/html')],
  ['worker', (e) => /^\/(sw\.js|workbox-|sw\/)/.test(e.path)],
  ['scripts', (e) => e.type.startsWith('text/javascript')],
  ['fonts', (e) => e.type === 'font/woff2'],
  ['strings', (e) => e.path.startsWith('/i18n/')],
  ['search', (e) => e.path.startsWith('/pagefind/')],
  ['other', () => true],
];

function breakdown(entries) {
  const out = Object.fromEntries(kinds.map(([k]) => [k, 0]));
  for (const e of entries) out[kinds.find(([, f]) => f(e))[0]] += e.bytes;
  return out;
}

/**
 * @param {string[]} paths
 * @param {{ dist?: string, keep?: string | null, quietMs?: number }} [options] keep: also press "keep offline" on this path
 * @returns {Promise<{ path: string, bytes: number, requests: number, parts: Record<string, number>, keep?: { bytes: number, requests: number, complete: boolean } }[]>}
 */
export async function measureFirstVisits(paths, { dist = 'dist', keep = null, quietMs = 3000 } = {}) {
  const host = await startStaticHost({ dist });
  const browser = await chromium.launch(launchOptions);
  const rows = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext({ ...devices['Pixel 7'], serviceWorkers: 'allow' });
      const page = await context.newPage();
      const from = host.log.length;
      await page.goto(host.base + path, { waitUntil: 'load' });
      // the worker installs and takes control; then whatever it (or the page) fetches for offline use
      await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 20_000 }).catch(() => undefined);
      await host.quiet(quietMs);
      const entries = host.log.slice(from);
      const row = { path, bytes: host.bytes(from), requests: entries.length, parts: breakdown(entries) };
      if (keep === path) {
        const start = host.log.length;
        const control = page.locator('[data-offline-keep] button');
        if (await control.count()) {
          await control.click();
          const complete = await page.locator('[data-offline-keep] [data-state="complete"]').waitFor({ state: 'visible', timeout: 60_000 }).then(() => true, () => false);
          await host.quiet(quietMs);
          row.keep = { bytes: host.bytes(start), requests: host.log.length - start, complete };
        }
      }
      rows.push(row);
      await context.close();
    }
  } finally {
    await browser.close();
    await host.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const paths = process.argv.slice(2);
  for (const r of await measureFirstVisits(paths.length ? paths : ['/ar/'], { keep: paths[0] ?? '/ar/' })) {
    console.log(r.path, (r.bytes / 1024).toFixed(1), 'KB', r.requests, 'requests', JSON.stringify(Object.fromEntries(Object.entries(r.parts).map(([k, v]) => [k, +(v / 1024).toFixed(1)]))), r.keep ? `keep: ${(r.keep.bytes / 1024).toFixed(1)} KB` : '');
  }
}
