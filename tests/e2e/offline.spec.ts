/**
 * Offline on the family's terms (src/pwa/sw.ts, register.ts, intent.ts, OfflineCopy.astro), measured on
 * scripts/static-host.mjs: dist/ with gzip and the caching headers of dist/_headers, as a static host
 * serves it, counting every byte it sends.
 * - A first visit costs at most 300 KB and keeps only what the page needs again (this script's fonts).
 * - Starting the check keeps the language's full copy: check, result and plan work with the network off.
 * - "Keep this site on my phone" does the same from the home page: content pages and search work offline.
 * - With Save-Data nothing more is fetched.
 * - A new release: no kept page older than the release is served once the new worker is active.
 */
import { test, expect, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { startStaticHost } from '../../scripts/static-host.mjs';
import { expectNoAxeViolations } from './support/axe';
import { addPeople } from './support/check';

type Pack = { files: Record<string, [string, number]>; fonts: string[] };
const pack = (lang: string): Pack => JSON.parse(readFileSync(`dist/sw/${lang}.json`, 'utf8'));
const KB = 1024;
const CACHE = 'bleibeweg-offline';

const kept = (page: Page) => page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname), CACHE);
const keptText = (page: Page, path: string) => page.evaluate(async ([name, p]) => (await (await caches.open(name)).match(p))?.text() ?? null, [CACHE, path] as const);
const controlled = (page: Page) => expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 }).toBe(true);
/** Every file of the language's pack is in the worker's cache. */
async function fullCopy(page: Page, lang: string) {
  const files = Object.keys(pack(lang).files);
  await expect.poll(async () => { const have = new Set(await kept(page)); return files.filter((f) => !have.has(f)); }, { timeout: 60_000, intervals: [500] }).toEqual([]);
}

