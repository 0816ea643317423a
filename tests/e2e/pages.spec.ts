import { test, expect } from '@playwright/test';
import { builtPages } from './support/pages';
import { expectNoAxeViolations } from './support/axe';

const pages = builtPages();
const languages = ['de', 'en', 'ar', 'fa', 'ps', 'ckb', 'kmr', 'tr', 'ru', 'sq', 'sr', 'fr'];

// The service worker is tested in offline.spec.ts; here it would precache the whole site in every
// fresh context, which multiplies the run time without checking anything more.
test.use({ serviceWorkers: 'block' });

test('every language has a home page in dist', () => {
  expect(pages).toContain('/');
  for (const l of languages) expect(pages).toContain(`/${l}/`);
});

// One test per language (and one for the pages outside them): one browser page walks through all of its
// pages, which saves a new context per page (~1 s × 313 pages) and keeps every page checked.
const groupOf = (p: string) => (languages.includes(p.split('/')[1]) ? p.split('/')[1] : 'other');
const groups = [...new Set(pages.map(groupOf))].map((g) => [g, pages.filter((p) => groupOf(p) === g)] as const);

for (const [group, paths] of groups) {
  test(`${group}: every page axe clean, no foreign requests, no console errors`, async ({ page, baseURL }) => {
    test.setTimeout(paths.length * 15_000);
    const origin = new URL(baseURL!).origin;
    let foreign: string[] = [];
    let errors: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    for (const path of paths) {
      await test.step(path, async () => {
        foreign = [];
        errors = [];
        // 'load' waits for every script and font the page asks for; networkidle would add 0.5 s a page
        const response = await page.goto(path, { waitUntil: 'load' });
        expect(response?.status(), path).toBe(200);
        await expectNoAxeViolations(page);
        expect(foreign, path).toEqual([]);
        expect(errors, path).toEqual([]);
      });
    }
  });
}
