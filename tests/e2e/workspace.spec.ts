/**
 * The case managers' workspace (/de/caseworker/), as a case manager uses it on a laptop (1280×800): create
 * the workspace, add three families (one from a family's own saved file), record two meetings with changed
 * facts and read the change list, keep the plan's steps, print both sheets (read back with pdfinfo and
 * pdftotext), lock by timeout on a clock the test controls, unlock, export a family as an encrypted file and
 * open it in a fresh browser (wrong passphrase and changed bytes refused), remove a family and look into
 * IndexedDB for anything readable of it. Phone size: the lock screen and a family, in Persian, axe clean.
 */
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoAxeViolations } from './support/axe';

const passphrase = 'grüne Tasse am Fenster';
const filePass = 'Datei für Frau Yilmaz 2026';
const fixture = (name: string) => readFileSync(`tests/fixtures/workspace/${name}`, 'utf8');
const serbian = () => JSON.stringify({ app: 'bleibeweg', schema: 2, savedAt: '2026-11-28T09:00:00.000Z', household: JSON.parse(readFileSync('tests/fixtures/households/serbian-family.json', 'utf8')), progress: { asked: [], current: null, history: [], done: true } });
const de = JSON.parse(readFileSync('locales/de/workspace.json', 'utf8'));
const norm = (s: string) => s.normalize('NFKC').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\u00ad]|\p{M}/gu, '').replace(/\s+/g, ' ');
/** Most words (3+ letters) of a screen text are in the PDF text (pdftotext splits Arabic-script words). */
function printed(pdfText: string, screenText: string) {
  const hay = pdfText.replace(/\s/g, '');
  const words = norm(screenText).match(/\p{L}{3,}/gu) ?? [];
  return words.length > 0 && words.filter((w) => hay.includes(w)).length >= Math.ceil(words.length * 0.8);
}

async function file(page: Page, testid: string, name: string, text: string) {
  await page.getByTestId(testid).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

async function create(page: Page, pass = passphrase) {
  await page.goto('/de/caseworker/');
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  await page.getByTestId('passphrase').fill(pass);
  await page.getByTestId('passphrase-repeat').fill(pass);
  await page.getByTestId('create-workspace').click();
  await expect(page.getByTestId('lock-now')).toBeVisible({ timeout: 20_000 });
}

async function addFamily(page: Page, label: string, language: string) {
  await page.getByTestId('add-family').click();
  await page.getByTestId('family-label').fill(label);
  await page.getByTestId('family-language').selectOption(language);
  await page.getByTestId('add-family-confirm').click();
  await expect(page.locator('.ws-family h1')).toHaveText(label);
}

async function unlock(page: Page, pass = passphrase) {
  await page.getByTestId('passphrase').fill(pass);
  await page.getByTestId('unlock').click();
  await expect(page.getByTestId('lock-now')).toBeVisible({ timeout: 20_000 });
}

const openFamily = (page: Page, label: string) => page.getByTestId('open-family').filter({ hasText: label }).click();

/** Prints what the preview shows to an A4 PDF and returns its page count and text. */
async function printSheet(page: Page, button: string, dir: string, name: string) {
  await page.getByTestId(button).click();
  await expect(page.getByTestId('print-preview')).toHaveAttribute('data-ready', 'true');
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBeGreaterThan(0);
  const pdf = join(dir, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(dir, name)]);
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const text = norm(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
  await page.getByTestId('print-close').click();
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), a4: /Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/.test(info), text };
}

