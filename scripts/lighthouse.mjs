#!/usr/bin/env node
/**
 * `npm run lighthouse` — Lighthouse 12 (mobile, simulated throttling: the defaults) against
 * `astro preview` of the built site (run `npm run build` first).
 *
 * For /de/ and /ar/ × home, a route page, the check and the plan: 3 runs each, the median score
 * per category, the audits that fail, and a final table. Exits 1 when a target is missed
 * (performance ≥ 98, accessibility 100, best practices 100, SEO ≥ 95) unless --report-only.
 *
 * Options: --report-only   --runs N   --paths de/,ar/check/   --port 4322
 *          --save DIR   (writes each run's full Lighthouse JSON report there, to see what to fix)
 * Env: CHROMIUM_PATH (default /usr/bin/chromium)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const reportOnly = args.includes('--report-only');
const runs = Number(opt('runs', 3));
const port = Number(opt('port', 4322));
const saveDir = opt('save', null);
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const langs = ['de', 'ar'];
const pages = [['home', ''], ['route', 'routes/25b/'], ['check', 'check/'], ['plan', 'plan/']];
const paths = opt('paths', null)?.split(',').map((p) => p.replace(/^\/?/, '')) ?? langs.flatMap((l) => pages.map(([, p]) => `${l}/${p}`));

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const targets = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 95 };
const short = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'best', seo: 'seo' };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : Math.round((s[s.length / 2 - 1] + s[s.length / 2]) / 2);
};

/** Starts `astro preview` and resolves with its base URL once it answers. */
async function startPreview() {
  if (!existsSync('dist')) throw new Error('dist/ not found: run `npm run build` first');
  const child = spawn(process.execPath, ['node_modules/astro/astro.js', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group, so stop() ends the server and anything it spawned
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited:\n${out}`);
    // Vite picks another port when ours is taken: read the one it printed
    const printed = /http:\/\/127\.0\.0\.1:(\d+)/.exec(out.replace(/\x1b\[[0-9;]*m/g, ''));
    if (printed) {
      const base = `http://127.0.0.1:${printed[1]}`;
      try {
        const res = await fetch(`${base}/`);
        if (res.status < 500) return { base, stop };
      } catch {
        /* not yet */
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`astro preview did not start within 60 s:\n${out}`);
}

async function runOnce(url) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    if (saveDir) {
      mkdirSync(saveDir, { recursive: true });
      const name = new URL(url).pathname.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'root';
      writeFileSync(`${saveDir}/${name}-${Date.now()}.json`, JSON.stringify(lhr));
    }
    const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    const failing = [];
    for (const c of categories) {
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const a = lhr.audits[ref.id];
        if (!a || a.score === null || ['informative', 'notApplicable', 'manual', 'error'].includes(a.scoreDisplayMode)) continue;
        if (a.score < (a.scoreDisplayMode === 'binary' ? 1 : 0.9)) failing.push(`${short[c]}:${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      }
    }
    return { scores, failing: [...new Set(failing)], benchmark: Math.round(lhr.environment?.benchmarkIndex ?? 0) };
  } finally {
    await chrome.kill();
  }
}

async function main() {
  const { base, stop } = await startPreview();
  const rows = [];
  const skipped = [];
  const exitOn = () => {
    stop();
    process.exit(130);
  };
  process.on('SIGINT', exitOn);
  process.on('SIGTERM', exitOn);
  try {
    console.log(`lighthouse: ${base}, ${runs} run(s) per page, mobile, simulated throttling`);
    for (const path of paths) {
      const url = `${base}/${path}`;
      const res = await fetch(url).catch(() => null);
      if (!res || res.status !== 200) {
        console.log(`\n/${path}: skipped (HTTP ${res ? res.status : 'no answer'}; the page does not exist yet)`);
        skipped.push(`/${path}`);
        continue;
      }
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await runOnce(url));
      const scores = Object.fromEntries(categories.map((c) => [c, median(results.map((r) => r.scores[c]))]));
      // one line per failing audit: the values seen and in how many runs it failed
      const byId = new Map();
      for (const r of results) for (const f of r.failing) {
        const [, id, value] = /^([^ ]+)(?: \((.*)\))?$/.exec(f);
        const seen = byId.get(id) ?? { runs: 0, values: [] };
        seen.runs++;
        if (value) seen.values.push(value);
        byId.set(id, seen);
      }
      const failing = [...byId].map(([id, v]) => `${id}${v.values.length ? ` (${v.values.join(' / ')})` : ''}${runs > 1 ? ` [${v.runs}/${runs} runs]` : ''}`);
      const runsText = categories.map((c) => `${short[c]} ${results.map((r) => r.scores[c]).join('/')}`).join(', ');
      // Lighthouse's CPU benchmark of this machine: far below ~1000 means a busy or slow machine, and
      // simulated performance scores are then lower than a phone would see
      const bench = results.map((r) => r.benchmark).join('/');
      console.log(`\n/${path}: ${categories.map((c) => `${short[c]} ${scores[c]}`).join(', ')}   (runs: ${runsText}; CPU benchmark ${bench})`);
      for (const f of failing) console.log(`  ✗ ${f}`);
      rows.push({ path: `/${path}`, scores, failing });
    }
  } finally {
    stop();
  }

  const missed = [];
  console.log(`\n${'page'.padEnd(22)} ${categories.map((c) => short[c].padStart(5)).join(' ')}`);
  console.log(`${'target'.padEnd(22)} ${categories.map((c) => `${c === 'performance' || c === 'seo' ? '≥' : ''}${targets[c]}`.padStart(5)).join(' ')}`);
  for (const r of rows) {
    const cells = categories.map((c) => {
      const ok = r.scores[c] >= targets[c];
      if (!ok) missed.push(`${r.path} ${c} ${r.scores[c]} < ${targets[c]}`);
      return `${r.scores[c]}${ok ? ' ' : '✗'}`.padStart(5);
    });
    console.log(`${r.path.padEnd(22)} ${cells.join(' ')}`);
  }
  for (const s of skipped) console.log(`${s.padEnd(22)} skipped (not built)`);
  if (!rows.length) {
    console.error('\nlighthouse: no page could be measured');
    process.exit(reportOnly ? 0 : 1);
  }
  if (missed.length) {
    console.error(`\nlighthouse: ${missed.length} target(s) missed:\n  ${missed.join('\n  ')}`);
    process.exit(reportOnly ? 0 : 1);
  }
  console.log('\nlighthouse: all targets met');
}

main().catch((e) => {
  console.error(`lighthouse: ${e.message}`);
  process.exit(2);
});
