/**
 * The legal state shown honestly (issue 18): every route page says which legal state it follows and when it
 * was last reviewed, in the family's language; once a review-by date of an open point affecting the route
 * has passed (checked against the device's date), it says plainly that this part is due for a legal
 * review and points to counselling. The clock is the test's (Playwright page.clock).
 */
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

test.use({ serviceWorkers: 'block' });

const at = (iso: string) => new Date(`${iso}T10:00:00`);

test('German route page: the legal state, and no review notice before the review-by date', async ({ page }) => {
  await page.clock.setFixedTime(at('2026-12-17'));
  await page.goto('/de/routes/25a/');
  const state = page.locator('.legal-state');
  await expect(state).toContainText('Rechtsstand: März 2026. Zuletzt rechtlich geprüft am 3. Dezember 2026.');
  await expect(state.locator('[data-overdue]')).toBeHidden();
});

test('German route page: the day after the review-by date, the part is due for a legal review, with the way to counselling', async ({ page }) => {
  await page.clock.setFixedTime(at('2026-12-18'));
  await page.goto('/de/routes/25a/');
  const notice = page.locator('.legal-state [data-overdue]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Dieser Teil muss rechtlich neu geprüft werden');
  await expect(notice).toContainText('17. Dezember 2026');
  await expect(notice.getByRole('link')).toHaveAttribute('href', '/de/help/');
  await expectNoAxeViolations(page);
});

test('Arabic route page, right to left: the legal state in Arabic, the notice once overdue', async ({ page }) => {
  await page.clock.setFixedTime(at('2027-02-01'));
  await page.goto('/ar/routes/104c/');
  const state = page.locator('.legal-state');
  await expect(state).toHaveAttribute('dir', 'rtl');
  await expect(state).toContainText('الوضع القانوني');
  await expect(state).toContainText('مارس');
  await expect(state.locator('[data-overdue]')).toBeVisible();
  await expect(state.locator('[data-overdue] a')).toHaveAttribute('href', '/ar/help/');
  await page.screenshot({ path: '/tmp/legal/ar-104c-overdue.png', fullPage: false });
});

test('What changed when: linked from the routes index and the help page, announced plans apart', async ({ page }) => {
  await page.clock.setFixedTime(at('2026-12-10'));
  await page.goto('/de/routes/');
  await page.getByRole('link', { name: 'Was sich wann geändert hat' }).click();
  await expect(page).toHaveURL(/\/de\/changes\/$/);
  await expect(page.locator('#change-104c')).toContainText('31. Dezember 2025');
  await expect(page.locator('#change-104c')).toContainText('30. Juni 2027');
  await expect(page.locator('#change-16g')).toContainText('1. März 2024');
  await expect(page.locator('#change-60d')).toContainText('Dezember 2023');
  await expect(page.locator('#change-safe')).toContainText('2. Februar 2026');
  await expect(page.locator('#change-course')).toContainText('9. Februar 2026');
  await expect(page.locator('#change-geas')).toContainText('12. Juni 2026');
  await expect(page.locator('section.announced#change-workTitle')).toContainText('6. März 2026');
  await expect(page.locator('#change-workTitle a')).toHaveCount(0); // no route, no evaluation
  await expectNoAxeViolations(page);
  await page.goto('/fa/help/');
  await page.locator('a.changes-link').click();
  await expect(page).toHaveURL(/\/fa\/changes\/$/);
  await expect(page.locator('#change-16g')).toContainText('۲۰۲۴');
  await page.screenshot({ path: '/tmp/legal/fa-changes.png', fullPage: true });
});
