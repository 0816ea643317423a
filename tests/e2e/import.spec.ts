/**
 * Importing saved answers from a file refuses every bad file with a visible message and leaves the
 * answers saved in this browser exactly as they were.
 *
 * Selectors the UI provides: on /de/plan/ an `input[type=file]` with `data-testid="import-file"`,
 * reachable right after load with saved answers present; a refusal shows an element with `role="alert"`
 * and `data-testid="import-error"` holding the message of the storage key (locales/de/storage.json `import.*`).
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { badCases, dir } from '../fixtures/bad-imports/cases';

// The plan page shows "open a saved file" as soon as saved answers are there (the check shows it on its
// review screen, at the end of the questions).
const pagePath = '/de/plan/';

const savedKey = 'bleibeweg:answers';
const backupKey = 'bleibeweg:answers:last-good';
const saved = readFileSync(join(dir, 'good', '02-family.json'), 'utf8').trim();
type Strings = { import?: Record<string, string> };
const read = (f: string): Strings => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : {});
/** The German message of a key: from the storage namespace, or the same key in check.json if the UI uses that. */
const messages = (key: string) => [read('locales/de/storage.json'), read('locales/de/check.json')].map((d) => d.import?.[key.slice('import.'.length)]).filter((m): m is string => !!m);
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
        const wanted = messages(key);
        await expect
          .poll(async () => { const text = (await alert.textContent()) ?? ''; return wanted.some((m) => text.includes(m)); }, { message: `${c.name} → ${key}: ${wanted.join(' | ')}` })
          .toBe(true);
        const after = await page.evaluate(([k, b]) => [localStorage.getItem(k), localStorage.getItem(b)], [savedKey, backupKey]);
        expect(after, `${c.name}: saved answers unchanged`).toEqual(before);
      });
    }
  });
});
