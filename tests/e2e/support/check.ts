import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

export interface Person { name: string; role: 'parent' | 'child' | 'other'; birth: [number, number, number] }
/** What to answer, by person's name and question id; a question not listed is answered "I don't know". */
export type Answers = Record<string, Record<string, string | number | [number, number, number]>>;

/** The answers saved on this device (the main entry), as stored text; null when there are none. */
export const savedAnswers = (page: Page) => page.evaluate(() => localStorage.getItem('bleibeweg:answers'));

export async function addPeople(page: Page, people: Person[], axe = true) {
  // the first screen is rendered on the server and inert until the island has started
  await expect(page.locator('.check-app:not([inert])')).toBeVisible();
  for (const p of people) {
    await page.getByTestId('member-name').fill(p.name);
    await page.getByTestId(`member-role-${p.role}`).check();
    const [d, m, y] = p.birth;
    const birth = page.getByTestId('member-birth');
    await birth.locator('input[name="day"]').fill(String(d));
    await birth.locator('input[name="month"]').fill(String(m));
    await birth.locator('input[name="year"]').fill(String(y));
    await page.getByTestId('member-add').click();
    await expect(page.getByTestId('member-list')).toContainText(p.name);
  }
  if (axe) await expectNoAxeViolations(page);
  await page.getByTestId('members-continue').click();
}

/** Answers every question screen until the review page, running axe on each step. */
export async function answerAll(page: Page, answers: Answers, axe = true, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.waitForSelector('[data-screen]');
    const screen = page.locator('[data-screen]');
    const kind = await screen.getAttribute('data-screen');
    if (kind === 'review') return;
    const member = (await screen.getAttribute('data-member'))!;
    const name = (await screen.getAttribute('data-name'))!;
    const question = (await screen.getAttribute('data-question'))!;
    if (axe) await expectNoAxeViolations(page);
    const value = answers[name]?.[question];
    if (value === undefined) await page.getByTestId('answer-unknown').check();
    else if (Array.isArray(value)) {
      await screen.locator('input[name="day"]').fill(String(value[0]));
      await screen.locator('input[name="month"]').fill(String(value[1]));
      await screen.locator('input[name="year"]').fill(String(value[2]));
    } else if (await page.getByTestId('answer-number').count()) await page.getByTestId('answer-number').fill(String(value));
    else if (await page.getByTestId('answer-country').count()) await page.getByTestId('answer-country').selectOption(String(value));
    else await page.getByTestId(`answer-${value}`).check();
    await page.getByTestId('continue').click();
    await expect(page.locator(`[data-key="${member}/${question}"]`)).toHaveCount(0);
  }
  throw new Error('never reached the review page');
}
