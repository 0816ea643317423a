/**
 * Offline: after one visit to a language, its pages (and the check) open without network.
 * The service worker precaches what all languages share; the page fetches its language's offline
 * pack (src/pwa/options.ts, src/pwa/register.ts). Pages are picked from dist/, so this runs before
 * every section of the site exists.
 */
import { test, expect, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { expectNoAxeViolations } from './support/axe';
import { addPeople, savedAnswers } from './support/check';

const built = (path: string) => existsSync(`dist${path}index.html`);
const packs = existsSync('dist/sw-packs.json') ? (JSON.parse(readFileSync('dist/sw-packs.json', 'utf8')) as { packs: Record<string, { urls: string[] }> }).packs : {};

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };

/**
 * A tiny static server for dist/ whose sw.js can be changed, to play a new release. Language pages
 * answer after `pageDelay` ms, as on a slow phone network, so the offline pack download takes a while.
 */
function serveDist(pageDelay = 0): Promise<{ server: Server; base: string; release: (suffix: string) => void; requested: string[] }> {
  let suffix = '';
  const requested: string[] = [];
  const server = createServer((req, res) => {
    requested.push(req.url!);
    const path = normalize(decodeURIComponent(new URL(req.url!, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join('dist', path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    let body: Buffer | string = readFileSync(file);
    if (path === '/sw.js') body = body.toString('utf8') + suffix;
    const send = () => res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
    if (/^\/[a-z]+\/.+\/$/.test(path)) setTimeout(send, pageDelay);
    else send();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    resolve({ server, base: `http://127.0.0.1:${port}`, release: (s) => { suffix = s; }, requested });
  }));
}

async function installAndWarm(page: Page, path: string, lang: string) {
  const response = await page.goto(path);
  expect(response?.ok()).toBe(true);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);
  // the language's offline pack has been fetched into the page cache
  await expect
    .poll(() => page.evaluate(async (l) => !!(await (await caches.open('bleibeweg-pages')).match(`/sw-packs/${l}`)), lang), { timeout: 30_000 })
    .toBe(true);
}

test.describe('offline', () => {
  test.skip(!existsSync('dist/sw.js'), 'no service worker in dist/ (build first)');

  test('after visiting /ar/, other Arabic pages and the check open offline', async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    context.on('request', (r) => { if (!r.url().startsWith(origin)) foreign.push(r.url()); });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await installAndWarm(page, '/ar/', 'ar');
    await context.setOffline(true);

    const other = ['/ar/routes/', '/ar/glossary/', '/ar/basics/', '/ar/help/', '/ar/search/', '/ar/result/'].find(built) ?? '/';
    for (const path of [...new Set([other, ...(built('/ar/routes/25b/') ? ['/ar/routes/25b/'] : []), '/ar/check/'])]) {
      const response = await page.goto(path);
      expect(response?.ok(), `${path} offline`).toBe(true);
      await expect(page.locator('html')).toHaveAttribute('lang', path === '/' ? 'de' : 'ar');
      await expect(page.locator('h1').first()).toBeVisible();
    }
    // the check island hydrated from precached scripts: its root left the server-rendered state
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 10_000 });
    // the first answer saved offline: the saved-answers code (loaded with it) comes from the precache too
    await addPeople(page, [{ name: 'Sami', role: 'parent', birth: [1, 2, 1990] }], false);
    await expect.poll(() => savedAnswers(page)).toContain('Sami');
    // the language chooser is precached for everyone
    expect((await page.goto('/'))?.ok()).toBe(true);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the offline pack of a language holds only that language and same-origin paths', () => {
    test.skip(!packs.ar, 'no offline packs in dist/');
    for (const [lang, pack] of Object.entries(packs)) {
      for (const url of pack.urls) {
        expect(url.startsWith('/') && !url.startsWith('//'), url).toBe(true);
        expect(url.includes(`/${lang}/`) || url.includes(`${lang}_`) || url.includes(`.${lang}.`), `${lang}: ${url}`).toBe(true);
      }
    }
  });

  test('German pages stay online-only until German is visited', async ({ page, context }) => {
    await installAndWarm(page, '/ar/', 'ar');
    const cached = await page.evaluate(async () => (await (await caches.open('bleibeweg-pages')).keys()).map((r) => new URL(r.url).pathname));
    expect(cached.filter((p) => p.startsWith('/de/'))).toEqual([]);
    await context.setOffline(true);
    const response = await page.goto('/de/check/').catch(() => null);
    expect(response?.ok() ?? false).toBe(false);
  });

  test('a new release shows the notice; "reload" switches to it, also while the offline pack downloads', async ({ page }) => {
    const { server, base, release, requested } = await serveDist(1000);
    try {
      await page.goto(`${base}/de/`);
      await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);
      const notice = page.locator('#sw-update p');
      await expect(notice).toBeHidden();
      // Chromium kept the new worker waiting when "reload" came during the pack download (a CI failure)
      await expect.poll(() => requested.some((u) => u.startsWith('/de/basics/')), { timeout: 20_000 }).toBe(true);
      release('\n// next release\n');
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await expect(notice).toBeVisible({ timeout: 20_000 });
      await expect(notice).toContainText('Neue Inhalte sind da.');
      await Promise.all([page.waitForEvent('load', { timeout: 15_000 }), notice.getByRole('button', { name: 'Neu laden' }).click()]);
      await expect(page.locator('#sw-update p')).toBeHidden();
      expect(await page.evaluate(async () => { const r = await navigator.serviceWorker.getRegistration(); return !!r?.active && !r.waiting && !!navigator.serviceWorker.controller; })).toBe(true);
    } finally {
      server.close();
    }
  });

  test('the update notice is hidden, and passes axe when shown', async ({ page }) => {
    await page.goto('/ar/');
    const notice = page.locator('#sw-update p');
    await expect(notice).toBeHidden();
    await page.evaluate(() => document.querySelector('#sw-update p')?.removeAttribute('hidden'));
    await expect(notice).toBeVisible();
    await expect(notice.locator('button')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
