import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildHeaders } from '../../../scripts/headers.mjs';
import { parseHeaders } from '../../../scripts/static-host.mjs';

/** The headers a host sends for a path: every matching rule, and which header came from two rules. */
function headersFor(text: string, path: string) {
  const out: Record<string, string> = {};
  const twice: string[] = [];
  for (const rule of parseHeaders(text)) {
    if (!rule.pattern.test(path)) continue;
    for (const [k, v] of rule.headers) {
      if (k in out) twice.push(k);
      out[k] = v;
    }
  }
  return { out, twice };
}

describe('dist/_headers: caching', () => {
  const dir = mkdtempSync(join(tmpdir(), 'headers-'));
  mkdirSync(join(dir, 'ar/check'), { recursive: true });
  const meta = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'">`;
  writeFileSync(join(dir, 'index.html'), `<html><head>${meta}</head></html>`);
  writeFileSync(join(dir, 'ar/check/index.html'), `<html><head>${meta}</head></html>`);
  const { text, pages } = buildHeaders(dir);

  it('serves hashed build files as immutable for a year', () => {
    expect(pages).toBe(2);
    const { out, twice } = headersFor(text, '/_astro/client.CTOgu3TE.js');
    expect(out['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(out['X-Content-Type-Options']).toBe('nosniff');
    expect(twice).toEqual([]);
  });

  it('has pages, strings, the search index and the pack lists revalidated, the worker never cached', () => {
    for (const path of ['/', '/ar/check/', '/i18n/ar/check.json', '/pagefind/pagefind.js', '/sw/ar.json']) {
      const { out, twice } = headersFor(text, path);
      expect(out['Cache-Control'], path).toBe('public, max-age=0, must-revalidate');
      expect(twice, path).toEqual([]);
    }
    expect(headersFor(text, '/ar/check/').out['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headersFor(text, '/sw.js').out['Cache-Control']).toBe('no-cache');
  });
});
