/**
 * One digit system per language, on every built page and in every string file the islands fetch: ar Western
 * 0–9, fa and ps Persian ۰–۹, ckb Arabic-Indic ٠–٩, all others Western; no Cyrillic in Serbian (Latin) text.
 * Text marked as another language (lang="de" isolates, language names), citations, URLs and code are not
 * counted. Runs on dist/ after the build, without a browser.
 */
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { builtPages } from './support/pages';
import { textPieces, scriptFindings, jsonPieces, summarize } from './support/built-text';

test('built pages use their language\'s digits, and Serbian pages Latin script', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(300);
  const findings = pages.flatMap((p) => scriptFindings(p, textPieces(readFileSync(`dist${p}index.html`, 'utf8'))));
  expect(findings.length, `\n${summarize(findings)}\n`).toBe(0);
});

test('the strings the islands fetch use their language\'s digits and script', () => {
  const langs = readdirSync('dist/i18n');
  expect(langs.length).toBe(12);
  const findings = langs.flatMap((lang) => readdirSync(`dist/i18n/${lang}`).filter((f) => f.endsWith('.json')).flatMap((f) => {
    const file = `dist/i18n/${lang}/${f}`;
    return existsSync(file) ? scriptFindings(`/i18n/${lang}/${f}`, jsonPieces(readFileSync(file, 'utf8'), lang)) : [];
  }));
  expect(findings.length, `\n${summarize(findings)}\n`).toBe(0);
});
