import { test, expect } from '@playwright/test';
import { addPeople, answerAll, savedAnswers } from './support/check';
import { expectNoAxeViolations } from './support/axe';

/** Results the result page shows, as { member: { route: result } }. */
async function results(page: import('@playwright/test').Page) {
  await page.waitForSelector('[data-member]');
  return page.evaluate(() => {
    const out: Record<string, Record<string, string>> = {};
    document.querySelectorAll<HTMLElement>('[data-member]').forEach((m) => {
      out[m.dataset.name!] = {};
      m.querySelectorAll<HTMLElement>('[data-route]').forEach((r) => { out[m.dataset.name!][r.dataset.route!] = r.dataset.result!; });
    });
    return out;
  });
}

test.describe('the check, end to end at phone size', () => {
  // a whole household answered question by question: 54 s for the German walk on a busy CI machine
  test.describe.configure({ timeout: 120_000 });
  test.beforeEach(async ({ page }) => {
    await page.goto('/de/');
    await page.evaluate(() => localStorage.clear());
  });

  test('German: a mother with long stay and a teenage son; reload resumes; delete wipes', async ({ page }) => {
    await page.goto('/de/check/');
    await addPeople(page, [
      { name: 'Mira', role: 'parent', birth: [14, 2, 1988] },
      { name: 'Luka', role: 'child', birth: [10, 5, 2011] },
    ]);
    const answers = {
      Mira: { nationality: 'XK', entryDate: [1, 9, 2016], status: 'duldung', statusSince: [1, 3, 2018], unclearIdentityMonths: 0, asylum: 'rejected', asylumAppliedOn: [5, 10, 2016], identityClarified: 'yes', identityClarifiedOn: [1, 2, 2017], passport: 'yes', identityDeception: 'no', 'training.state': 'none', 'work.hoursPerWeek': 30, 'work.since': [1, 6, 2024], 'work.permitted': 'yes', livelihood: 'mostly-own', german: 'A2', convictions: 'none' },
      // identityClarified: § 25a needs the identity clarified (legal reference 2026-12-03, 25a table)
      Luka: { nationality: 'XK', entryDate: [1, 9, 2016], status: 'duldung', statusSince: [1, 3, 2018], unclearIdentityMonths: 0, asylum: 'rejected', asylumAppliedOn: [5, 10, 2016], identityClarified: 'yes', identityDeception: 'no', convictions: 'none', 'school.attending': 'yes', 'school.yearsAttended': 8, 'school.qualification': 'none' },
    } as const;
    // answer a few questions, reload, and resume
    await page.waitForSelector('[data-screen="question"]');
    await page.getByTestId('answer-country').selectOption('XK');
    await page.getByTestId('continue').click();
    await page.reload();
    await page.getByRole('button', { name: 'Weitermachen' }).click();
    await expect(page.locator('[data-screen="question"]')).toHaveAttribute('data-question', 'entryDate');
    await answerAll(page, answers as never);
    await expectNoAxeViolations(page);
    await expect(page.locator('[data-screen="review"]')).toContainText('Mira');
    await page.getByTestId('confirm').click();
    await expect(page).toHaveURL(/\/de\/result\/$/);
    const r = await results(page);
    expect(r.Mira['25b']).toBe('possible');
    expect(r.Luka['25a']).toBe('possible');
    expect(r.Mira['25a-family']).not.toBe('excluded');
    await expectNoAxeViolations(page);
    await page.goto('/de/check/');
    await page.getByRole('button', { name: 'Weitermachen' }).click();
    await page.getByTestId('delete-answers').click();
    await page.getByTestId('delete-confirm').click();
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('bleibeweg:answers')))).toEqual([]);
    await expect(page.locator('[data-screen="members"]')).toBeVisible();
  });

  test('Arabic: a young man of 22 in school, unclear identity months, many unknowns', async ({ page }) => {
    await page.goto('/ar/check/');
    await addPeople(page, [{ name: 'Samir', role: 'other', birth: [3, 3, 2004] }]);
    await answerAll(page, {
      Samir: { nationality: 'SY', entryDate: [1, 1, 2019], status: 'duldung', statusSince: [1, 1, 2021], unclearIdentityMonths: 6, asylum: 'rejected', asylumAppliedOn: [10, 1, 2019], identityClarified: 'yes', identityClarifiedOn: [1, 8, 2019], passport: 'yes', identityDeception: 'no', 'school.yearsAttended': 4, 'school.qualification': 'school-leaving', convictions: 'none' },
    });
    await page.getByTestId('confirm').click();
    await expect(page).toHaveURL(/\/ar\/result\/$/);
    const r = await results(page);
    expect(r.Samir['25a']).toBe('possible');
    expect(r.Samir['104c']).toBe('excluded');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/screens/ar-result-phone.png', fullPage: true });
  });

  test('Persian with caseworker mode: German shown next to the questions', async ({ page }) => {
    await page.goto('/fa/check/');
    // the language box is not on the family's screens until caseworker mode is switched on (a link at the end)
    await expect(page.locator('.check-app:not([inert])')).toBeVisible();
    await expect(page.locator('.second-language')).toHaveCount(0);
    await page.getByTestId('caseworker-on').click();
    await expect(page.locator('.second-language input[type="checkbox"]')).toBeChecked();
    await expect(page.locator('.pair-second[lang="de"]').first()).toBeVisible();
    await addPeople(page, [{ name: 'Nasrin', role: 'parent', birth: [1, 7, 1990] }]);
    await expect(page.locator('h1 .pair-second[lang="de"]')).toContainText(/Nasrin/);
    await page.screenshot({ path: 'test-results/screens/fa-caseworker-phone.png', fullPage: true });
    await answerAll(page, {
      Nasrin: { nationality: 'AF', entryDate: [1, 1, 2015], status: 'duldung-unclear-identity', statusSince: [1, 1, 2017], unclearIdentityMonths: 30, asylum: 'rejected', asylumAppliedOn: [1, 2, 2015], identityClarified: 'no', passport: 'no', identityDeception: 'no', 'training.state': 'none', 'work.hoursPerWeek': 0, 'work.permitted': 'no', livelihood: 'benefits', german: 'A1', convictions: 'none', livesWithMinorChild: 'no' },
    });
    await page.getByTestId('confirm').click();
    const r = await results(page);
    expect(r.Nasrin['25b']).toBe('missing');
    expect(r.Nasrin['60d']).toBe('missing');
    await expectNoAxeViolations(page);
  });

  test('an impossible date is refused with a message and what was typed stays', async ({ page }) => {
    await page.goto('/de/check/');
    await expect(page.locator('.check-app:not([inert])')).toBeVisible();
    await page.getByTestId('member-name').fill('Ada');
    await page.getByTestId('member-role-parent').check();
    const birth = page.getByTestId('member-birth');
    await birth.locator('input[name="day"]').fill('30');
    await birth.locator('input[name="month"]').fill('2');
    await birth.locator('input[name="year"]').fill('1990');
    await page.getByTestId('member-add').click();
    await expect(page.getByRole('alert')).toContainText('Dieses Datum gibt es nicht');
    await expect(birth.locator('input[name="day"]')).toHaveValue('30');
    await expect(page.getByTestId('member-name')).toHaveValue('Ada');
    await expectNoAxeViolations(page);
    await birth.locator('input[name="year"]').fill('2090');
    await birth.locator('input[name="day"]').fill('3');
    await page.getByTestId('member-add').click();
    await expect(page.getByRole('alert')).toContainText('Zukunft');
  });

  test('the first screen comes with the page and does not move when the island starts', async ({ page, request }) => {
    const html = await (await request.get('/de/check/')).text();
    expect(html).toMatch(/data-screen="members"/);
    expect(html).toMatch(/class="check-app"[^>]*inert/);
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) (window as unknown as { shift: number }).shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const lang of ['de', 'ar']) {
      await page.goto(`/${lang}/check/`);
      await expect(page.locator('.check-app:not([inert])')).toBeVisible();
      await expect(page.locator('[data-screen="members"]')).toBeVisible();
      // "good" layout stability is below 0.1; before the first screen was server-rendered it was 0.4
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.05);
    }
  });

  test('the saved-answers code loads only when there is something to read or to save', async ({ page }) => {
    // its zod schemas are the largest piece of start-up work: a first visit starts without them
    const fetched: string[] = [];
    page.on('request', (r) => {
      const file = r.url().split('/').pop()!;
      if (/^(local|validate)\./.test(file)) fetched.push(file);
    });
    await page.goto('/de/check/');
    await expect(page.locator('.check-app:not([inert])')).toBeVisible();
    expect(fetched).toEqual([]);
    await addPeople(page, [{ name: 'Ada', role: 'parent', birth: [1, 2, 1990] }], false);
    await expect.poll(() => savedAnswers(page)).toContain('Ada');
    expect(fetched.some((f) => f.startsWith('local.'))).toBe(true);
    // with answers on the device the next visit reads them at once and offers to resume
    fetched.length = 0;
    await page.reload();
    await expect(page.getByRole('button', { name: 'Weitermachen' })).toBeVisible();
    expect(fetched.some((f) => f.startsWith('local.'))).toBe(true);
  });
});

test.describe('the check without its question texts', () => {
  // a service worker would answer from the offline pack, which page.route does not see
  test.use({ serviceWorkers: 'block' });

  test('when the question texts cannot be fetched the page says so instead of showing keys', async ({ page }) => {
    await page.route('**/i18n/de/check.json', (route) => route.abort());
    await page.goto('/de/check/');
    await addPeople(page, [{ name: 'Ada', role: 'parent', birth: [1, 2, 1990] }], false);
    await expect(page.getByRole('alert')).toContainText('Die Texte dieser Seite konnten nicht geladen werden');
    await expect(page.locator('[data-screen="question"]')).toHaveCount(0);
    // the member was still saved on this device (the saved-answers code loads with the first save)
    await expect.poll(() => savedAnswers(page)).toContain('Ada');
  });
});
