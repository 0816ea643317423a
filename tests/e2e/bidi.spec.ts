/**
 * Right-to-left content pages, read from the built HTML: every citation, German term and number sits in an
 * isolate, German carries lang="de", and a citation is one left-to-right run (so "§ 25 Abs. 5" cannot be
 * shown as "(Abs. 5 25 §)"). Content pages: home, routes, basics, glossary, help (the check, result and plan
 * islands are tested by their own specs). Runs on dist/ after the build, without a browser.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages } from './support/pages';
import { textPieces, bidiFindings, summarize } from './support/built-text';

const rtl = ['ar', 'fa', 'ps', 'ckb'];
const contentPage = /^\/(ar|fa|ps|ckb)\/(?:$|routes\/|basics\/|glossary\/$|help\/$)/;

test('right-to-left content pages isolate every citation, German term and number', () => {
  const pages = builtPages().filter((p) => contentPage.test(p));
  expect(pages.length).toBeGreaterThanOrEqual(rtl.length * 20);
  const findings = pages.flatMap((p) => {
    const html = readFileSync(`dist${p}index.html`, 'utf8');
    return bidiFindings(p, textPieces(html, ['main', 'footer']), p.split('/')[1]);
  });
  expect(findings.length, `\n${summarize(findings)}\n`).toBe(0);
});

test('a citation in Arabic text is one isolated German run', () => {
  const html = readFileSync('dist/ar/routes/25-5/index.html', 'utf8');
  expect(html).toMatch(/<h1[^>]*>[^<]*<bdi lang="de" dir="ltr"[^>]*>\(§ 25 Abs\. 5\)<\/bdi><\/h1>/);
});
