import { test, expect } from '@playwright/test';
import { builtPages } from './support/pages';
import { expectNoAxeViolations } from './support/axe';

const pages = builtPages();

test('every language has a home page in dist', () => {
  expect(pages).toContain('/');
  for (const l of ['de', 'en', 'ar', 'fa', 'ps', 'ckb', 'kmr', 'tr', 'ru', 'sq', 'sr', 'fr']) expect(pages).toContain(`/${l}/`);
});

for (const path of pages) {
  test(`${path}: axe clean, no foreign requests, no console errors`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await expectNoAxeViolations(page);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
}
