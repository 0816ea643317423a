import { test, expect } from '@playwright/test';
import { builtPages } from './support/pages';

test('route page: as-of date, sources, German fallback notice, way into the check', async ({ page }) => {
  await page.goto('/de/routes/25b/');
  await expect(page.locator('h1')).toContainText('§ 25b');
  await expect(page.locator('.asof time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('.sources a[href^="https://www.gesetze-im-internet.de/"]').first()).toBeVisible();
  const last = page.locator('main > *').last();
  await expect(last.locator('a[href="/de/check/"]')).toBeVisible();
  await expect(page.locator('details.original')).toHaveCount(0);
});

test('translated page: not-reviewed notice and a no-JS German original toggle', async ({ page }) => {
  await page.goto('/en/routes/25a/');
  await expect(page.locator('article.entry')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.entry-meta .notice')).toContainText('German');
  const original = page.locator('details.original');
  await expect(original.locator('[lang="de"]').first()).toBeHidden();
  await original.locator('summary').click();
  await expect(original.locator('div[lang="de"]')).toBeVisible();
  await expect(original.locator('div[lang="de"]')).toContainText('Für wen ist dieser Weg?');
});

test('German glossary terms link to their anchor on the glossary page', async ({ page }) => {
  await page.goto('/en/basics/duldung/');
  const link = page.locator('#entry-text a.gloss[href="/en/glossary/#ausreisepflicht"]');
  await expect(link).toHaveAttribute('lang', 'de');
  await link.click();
  await expect(page).toHaveURL(/\/en\/glossary\/#ausreisepflicht$/);
  await expect(page.locator('h3#ausreisepflicht')).toHaveText('Ausreisepflicht');
});

test('the sample paper has a text alternative and an eight-point legend', async ({ page }) => {
  await page.goto('/de/basics/your-paper/');
  const img = page.locator('figure.paper img');
  await expect(img).toHaveAttribute('alt', /Muster/);
  expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
  await expect(page.locator('.paper-legend li')).toHaveCount(8);
  await page.goto('/de/basics/duldung/');
  await expect(page.locator('a[href="../your-paper/"]')).toBeVisible();
});

test('read aloud stays hidden without a voice and appears when one exists', async ({ page }) => {
  await page.goto('/de/basics/duldung/');
  await expect(page.locator('.read-aloud')).toBeHidden();
  await page.addInitScript(() => {
    const spoken: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = spoken;
    speechSynthesis.getVoices = () => [{ lang: 'de-DE', name: 'Test', default: true, localService: true, voiceURI: 'test' } as SpeechSynthesisVoice];
    // a plain stand-in: real voice objects cannot be constructed in a test
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class { lang = ''; voice = null; onend = null; constructor(public text: string) {} };
    speechSynthesis.speak = (u: SpeechSynthesisUtterance) => { spoken.push(`${u.lang}:${u.text}`); };
  });
  await page.reload();
  const button = page.locator('.read-aloud');
  await expect(button).toBeVisible();
  await button.click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
  expect(spoken.length).toBeGreaterThan(5);
  expect(spoken[0]).toMatch(/^de:/);
});

test('search finds pages of the page language only', async ({ page }) => {
  await page.goto('/de/search/');
  await page.locator('#q').fill('Ausbildungsduldung');
  await page.locator('#search button[type="submit"]').click();
  await expect(page.locator('#search-results a').first()).toBeVisible();
  const hrefs = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain('/de/routes/60c/');
  expect(hrefs.every((h) => h?.startsWith('/de/'))).toBe(true);
  await expect(page).toHaveURL(/\?q=Ausbildungsduldung$/);
});

test('help page lists offices with counselling first', async ({ page }) => {
  await page.goto('/de/help/');
  await expect(page.locator('main section h2').first()).toHaveAttribute('id', 'refugee-counselling');
  await expect(page.locator('.office').first().locator('a[href^="https://"]').first()).toBeVisible();
});

test('right-to-left: a citation keeps its order on screen ("§ 25 Abs. 5", not "(Abs. 5 25 §)")', async ({ page }) => {
  await page.goto('/ar/routes/25-5/');
  await expect(page.locator('h1 bdi[lang="de"][dir="ltr"]')).toHaveText('(§ 25 Abs. 5)');
  // where the browser draws "§" and the final "5" of the title: on one line, "§" to the left
  const [first, last] = await page.locator('h1').evaluate((h1) => {
    const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
    const chars: { node: Text; i: number; c: string }[] = [];
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) for (let i = 0; i < n.length; i++) chars.push({ node: n, i, c: n.data[i] });
    const text = chars.map((c) => c.c).join('');
    const start = text.indexOf('§ 25 Abs. 5');
    const rect = ({ node, i }: { node: Text; i: number }) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); const b = r.getBoundingClientRect(); return { x: b.x, y: b.y }; };
    return [rect(chars[start]), rect(chars[start + '§ 25 Abs. 5'.length - 1])];
  });
  expect(first.y).toBe(last.y);
  expect(first.x).toBeLessThan(last.x);
});

test('"§" and "Abs." link once to the glossary, and the sources box says what they mean', async ({ page }) => {
  await page.goto('/ar/routes/25a/');
  await expect(page.locator('#entry-text a.gloss[href="/ar/glossary/#paragraf"]')).toHaveCount(1);
  await expect(page.locator('#entry-text a.gloss[href="/ar/glossary/#absatz"]')).toHaveCount(1);
  await expect(page.locator('.sources .signs dt')).toHaveText(['§', 'Abs.']);
  await expect(page.locator('.sources .signs dd').first()).toContainText('Paragraf');
  await page.locator('#entry-text a.gloss[href="/ar/glossary/#paragraf"]').click();
  await expect(page.locator('h3#paragraf')).toHaveText('§ (Paragraf)');
});

test('glossary: the A–Z list jumps to a letter', async ({ page }) => {
  await page.goto('/ar/glossary/');
  const letters = page.locator('nav.az a');
  expect(await letters.count()).toBeGreaterThan(10);
  await page.locator('nav.az a', { hasText: /^F$/ }).click();
  await expect(page).toHaveURL(/#abc-f$/);
  await expect(page.locator('#abc-f')).toBeInViewport();
  await expect(page.locator('#abc-f + .term h3')).toHaveText(/^F/);
});

test('search: the glossary term comes first; the plan page is not in the index', async ({ page }) => {
  await page.goto('/ar/search/?q=Fiktionsbescheinigung');
  await expect(page.locator('#search-results a').first()).toHaveAttribute('href', '/ar/glossary/#fiktionsbescheinigung');
  await page.goto('/de/search/?q=printedOn');
  await expect(page.locator('#search-status')).not.toHaveText(/^$/);
  await expect(page.locator('#search-results a')).toHaveCount(0);
});

test('right-to-left content pages fit a 360 px phone: no German run that cannot wrap pushes the page wider', async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  const paths = builtPages().filter((p) => /^\/(ar|fa|ps|ckb)\/(routes|basics)\/[^/]+\/$|^\/(ar|fa|ps|ckb)\/glossary\/$/.test(p));
  expect(paths.length).toBeGreaterThan(70);
  const wide: string[] = [];
  for (const p of paths) {
    await page.goto(p);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 360) wide.push(`${p} ${width}px`);
  }
  expect(wide).toEqual([]);
  await page.close();
});
