import { test, expect } from '@playwright/test';

const rtl = ['ar', 'fa', 'ps', 'ckb'];
const ltr = ['de', 'en', 'kmr', 'tr', 'ru', 'sq', 'sr', 'fr'];

for (const lang of [...rtl, ...ltr]) {
  test(`/${lang}/ has lang and dir set at build time`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', rtl.includes(lang) ? 'rtl' : 'ltr');
  });
}

test('RTL page is laid out right-to-left: the brand sits at the right edge', async ({ page }) => {
  await page.goto('/ar/');
  const box = await page.locator('.brand').boundingBox();
  const width = page.viewportSize()!.width;
  expect(box!.x + box!.width).toBeGreaterThan(width * 0.6);
  await page.screenshot({ path: 'test-results/screens/ar-home-phone.png', fullPage: true });
  await page.goto('/fa/');
  await page.screenshot({ path: 'test-results/screens/fa-home-phone.png', fullPage: true });
});

test('language switch keeps the current page', async ({ page }) => {
  await page.goto('/de/');
  await page.locator('.lang-switch summary').click();
  await page.locator('.lang-switch a[hreflang="fa"]').click();
  await expect(page).toHaveURL(/\/fa\/$/);
});

test('skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('/ is a language chooser naming every language in its own script', async ({ page }) => {
  await page.goto('/');
  for (const label of ['Deutsch', 'العربية', 'فارسی / دری', 'پښتو', 'Kurmancî', 'Türkçe', 'Русский', 'Shqip', 'Srpski', 'Français']) {
    await expect(page.getByRole('link', { name: new RegExp(label) })).toBeVisible();
  }
  const link = page.locator('a[hreflang="ar"]');
  await expect(link).toHaveAttribute('href', '/ar/');
  const box = await link.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
});

test('desktop layout renders the home page @desktop', async ({ page }) => {
  await page.goto('/de/');
  await expect(page.getByRole('link', { name: /Check starten/ })).toBeVisible();
});

// Data costs families money: a page fetches the web fonts of its own script, not of every language it names
test('each page downloads only its own script\'s fonts, asked for before they are found in the CSS', async ({ browser }) => {
  const expected: Record<string, string[]> = {
    de: ['latin-400', 'latin-700'],
    ar: ['arabic-400', 'latin-400', 'latin-700'],
    tr: ['latin-400', 'latin-700', 'latin-ext-400', 'latin-ext-700'],
    ru: ['cyrillic-400', 'cyrillic-700', 'latin-400', 'latin-700'],
  };
  for (const [lang, files] of Object.entries(expected)) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const fonts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'font') fonts.push(/noto-sans-(?:arabic-)?([a-z-]+-\d00)-normal/.exec(r.url())?.[1] ?? r.url());
    });
    await page.goto(`/${lang}/check/`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    expect([...new Set(fonts)].sort(), lang).toEqual(files);
    const preloaded = await page.locator('link[rel="preload"][as="font"]').evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
    expect(preloaded.length, lang).toBe(files.length);
    await context.close();
  }
});

test('the main navigation keeps the page margin on a phone, in both directions', async ({ page }) => {
  for (const lang of ['de', 'ar']) {
    await page.goto(`/${lang}/routes/`);
    const width = page.viewportSize()!.width;
    const boxes = await page.locator('.site-nav li').evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect()).map((r) => [r.left, r.right]));
    for (const [left, right] of boxes) {
      expect(left, lang).toBeGreaterThanOrEqual(8);
      expect(right, lang).toBeLessThanOrEqual(width - 8);
    }
  }
});
