#!/usr/bin/env node
// Size budget: per built page, gzip bytes of HTML, CSS and the JavaScript it loads up front
// (static imports followed, and dynamic import() too, except the chunks below that load only on use).
// Then a first visit measured in a browser (scripts/first-visit.mjs): every byte the server sends for
// /ar/, /fa/, /de/check/ and /ar/check/, the service worker and what it keeps included, at most 300 KB.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { onUseChunk } from './compile-hints.mjs';
import { measureFirstVisits } from './first-visit.mjs';

const dist = process.argv[2] ?? 'dist';
const KB = 1024;
const limits = {
  htmlCss: 14 * KB, // one TCP initial window
  contentJs: 2 * KB, // a service-worker/helper script at most
  // the questionnaire, result and plan pages (React runtime included). 110 KB until 2026-12-06; the revised
  // legal reference (§ 104c holder rules, family branches, both spouses' § 60d conditions, sentences, dated
  // parameters) added 5.1 KB gzip to the rules engine every app page runs (legal helper, issue 18)
  appJs: 116 * KB,
  firstVisit: 300 * KB, // everything a first visit costs, the service worker's downloads included
};
const firstVisitPages = ['/ar/', '/fa/', '/de/check/', '/ar/check/'];
const appPages = /^\/[a-z]+\/(check|result|plan|caseworker)\//;

// loaded on use: the question screens (after the family list, the first screen), caseworker mode's language box (once switched on), the review screen (end of the check, with its file transfer), the QR code library,
// and the workspace's code after its lock screen (WorkspaceSession: crypto and database, when a passphrase is typed; WorkspaceOpen: the families; WorkspacePrint: the sheets)
// (drawn once there is a plan). Any other dynamic import, such as the storage code that the islands ask
// for at start when answers are saved, counts as loaded up front (onUseChunk, shared with the compile hints).

const gz = (s) => gzipSync(s, { level: 9 }).length;
const read = (p) => readFileSync(p, 'utf8');

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === '_astro' || name === 'pagefind' ? [] : htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}

/** A JS file and everything it imports statically, each counted once. */
function jsClosure(url, seen) {
  if (seen.has(url)) return 0;
  seen.add(url);
  const file = join(dist, url);
  if (!existsSync(file)) return 0;
  const code = read(file);
  let total = gz(code);
  const statics = [...code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)];
  const dynamics = [...code.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)].filter((m) => !onUseChunk.test(m[1].split('/').pop()));
  for (const m of [...statics, ...dynamics]) {
    const target = m[1].startsWith('/') ? m[1] : '/' + relative(dist, join(dirname(file), m[1])).split(sep).join('/');
    total += jsClosure(target, seen);
  }
  return total;
}

function measure(file) {
  const html = read(file);
  let css = 0;
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) css += gz(read(join(dist, m[1])));
  const seen = new Set();
  let js = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /src="([^"]+)"/.exec(m[1]);
    if (src) js += jsClosure(src[1], seen);
    else if (!/type="application\/(ld\+)?json"/.test(m[1]) && m[2].trim()) {
      js += gz(m[2]);
      for (const imp of m[2].matchAll(/import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) js += jsClosure(imp[1], seen);
    }
  }
  for (const m of html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)) js += jsClosure(m[1], seen);
  const path = '/' + relative(dist, file).split(sep).join('/').replace(/index\.html$/, '');
  return { path, html: gz(html), css, js };
}

if (!existsSync(dist)) {
  console.error(`budget: ${dist}/ not found; run npm run build first`);
  process.exit(2);
}
const rows = htmlFiles(dist).map(measure).sort((a, b) => a.path.localeCompare(b.path));
if (rows.length === 0) {
  console.error(`budget: no pages in ${dist}/`);
  process.exit(2);
}
const failures = [];
const kb = (n) => (n / KB).toFixed(1).padStart(6);
console.log(`${'page'.padEnd(34)} ${'HTML'.padStart(6)} ${'CSS'.padStart(6)} ${'JS'.padStart(6)}  KB gzip`);
for (const r of rows) {
  const app = appPages.test(r.path);
  const jsLimit = app ? limits.appJs : limits.contentJs;
  const flags = [];
  if (r.html + r.css > limits.htmlCss) flags.push(`HTML+CSS > ${limits.htmlCss / KB} KB`);
  if (r.js > jsLimit) flags.push(`JS > ${jsLimit / KB} KB`);
  if (flags.length) failures.push(`${r.path}: ${flags.join(', ')}`);
  console.log(`${r.path.padEnd(34)} ${kb(r.html)} ${kb(r.css)} ${kb(r.js)}${flags.length ? '  ✗ ' + flags.join(', ') : ''}`);
}
const max = (k, f = () => true) => Math.max(0, ...rows.filter(f).map((r) => r[k] + (k === 'html' ? r.css : 0)));
console.log(`\n${rows.length} pages. Largest HTML+CSS: ${kb(max('html'))} KB; largest content-page JS: ${kb(max('js', (r) => !appPages.test(r.path)))} KB; largest app-page JS: ${kb(max('js', (r) => appPages.test(r.path)))} KB`);

console.log('\nFirst visit: a fresh Chromium as a Pixel 7, service worker allowed, until the network has been quiet for 3 s;');
console.log('every byte the server sent (headers included), gzip -6 and dist/_headers as a static host serves them; KB:');
const parts = ['page', 'scripts', 'fonts', 'strings', 'worker', 'search', 'other'];
console.log(`${'page'.padEnd(12)} ${'total'.padStart(6)}${parts.map((p) => p.padStart(8)).join('')} ${'requests'.padStart(9)}`);
for (const r of await measureFirstVisits(firstVisitPages, { dist, keep: '/ar/' })) {
  const over = r.bytes > limits.firstVisit;
  if (over) failures.push(`${r.path}: first visit ${kb(r.bytes).trim()} KB > ${limits.firstVisit / KB} KB`);
  console.log(`${r.path.padEnd(12)} ${kb(r.bytes)}${parts.map((p) => '  ' + kb(r.parts[p])).join('')} ${String(r.requests).padStart(9)}${over ? `  ✗ > ${limits.firstVisit / KB} KB` : ''}`);
  if (r.keep) console.log(`  then "keep this site on my phone" on ${r.path}: ${kb(r.keep.bytes).trim()} KB more in ${r.keep.requests} requests (copy complete: ${r.keep.complete ? 'yes' : 'NO'})`);
}

if (failures.length) {
  console.error(`\nbudget exceeded on ${failures.length} page(s):\n` + failures.join('\n'));
  process.exit(1);
}
console.log('budget: all pages within limits');