test.describe('workspace on a laptop @desktop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a morning of three families: meetings, changes, steps, printouts, timeout, export, removal', async ({ page, browser }, info) => {
    test.skip(info.project.name !== 'desktop', 'the morning at a laptop runs once, at laptop size');
    test.setTimeout(300_000);
    const dir = mkdtempSync(join(tmpdir(), 'workspace-'));
    if (process.env.KEEP_PDF) console.log('PDF dir', dir);
    await page.clock.install({ time: new Date('2026-12-06T08:30:00') });
    await page.addInitScript(() => { (window as unknown as { printed: number }).printed = 0; window.print = () => { (window as unknown as { printed: number }).printed++; }; });

    // the family pages link here from the help page only
    await page.goto('/de/help/');
    await expect(page.locator('a[href="/de/caseworker/"]')).toBeVisible();
    await page.goto('/de/');
    await expect(page.locator('a[href="/de/caseworker/"]')).toHaveCount(0);

    await page.goto('/de/caseworker/');
    await expectNoAxeViolations(page);
    await create(page);
    await expectNoAxeViolations(page);

    // 1. Familie am Kanal (Farsi): facts from their September file
    await addFamily(page, 'Fam. K. (Kanal)', 'fa');
    await file(page, 'facts-file', 'bleibeweg-answers-2026-09-01.json', fixture('amir-1-september.json'));
    await expect(page.getByTestId('facts-done')).toBeVisible();
    await expect(page.getByTestId('people')).toContainText('Amir');
    await page.getByTestId('meeting-date').fill('2026-09-01');
    await page.getByTestId('record-meeting').click();
    await expect(page.getByTestId('no-changes')).toContainText('1. September 2026');

    // 2. a family's own saved file, opened from the list
    await page.getByTestId('to-list').click();
    await file(page, 'import-file', 'bleibeweg-answers-2026-11-28.json', serbian());
    await expect(page.getByTestId('add-from-file')).toContainText('mother');
    await page.getByTestId('family-label').fill('Akte 2026-114');
    await page.getByTestId('family-language').selectOption('sr');
    await page.getByTestId('add-family-confirm').click();
    await expect(page.locator('.ws-family h1')).toHaveText('Akte 2026-114');
    await page.getByTestId('next-appointment').fill('2027-01-14');
    await page.getByTestId('save-details').click();
    await expect(page.locator('.ws-meta')).toContainText('14. Januar 2027');

    // 3. a family without facts yet
    await page.getByTestId('to-list').click();
    await addFamily(page, 'R. (neu)', 'ar');
    await page.getByTestId('to-list').click();
    await expect(page.locator('[data-family]')).toHaveCount(3);
    await expect(page.locator('[data-family]').filter({ hasText: 'Akte 2026-114' }).getByTestId('glance-deadline')).not.toHaveText('–');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: join(dir, 'list.png') });

    // the Kanal family comes back in December: Amir works, the livelihood is mostly their own
    await openFamily(page, 'Fam. K. (Kanal)');
    await file(page, 'facts-file', 'bleibeweg-answers-2026-12-06.json', fixture('amir-2-december.json'));
    const changes = page.getByTestId('change-list');
    await expect(changes).toBeVisible();
    await expect(changes.locator('li').filter({ hasText: /^Amir: .*§ 25b\).*jetzt: kann passen\. Vorher: es fehlt: Lebensunterhalt/ })).toHaveCount(1);
    await page.getByTestId('record-meeting').click();
    await expect(page.getByTestId('no-changes')).toContainText('6. Dezember 2026');

    // steps: Amir's work step with the job centre, a goal
    const amir = page.locator('.ws-member-steps[data-member="pamir000001"]');
    await amir.getByTestId('goal').fill('Aufenthalt nach § 25b beantragen');
    await amir.getByTestId('goal').blur();
    const work = amir.locator('tr[data-step="apply:25b"]');
    await work.getByTestId('step-state').selectOption('in-progress');
    await work.getByTestId('step-who').selectOption('counselling');
    await work.getByTestId('step-date').fill('2027-01-31');
    await work.getByTestId('step-note').fill('Termin Beratung, Lohnabrechnungen mitbringen');
    await work.getByTestId('step-note').blur();
    await expect(work).toHaveAttribute('data-state', 'in-progress');

    // the second meeting of the day brings another change (Sara: German B1, a training contract)
    await file(page, 'facts-file', 'bleibeweg-answers-later.json', fixture('amir-3-later.json'));
    await expect(changes.locator('li').filter({ hasText: /^Sara: / }).first()).toBeVisible();
    await expect(changes).not.toContainText('Amir:');

    // caseworker mode: Farsi beside German, inside the workspace too
    await page.getByTestId('caseworker-on').click();
    await page.locator('.second-language select').selectOption('fa');
    await expect(page.locator('.ws-family .pair-second[lang="fa"]').first()).toBeVisible();
    await expect(page.locator('[data-testid="changes"] h2 .pair-second')).toHaveText(JSON.parse(readFileSync('locales/fa/workspace.json', 'utf8')).changes.title);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: join(dir, 'family-de-fa.png'), fullPage: true });

    // both printouts
    const family = await printSheet(page, 'print-family', dir, 'family');
    expect(family.a4).toBe(true);
    // as long as the plan page prints it for them (src/plan decides the steps): 8 pages today for three people
    expect(family.pages).toBeLessThanOrEqual(3 * 3);
    const fa = JSON.parse(readFileSync('locales/fa/plan.json', 'utf8'));
    const dePlan = JSON.parse(readFileSync('locales/de/plan.json', 'utf8'));
    expect(printed(family.text, fa.planPage.title)).toBe(true);
    expect(printed(family.text, dePlan.planPage.title)).toBe(true);
    expect(family.text).toContain('Amir');
    const caseFile = await printSheet(page, 'print-case', dir, 'case');
    expect(caseFile.a4).toBe(true);
    expect(caseFile.pages).toBe(1);
    for (const s of ['Integrationsplan', 'Fam. K. (Kanal)', 'Aufenthalt nach § 25b beantragen', 'Lohnabrechnungen mitbringen', de.state['in-progress'], de.responsible.counselling, 'Amir', 'Sara', 'Navid']) {
      expect(caseFile.text, s).toContain(norm(s));
    }

    // the family's phone: the plan link as a QR code
    await page.getByTestId('show-phone-link').click();
    await expect(page.getByTestId('phone-qr').locator('svg')).toBeVisible();

    // an encrypted file for a colleague
    await page.getByTestId('export-passphrase').fill(filePass);
    await page.getByTestId('export-passphrase-repeat').fill(filePass);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-family').click()]);
    expect(download.suggestedFilename()).toMatch(/^bleibeweg-family-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = readFileSync((await download.path())!, 'utf8');
    for (const secret of ['Kanal', '"Amir"', '"label"', 'Lohnabrechnungen', '1987-04-02']) expect(exported).not.toContain(secret);

    // ten minutes without use: locked
    await page.clock.fastForward('10:05');
    await expect(page.getByTestId('lock-screen')).toBeVisible();
    await expect(page.getByTestId('lock-reason')).toContainText('10 Minuten');
    await expect(page.locator('body')).not.toContainText('Kanal');
    await page.getByTestId('passphrase').fill('grüne Tasse am fenster');
    await page.getByTestId('unlock').click();
    await expect(page.getByTestId('lock-error')).toContainText(de.workspace.wrongPassphrase);
    await unlock(page);
    await expect(page.locator('[data-family]')).toHaveCount(3);

    // the family pages on this browser know nothing of the workspace
    const family2 = await page.context().newPage();
    await family2.goto('/de/plan/');
    await expect(family2.getByTestId('plan-status')).toContainText('noch keine Antworten');
    expect(await family2.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('bleibeweg:answers')))).toEqual([]);
    await family2.close();

    // a colleague opens the file in another browser: wrong passphrase, changed bytes, then the right one
    const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const colleague = await other.newPage();
    await create(colleague, 'Kollegin im Nachbarbüro');
    const changed = exported.replace(/"data": "(.{10})(.)/, (_, a: string, c: string) => `"data": "${a}${c === 'A' ? 'B' : 'A'}`);
    await file(colleague, 'import-file', 'bleibeweg-family.json', changed);
    await colleague.getByTestId('file-passphrase').fill(filePass);
    await colleague.getByTestId('file-open').click();
    await expect(colleague.getByTestId('file-error')).toContainText(de.workspace.file.changed);
    await colleague.getByRole('button', { name: de.add.cancel }).click();
    await file(colleague, 'import-file', 'bleibeweg-family.json', exported.slice(0, 200));
    await expect(colleague.getByTestId('file-error')).toContainText(de.workspace.file.damaged);
    await file(colleague, 'import-file', 'bleibeweg-family.json', exported);
    await colleague.getByTestId('file-passphrase').fill('Kollegin im Nachbarbüro');
    await colleague.getByTestId('file-open').click();
    await expect(colleague.getByTestId('file-error')).toContainText(de.workspace.file.wrongPassphrase);
    await colleague.getByTestId('file-passphrase').fill(filePass);
    await colleague.getByTestId('file-open').click();
    await expect(colleague.locator('.ws-family h1')).toHaveText('Fam. K. (Kanal)');
    await expect(colleague.locator('.ws-member-steps[data-member="pamir000001"] tr[data-step="apply:25b"]')).toHaveAttribute('data-state', 'in-progress');
    await other.close();

    // end of the consultation: close (locks), then remove the family from this device
    await openFamily(page, 'Fam. K. (Kanal)');
    await page.getByTestId('close-family').click();
    await expect(page.getByTestId('lock-reason')).toContainText(de.lock.reason.closed);
    await unlock(page);
    await openFamily(page, 'Fam. K. (Kanal)');
    await page.getByTestId('remove-family').click();
    await page.getByTestId('remove-confirm').click();
    await expect(page.locator('[data-family]')).toHaveCount(2);
    const raw = await page.evaluate(() => new Promise<{ count: number; text: string }>((resolve) => {
      const r = indexedDB.open('bleibeweg-workspace');
      r.onsuccess = () => {
        const tx = r.result.transaction(['meta', 'families']);
        const a = tx.objectStore('families').getAll();
        const b = tx.objectStore('meta').getAll();
        tx.oncomplete = () => { resolve({ count: a.result.length, text: JSON.stringify([a.result, b.result]) }); r.result.close(); };
      };
    }));
    expect(raw.count).toBe(2);
    // quotes, spaces and dashes never occur in base64: none of these can be there by chance
    for (const secret of ['Fam. K. (Kanal)', 'Akte 2026-114', '"Amir"', '"Sara"', '"mother"', '"label"', '"household"', 'Lohnabrechnungen', '2027-01-14']) expect(raw.text).not.toContain(secret);
  });
});

test('phone: lock screen and a family in Persian, right to left, axe clean, nothing wider than the screen', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'phone size');
  test.setTimeout(120_000);
  await page.goto('/fa/caseworker/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoAxeViolations(page);
  await page.getByTestId('passphrase').fill(passphrase);
  await page.getByTestId('passphrase-repeat').fill(passphrase);
  await page.getByTestId('create-workspace').click();
  await expect(page.getByTestId('lock-now')).toBeVisible({ timeout: 20_000 });
  await page.getByTestId('add-family').click();
  await page.getByTestId('family-label').fill('خانوادهٔ ک.');
  await page.getByTestId('add-family-confirm').click();
  await file(page, 'facts-file', 'answers.json', fixture('amir-2-december.json'));
  await expect(page.getByTestId('steps')).toBeVisible();
  await expectNoAxeViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await page.screenshot({ path: join(mkdtempSync(join(tmpdir(), 'workspace-phone-')), 'family-fa.png'), fullPage: true });
  await page.getByTestId('lock-now').click();
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  await expectNoAxeViolations(page);
});
