/**
 * The plan on screen and on paper: three fixture families (German, Arabic, Persian) are saved on the
 * device, the plan page is printed to A4 PDF, and the PDF is read back: both languages' step texts and
 * the due dates are there, at most two pages per member, and the QR code reopens the same plan.
 */
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expectNoAxeViolations } from './support/axe';
import { savedAnswers } from './support/check';

const families = [
  { lang: 'de', fixture: 'serbian-family' },
  { lang: 'ar', fixture: 'young-adult-27' },
  { lang: 'fa', fixture: 'permit-104c' },
];
const now = new Date('2026-11-28T10:00:00');
const flat = (o: Record<string, unknown>, p = ''): Record<string, string> =>
  Object.entries(o).reduce((acc, [k, v]) => ({ ...acc, ...(typeof v === 'object' && v ? flat(v as Record<string, unknown>, `${p}${k}.`) : { [`${p}${k}`]: String(v) }) }), {});
const strings = (lang: string) => flat(JSON.parse(readFileSync(`locales/${lang}/plan.json`, 'utf8')));
/** PDF text and page text compared without line breaks, bidi marks or Arabic presentation forms. */
const norm = (s: string) => s.normalize('NFKC').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\u00ad]|\p{M}/gu, '').replace(/\s+/g, ' ');
/**
 * Is this screen text in the PDF? pdftotext splits Arabic-script words and reorders mixed-direction runs,
 * so the words (3+ letters) are looked for one by one, spaces removed; most of them must be there.
 */
function printed(pdfText: string, screenText: string) {
  const hay = pdfText.replace(/\s/g, '');
  const words = norm(screenText).match(/\p{L}{3,}/gu) ?? [];
  return words.length > 0 && words.filter((w) => hay.includes(w)).length >= Math.ceil(words.length * 0.8);
}

async function openPlan(page: Page, lang: string, fixture: string) {
  const household = JSON.parse(readFileSync(`tests/fixtures/households/${fixture}.json`, 'utf8'));
  const envelope = { app: 'bleibeweg', schema: 1, savedAt: '2026-11-28T09:00:00.000Z', household, progress: { asked: {}, current: null, done: true } };
  await page.clock.setFixedTime(now);
  await page.goto(`/${lang}/`);
  await page.evaluate((v) => localStorage.setItem('bleibeweg:answers', v), JSON.stringify(envelope));
  await page.goto(`/${lang}/plan/`);
  await expect(page.locator('[data-step]').first()).toBeVisible();
  await expect(page.getByTestId('plan-qr')).toBeVisible();
  return household.members.length as number;
}

const stepsOf = (page: Page) => page.locator('[data-member]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-member'), [...e.querySelectorAll('[data-step]')].map((s) => s.getAttribute('data-step'))]));

for (const { lang, fixture } of families) {
  test(`${lang}: plan for ${fixture} on screen, printed on A4 with German beside it, and reopened from its QR code`, async ({ page, browser }) => {
    test.setTimeout(120_000);
    const members = await openPlan(page, lang, fixture);
    await expectNoAxeViolations(page);
    const steps = await stepsOf(page);
    expect(steps.length).toBe(members);
    // the timeline's dates keep the page's direction: Intl writes Arabic dates as day, month, year with
    // right-to-left marks, so the day stands on the right; a forced left-to-right made them "292026/11/".
    // (Persian digits form one left-to-right number either way.)
    const ends = await page.locator('svg.timeline text').first().evaluate((t: SVGTextContentElement) => ({
      first: t.getStartPositionOfChar(0).x,
      last: t.getStartPositionOfChar(t.getNumberOfChars() - 1).x,
    }));
    if (lang === 'de') expect(ends.first).toBeLessThan(ends.last);
    if (lang === 'ar') expect(ends.first).toBeGreaterThan(ends.last);

    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    if (process.env.KEEP_PDF) console.log('PDF dir', dir);
    const pdf = join(dir, 'plan.pdf');
    await page.emulateMedia({ media: 'print' });
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    await page.emulateMedia({ media: 'screen' });

    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(info).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
    expect(pages).toBeLessThanOrEqual(2 * members);

    const text = norm(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
    const own = strings(lang);
    const de = strings('de');
    // every step's heading is printed in the family's language and in German, with its due date
    const headings = await page.locator('[data-step] h3').evaluateAll((els) => els.map((h) => ({
      own: h.querySelector('.own')?.textContent?.replace(/^\d+\s*/, '') ?? h.textContent ?? '',
      de: h.querySelector('.de')?.textContent ?? '',
    })));
    for (const h of headings) {
      expect(printed(text, h.own), `step title (${lang}): ${h.own}`).toBe(true);
      if (lang !== 'de') expect(printed(text, h.de), `step title (de): ${h.de}`).toBe(true);
    }
    // due dates, written as on screen (the digits of the family's script included)
    for (const due of await page.locator('[data-due]').evaluateAll((els) => els.map((e) => e.getAttribute('data-due')!))) {
      const shown = await page.locator(`[data-due="${due}"]`).first().textContent();
      const digits = (shown ?? '').match(/[\p{Nd}]+/gu) ?? [];
      expect(digits.length, `due ${due}`).toBeGreaterThan(0);
      for (const d of digits) expect(text.replace(/\s/g, ''), `due ${due}`).toContain(d);
    }
    expect(printed(text, own['planPage.documents'])).toBe(true);
    if (lang !== 'de') expect(printed(text, de['planPage.documents'])).toBe(true);
    expect(printed(text, de['result.disclaimer'])).toBe(true);

    // the QR code decodes to this site's plan page with the answers in the fragment
    execFileSync('pdftoppm', ['-r', '300', '-gray', '-png', pdf, join(dir, 'p')]);
    let link = '';
    for (const png of readdirSync(dir).filter((f) => f.endsWith('.png')).sort()) {
      const img = PNG.sync.read(readFileSync(join(dir, png)));
      const code = jsQR(new Uint8ClampedArray(img.data.buffer), img.width, img.height);
      if (code?.data.startsWith('http')) { link = code.data; break; }
    }
    expect(link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${process.env.E2E_PORT ?? 4321}/${lang}/plan/#p=`));

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.clock.setFixedTime(now);
    await other.goto(link);
    await expect(other.locator('[data-step]').first()).toBeVisible();
    expect(await stepsOf(other)).toEqual(steps);
    expect(await savedAnswers(other)).toBeNull();
    await other.getByTestId('save-plan').click();
    await expect.poll(async () => JSON.parse((await savedAnswers(other)) ?? 'null')?.household.members.length).toBe(members);
    await fresh.close();
  });
}
