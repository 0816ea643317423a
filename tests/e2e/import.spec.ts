/**
 * Importing saved answers from a file refuses every bad file with a visible message and leaves the
 * answers saved in this browser exactly as they were.
 *
 * Selectors the UI provides: on /de/plan/ an `input[type=file]` with `data-testid="import-file"`,
 * reachable right after load with saved answers present; a refusal shows an element with `role="alert"`
 * and `data-testid="import-error"` holding the message of the storage key (locales/de/storage.json `import.*`).
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { badCases, dir } from '../fixtures/bad-imports/cases';

// The plan page shows "open a saved file" as soon as saved answers are there (the check shows it on its
// review screen, at the end of the questions).
const pagePath = '/de/plan/';

const savedKey = 'bleibeweg:answers';
const backupKey = 'bleibeweg:answers:last-good';
const saved = readFileSync(join(dir, 'good', '02-family.json'), 'utf8').trim();
const storageStrings = JSON.parse(readFileSync('locales/de/storage.json', 'utf8')) as { import: Record<string, string> };
/** The German message of an `import.*` key (locales/de/storage.json). */
const message = (key: string) => storageStrings.import[key.slice('import.'.length)];
/** As a file, the broken plan-link fragment is simply not JSON. */
const fileKey = (name: string, key: string) => (name.endsWith('.txt') ? 'import.notJson' : key);

test.describe('import of bad files', () => {
  test.describe.configure({ timeout: 180_000 });

  test('every bad file is refused with its message; saved answers unchanged byte for byte', async ({ page }) => {
    await page.goto(pagePath);
    await page.evaluate(([k, b, v]) => { localStorage.setItem(k, v); localStorage.setItem(b, v); }, [savedKey, backupKey, saved]);
    await page.reload();
    const input = page.locator('input[type=file][data-testid="import-file"]');
    await expect(input).toHaveCount(1);
    await page.waitForLoadState('networkidle');
    const before = await page.evaluate(([k, b]) => [localStorage.getItem(k), localStorage.getItem(b)], [savedKey, backupKey]);
    expect(before[0], 'saved answers present before importing').not.toBeNull();

    for (const c of badCases()) {
      await test.step(c.name, async () => {
        await input.setInputFiles([]);
        await input.setInputFiles({ name: c.name, mimeType: c.name.endsWith('.txt') ? 'text/plain' : 'application/json', buffer: Buffer.from(c.text, 'utf8') });
        const alert = page.locator('[role="alert"][data-testid="import-error"]');
        await expect(alert, c.name).toBeVisible();
        await expect(alert, c.name).not.toBeEmpty();
        const key = fileKey(c.name, c.key);
        const wanted = message(key);
        expect(wanted, `${key} has a German message`).toBeTruthy();
        await expect(alert, `${c.name} → ${key}`).toContainText(wanted);
        const after = await page.evaluate(([k, b]) => [localStorage.getItem(k), localStorage.getItem(b)], [savedKey, backupKey]);
        expect(after, `${c.name}: saved answers unchanged`).toEqual(before);
      });
    }
  });
});
