/**
 * Content Security Policy: Astro's hash-based policy (meta tag) lets every script on the page run,
 * and nothing else; dist/_headers (scripts/headers.mjs) repeats each page's policy as a header.
 * Pages are picked from dist/, so this runs before every section of the site exists.
 */
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const built = (path: string) => existsSync(`dist${path}index.html`);
const candidates = ['', 'routes/25b/', 'routes/', 'check/', 'search/', 'result/', 'plan/'];
const sample = ['de', 'ar'].flatMap((lang) => candidates.map((p) => `/${lang}/${p}`)).filter(built);

function headersFile(): string {
  if (!existsSync('dist/_headers') || !readFileSync('dist/_headers', 'utf8').includes('Content-Security-Policy')) {
    execFileSync(process.execPath, ['scripts/headers.mjs', 'dist'], { stdio: 'pipe' });
  }
  return readFileSync('dist/_headers', 'utf8');
}

/** The header rules of one path in a Netlify-style _headers file. */
function headerRules(text: string, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  let current: string | null = null;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) current = line.trim();
    else if (current === path) {
      const i = line.indexOf(':');
      out[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return out;
}

const metaPolicy = (page: Page) => page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
const directive = (policy: string, name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(name + ' ')) ?? '';

/** Collects CSP complaints from the console and from securitypolicyviolation events. */
async function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => { if (/content security policy|refused to/i.test(m.text())) problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load (CSP ${e.violatedDirective}): ${e.blockedURI}`));
  });
  return problems;
}

async function exercise(page: Page, path: string) {
  if (path.endsWith('/search/')) {
    // Pagefind runs (script, worker, WebAssembly) and answers: neither "loading" nor "error"
    const form = page.locator('#search');
    const [loading, error] = await Promise.all([form.getAttribute('data-loading'), form.getAttribute('data-error')]);
    await page.locator('#q').fill('Duldung');
    await page.locator('#q').press('Enter');
    const status = page.locator('#search-status');
    await expect(status).not.toHaveText('', { timeout: 10_000 });
    await expect(status).not.toHaveText(loading ?? '\u0000', { timeout: 10_000 });
    await expect(status).not.toHaveText(error ?? '\u0000');
  }
}

test.describe('CSP', () => {
  test('the sample has pages', () => {
    expect(sample).toContain('/de/');
    expect(sample).toContain('/ar/');
  });

  for (const path of sample) {
    test(`${path}: meta policy without unsafe-inline, no CSP complaints`, async ({ page }) => {
      const problems = await watch(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      const policy = await metaPolicy(page);
      expect(policy, 'meta CSP present').toBeTruthy();
      const scriptSrc = directive(policy!, 'script-src');
      expect(scriptSrc).toMatch(/^script-src 'self'/);
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(policy).not.toMatch(/https?:\/\//); // no other origin is allowed anywhere
      await exercise(page, path);
      await page.waitForTimeout(300);
      expect(problems).toEqual([]);
    });
  }

  test('dist/_headers names each sampled page’s policy and the security headers', () => {
    const text = headersFile();
    const all = headerRules(text, '/*');
    expect(all['X-Content-Type-Options']).toBe('nosniff');
    expect(all['Referrer-Policy']).toBe('no-referrer');
    expect(all['X-Frame-Options']).toBe('DENY');
    expect(all['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(all['Permissions-Policy']).toContain('camera=()');
    for (const path of sample) {
      const html = readFileSync(`dist${path}index.html`, 'utf8');
      const rules = headerRules(text, path);
      expect(rules['Content-Security-Policy'], path).toContain("frame-ancestors 'none'");
      for (const hash of html.match(/'sha256-[^']+'/g) ?? []) expect(rules['Content-Security-Policy'], `${path} ${hash}`).toContain(hash);
    }
  });

  for (const path of sample.filter((p) => /^\/(de|ar)\/(search\/|check\/)?$/.test(p))) {
    test(`${path}: works with the policy delivered as a header`, async ({ page }) => {
      const text = headersFile();
      const problems = await watch(page);
      await page.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        const response = await route.fetch();
        const rules = { ...headerRules(text, '/*'), ...headerRules(text, url.pathname) };
        // the page may already have moved on (a late request at the end of the test): nothing to deliver then
        await route.fulfill({ response, headers: { ...response.headers(), ...Object.fromEntries(Object.entries(rules).map(([k, v]) => [k.toLowerCase(), v])) } })
          .catch((e: Error) => { if (!/disposed|closed/.test(e.message)) throw e; });
      });
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response?.headers()['content-security-policy']).toContain('script-src');
      await exercise(page, path);
      await page.waitForTimeout(300);
      expect(problems).toEqual([]);
      await page.unrouteAll({ behavior: 'ignoreErrors' });
    });
  }
});