test.describe('offline', () => {
  test.skip(!existsSync('dist/sw.js') || !existsSync('dist/sw/ar.json'), 'no service worker in dist/ (build first)');

  for (const path of ['/ar/', '/fa/', '/de/check/', '/ar/check/']) {
    test(`a first visit to ${path} costs at most 300 KB and keeps only what the page needs again`, async ({ page }) => {
      const host = await startStaticHost();
      try {
        await page.goto(host.base + path);
        await controlled(page);
        await host.quiet(2500);
        const bytes = host.bytes();
        expect(bytes, host.log.map((e) => `${e.status} ${e.bytes} ${e.path}`).join('\n')).toBeLessThanOrEqual(300 * KB);
        // nothing the page loaded was downloaded twice (the worker's copy came from the HTTP cache)
        const full = host.log.filter((e) => e.status === 200).map((e) => e.path);
        expect(full.filter((p, i) => full.indexOf(p) !== i)).toEqual([]);
        // no other page and no search index: the full copy waits for the family's say-so
        const lang = path.split('/')[1];
        expect(full.filter((p) => p.startsWith(`/${lang}/`) && p !== path)).toEqual([]);
        expect(full.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
        const have = await kept(page);
        expect(have).toContain(path);
        // the home page offers the full copy, its size in the language's digits (Persian: ۰٫۶)
        if (path === '/fa/') await expect(page.locator('[data-offline-keep] button')).toContainText(/[۰-۹]٫[۰-۹]\sمگابایت/);
        // this script's fonts, never another script's
        const fonts = have.filter((p) => p.endsWith('.woff2'));
        expect(fonts.sort()).toEqual([...pack(lang).fonts].sort());
        expect(fonts.some((f) => (lang === 'de' ? /arabic|cyrillic|latin-ext/ : /cyrillic|latin-ext/).test(f))).toBe(false);
        // the check page: what the check needs to work offline, also the chunks it loads on use
        if (path.endsWith('/check/')) {
          const review = (JSON.parse(readFileSync(`dist/sw/${lang}.json`, 'utf8')).needs[path] as string[]).find((u) => /ReviewScreen/.test(u));
          expect(review).toBeTruthy();
          expect(have).toContain(review);
          expect(have).toContain(`/i18n/${lang}/check.json`);
        }
      } finally {
        await host.close();
      }
    });
  }

  test('after the check is started, the check, result and plan work in Arabic with the network off', async ({ page, context }) => {
    test.setTimeout(90_000);
    const host = await startStaticHost();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${host.base}/ar/check/`);
      await controlled(page);
      await addPeople(page, [{ name: 'Sami', role: 'parent', birth: [1, 2, 1990] }], false);
      await fullCopy(page, 'ar');
      await context.setOffline(true);

      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
      await expect(page.locator('.check-app:not([inert])')).toBeVisible();
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 10_000 });

      // a family's saved answers, then the result and the plan (with German beside it), all offline
      const household = JSON.parse(readFileSync('tests/fixtures/households/young-adult-27.json', 'utf8'));
      const envelope = { app: 'bleibeweg', schema: 1, savedAt: '2026-11-28T09:00:00.000Z', household, progress: { asked: {}, current: null, done: true } };
      await page.evaluate((v) => localStorage.setItem('bleibeweg:answers', v), JSON.stringify(envelope));
      expect((await page.goto(`${host.base}/ar/result/`))?.ok()).toBe(true);
      await expect(page.locator('[data-route]').first()).toBeVisible({ timeout: 15_000 });
      expect((await page.goto(`${host.base}/ar/plan/`))?.ok()).toBe(true);
      await expect(page.locator('[data-step]').first()).toBeVisible({ timeout: 15_000 });
      await expect(page.getByTestId('plan-qr')).toBeVisible();
      await expect(page.locator('[data-step] h3 .de').first()).not.toBeEmpty();
      expect(errors).toEqual([]);
    } finally {
      await context.setOffline(false);
      await host.close();
    }
  });

  test('after "keep this site on my phone", content pages and search work offline; other languages stay online-only', async ({ page, context }) => {
    test.setTimeout(90_000);
    const host = await startStaticHost();
    try {
      await page.goto(`${host.base}/ar/`);
      const control = page.locator('[data-offline-keep]');
      const button = control.getByRole('button');
      await expect(button).toBeVisible({ timeout: 20_000 });
      // the size still to download, in MB with one decimal
      await expect(button).toContainText(/[0-9][.,][0-9]\sميغابايت/);
      await expectNoAxeViolations(page);
      const before = host.log.length;
      await button.click();
      await expect(control.locator('[data-state="complete"]')).toBeVisible({ timeout: 60_000 });
      await expect(button).toBeHidden();
      await expectNoAxeViolations(page);
      // what the first visit had loaded was not downloaded again
      const again = host.log.slice(before).filter((e) => e.status === 200).map((e) => e.path);
      expect(again.filter((p) => p === '/ar/' || p.endsWith('.woff2'))).toEqual([]);
      await page.screenshot({ path: 'test-results/offline-kept-ar.png', fullPage: true });

      await context.setOffline(true);
      for (const path of ['/ar/routes/25b/', '/ar/glossary/', '/ar/basics/', '/', '/ar/help/']) {
        const response = await page.goto(host.base + path);
        expect(response?.ok(), `${path} offline`).toBe(true);
        await expect(page.locator('h1').first()).toBeVisible();
      }
      // the help page says so too
      await expect(page.locator('[data-offline-keep] [data-state="complete"]')).toBeVisible();
      await page.goto(`${host.base}/ar/search/?q=Duldung`);
      await expect(page.locator('#search-results li').first()).toBeVisible({ timeout: 15_000 });
      // German was not kept
      expect((await page.goto(`${host.base}/de/check/`).catch(() => null))?.ok() ?? false).toBe(false);
    } finally {
      await context.setOffline(false);
      await host.close();
    }
  });

  test('with Save-Data, starting the check fetches no offline copy, and the control says why', async ({ page, context }) => {
    const host = await startStaticHost();
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
      await page.goto(`${host.base}/ar/check/`);
      expect(await page.evaluate(() => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData)).toBe(true);
      await controlled(page);
      await addPeople(page, [{ name: 'Sami', role: 'parent', birth: [1, 2, 1990] }], false);
      await page.goto(`${host.base}/ar/`);
      await expect(page.locator('[data-offline-keep] [data-state="saveData"]')).toBeVisible({ timeout: 20_000 });
      await expect(page.locator('[data-offline-keep] button')).toBeHidden();
      await host.quiet(2500);
      const fetched = host.log.map((e) => e.path);
      expect(fetched.filter((p) => /^\/ar\/(routes|basics|glossary|result|plan|search)\//.test(p) || p.startsWith('/pagefind/'))).toEqual([]);
    } finally {
      await host.close();
    }
  });

  test('a new release replaces kept pages: once the new worker is active, no older page is served', async ({ page, context }) => {
    test.setTimeout(120_000);
    let release = 1;
    const marker = 'Release two of this page';
    const host = await startStaticHost({
      transform: (path, body) => {
        if (release === 1) return undefined;
        if (path === '/ar/basics/') return body.toString('utf8').replace('</h1>', ` ${marker}</h1>`);
        if (path === '/sw/ar.json') {
          const p = JSON.parse(body.toString('utf8'));
          p.files['/ar/basics/'][0] = 'release-two';
          return JSON.stringify(p);
        }
        if (path === '/sw.js') return body.toString('utf8').replace(/("revision":")[0-9a-f]+(","url":"\/sw\/ar\.json")/, '$1release-two$2');
        return undefined;
      },
      // the new page comes slowly, so the test looks at the cache before it has arrived
      delay: (path) => (release === 2 && path === '/ar/basics/' ? 4000 : 0),
    });
    try {
      await page.goto(`${host.base}/ar/`);
      await page.locator('[data-offline-keep] button').click({ timeout: 20_000 });
      await expect(page.locator('[data-offline-keep] [data-state="complete"]')).toBeVisible({ timeout: 60_000 });
      expect(await keptText(page, '/ar/basics/')).not.toContain(marker);

      release = 2;
      const from = host.log.length;
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const notice = page.locator('#sw-update p');
      await expect(notice).toBeVisible({ timeout: 20_000 });
      await Promise.all([page.waitForEvent('load', { timeout: 15_000 }), notice.getByRole('button').click()]);
      await expect.poll(() => page.evaluate(async () => { const r = await navigator.serviceWorker.getRegistration(); return !!r?.active && !r.waiting && !!navigator.serviceWorker.controller; }), { timeout: 15_000 }).toBe(true);

      // the old page is gone at once (the new one is still on its way); unchanged files stay
      const now = await keptText(page, '/ar/basics/');
      expect(now === null || now.includes(marker)).toBe(true);
      expect(await kept(page)).toContain('/ar/routes/25b/');
      await context.setOffline(true);
      const early = await page.goto(`${host.base}/ar/basics/`).catch(() => null);
      if (early?.ok()) await expect(page.locator('h1')).toContainText(marker);
      await context.setOffline(false);

      // on the next page load the worker fetches the new version of what was kept, and only that
      await page.goto(`${host.base}/ar/`);
      await expect.poll(() => keptText(page, '/ar/basics/'), { timeout: 30_000 }).toContain(marker);
      await context.setOffline(true);
      expect((await page.goto(`${host.base}/ar/basics/`))?.ok()).toBe(true);
      await expect(page.locator('h1')).toContainText(marker);
      const refetched = host.log.slice(from).filter((e) => e.status === 200).map((e) => e.path);
      expect(refetched.filter((p) => p.startsWith('/ar/') && p !== '/ar/basics/' && p !== '/ar/')).toEqual([]);
    } finally {
      await context.setOffline(false);
      await host.close();
    }
  });

  test("the earlier Workbox worker's copies are taken over where unchanged, the rest fetched, its caches deleted", async ({ page }) => {
    test.setTimeout(90_000);
    const host = await startStaticHost();
    try {
      const client = Object.keys(pack('ar').files).find((u) => /\/_astro\/client\./.test(u))!;
      // what a family's phone holds from the earlier release: the Arabic pack (one page since changed) and the precache
      await page.goto(`${host.base}/favicon.svg`);
      await page.evaluate(async (script) => {
        const pages = await caches.open('bleibeweg-pages');
        await pages.put('/ar/routes/25b/', await fetch('/ar/routes/25b/'));
        await pages.put('/ar/glossary/', new Response('<h1>an older glossary</h1>', { headers: { 'content-type': 'text/html' } }));
        await pages.put('/sw-packs/ar', new Response('rev'));
        await (await caches.open('workbox-precache-v2-http://x/')).put(`${script}?__WB_REVISION__=1`, await fetch(script));
      }, client);
      await page.goto(`${host.base}/ar/`);
      await controlled(page);
      await fullCopy(page, 'ar');
      await expect(page.locator('[data-offline-keep] [data-state="complete"]')).toBeVisible({ timeout: 20_000 });
      expect(await page.evaluate(() => caches.keys())).toEqual([CACHE]);
      expect(await keptText(page, '/ar/glossary/')).not.toContain('an older glossary');
      const fetched = (path: string) => host.log.filter((e) => e.path === path && e.status === 200).length;
      expect(fetched('/ar/routes/25b/')).toBe(1); // only by the earlier worker
      expect(fetched(client)).toBe(1);
      expect(fetched('/ar/glossary/')).toBe(1);
    } finally {
      await host.close();
    }
  });

  test('"reload" switches to a new release also while the offline copy downloads', async ({ page }) => {
    test.setTimeout(90_000);
    let suffix = '';
    const host = await startStaticHost({
      transform: (path, body) => (path === '/sw.js' && suffix ? body.toString('utf8') + suffix : undefined),
      delay: (path) => (/^\/de\/.+\/$/.test(path) ? 1000 : 0), // a slow phone network
    });
    try {
      await page.goto(`${host.base}/de/`);
      await page.locator('[data-offline-keep] button').click({ timeout: 20_000 });
      await expect(page.locator('[data-offline-keep] [data-state="loading"]')).toBeVisible();
      // Chromium kept the new worker waiting when "reload" came during the download (a CI failure)
      await expect.poll(() => host.log.some((e) => e.path.startsWith('/de/basics/')), { timeout: 20_000 }).toBe(true);
      suffix = '\n// next release\n';
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const notice = page.locator('#sw-update p');
      await expect(notice).toBeVisible({ timeout: 20_000 });
      await expect(notice).toContainText('Neue Inhalte sind da.');
      await Promise.all([page.waitForEvent('load', { timeout: 15_000 }), notice.getByRole('button', { name: 'Neu laden' }).click()]);
      await expect(page.locator('#sw-update p')).toBeHidden();
      await expect.poll(() => page.evaluate(async () => { const r = await navigator.serviceWorker.getRegistration(); return !!r?.active && !r.waiting && !!navigator.serviceWorker.controller; }), { timeout: 15_000 }).toBe(true);
    } finally {
      await host.close();
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
