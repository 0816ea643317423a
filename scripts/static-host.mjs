/**
 * A tiny static host for dist/, as Netlify or Cloudflare Pages would serve it, for measuring what a
 * visit costs (scripts/budget.mjs) and for browser tests that need real caching headers:
 * - the rules of dist/_headers (a later rule's header replaces an earlier one of the same name; the
 *   hosts join them, so scripts/headers.mjs never sets one header in two matching rules);
 * - `Cache-Control: public, max-age=0, must-revalidate` where _headers sets none (both hosts' default);
 * - a strong ETag per file, answered with 304 when the browser revalidates;
 * - gzip (level 6, a host's usual level) for text types, when the browser accepts it;
 * - `/dir` → 301 `/dir/`, `/dir/` → `dir/index.html`, 404 otherwise.
 * It counts every byte it sends (status line, headers and body) per request, and knows when the
 * network has been quiet for a while.
 *
 * @example const host = await startStaticHost({ dist: 'dist' }); …; host.bytes(); await host.close();
 */
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8',
};
const compressible = /^(text\/|application\/(json|manifest\+json|javascript)|image\/svg)/;

/** dist/_headers → [{ pattern: RegExp, headers: [name, value][] }] (Netlify format: `*` matches anything). */
export function parseHeaders(text) {
  const rules = [];
  let current = null;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      current = { pattern: new RegExp(`^${source}$`), headers: [] };
      rules.push(current);
    } else if (current) {
      const i = line.indexOf(':');
      if (i > 0) current.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/**
 * @param {{ dist?: string, port?: number, transform?: (path: string, body: Buffer) => Buffer | string | undefined, delay?: (path: string) => number }} [options]
 *   transform: replace a file's body (tests play a new release with it); delay: ms before answering a path.
 */
export function startStaticHost({ dist = 'dist', port = 0, transform, delay } = {}) {
  const rulesFile = join(dist, '_headers');
  const rules = existsSync(rulesFile) ? parseHeaders(readFileSync(rulesFile, 'utf8')) : [];
  /** @type {{ method: string, path: string, status: number, bytes: number, type: string, at: number, saveData: boolean, sw: boolean }[]} */
  const log = [];
  let inFlight = 0;
  let lastActivity = Date.now();

  const server = createServer((req, res) => {
    inFlight++;
    lastActivity = Date.now();
    const url = new URL(req.url ?? '/', 'http://host');
    const path = decodeURIComponent(url.pathname);
    const entry = { method: req.method ?? 'GET', path: url.pathname + url.search, status: 0, bytes: 0, type: '', at: Date.now(), saveData: req.headers['save-data'] === 'on', sw: req.headers['service-worker'] === 'script' || /serviceworker/i.test(String(req.headers['sec-fetch-dest'] ?? '')) };
    log.push(entry);
    const finish = () => {
      inFlight--;
      lastActivity = Date.now();
    };
    res.on('close', finish);

    const send = (status, headers, body) => {
      const head = Object.entries(headers).reduce((n, [k, v]) => n + k.length + String(v).length + 4, `HTTP/1.1 ${status} X\r\n\r\n`.length);
      entry.status = status;
      entry.type = String(headers['Content-Type'] ?? '');
      entry.bytes = head + (body ? body.length : 0);
      res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
    };

    const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
    let file = join(dist, safe);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) return send(301, { Location: path + '/' + url.search }, null);
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || statSync(file).isDirectory()) return send(404, { 'Content-Type': 'text/plain' }, Buffer.from('not found'));

    let body = readFileSync(file);
    const changed = transform?.(path, body);
    if (changed !== undefined) body = Buffer.from(changed);
    const type = types[extname(file)] ?? 'application/octet-stream';
    /** @type {Record<string, string>} */
    const headers = { 'Content-Type': type };
    for (const rule of rules) if (rule.pattern.test(path)) for (const [k, v] of rule.headers) headers[k] = v;
    headers['Cache-Control'] ??= 'public, max-age=0, must-revalidate';
    headers.ETag = `"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`;
    const gzip = compressible.test(headers['Content-Type']) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (compressible.test(headers['Content-Type'])) headers.Vary = 'Accept-Encoding';

    const answer = () => {
      if (req.headers['if-none-match'] === headers.ETag) return send(304, { ETag: headers.ETag, 'Cache-Control': headers['Cache-Control'] }, null);
      if (gzip) {
        body = gzipSync(body, { level: 6 });
        headers['Content-Encoding'] = 'gzip';
      }
      headers['Content-Length'] = String(body.length);
      send(200, headers, body);
    };
    const wait = delay?.(path) ?? 0;
    if (wait > 0) setTimeout(answer, wait);
    else answer();
  });

  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({
        base: `http://127.0.0.1:${actual}`,
        log,
        /** Bytes sent since the start (or since `from`, an index into the log). */
        bytes: (from = 0) => log.slice(from).reduce((n, e) => n + e.bytes, 0),
        /** Resolves once no request has been open for `quietMs` (or after `maxMs`). */
        quiet: async (quietMs = 2500, maxMs = 60_000) => {
          const start = Date.now();
          while (Date.now() - start < maxMs) {
            if (inFlight === 0 && Date.now() - lastActivity >= quietMs) return true;
            await new Promise((r) => setTimeout(r, 100));
          }
          return false;
        },
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r(undefined)); }),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[3] ?? 4399);
  const host = await startStaticHost({ dist: process.argv[2] ?? 'dist', port });
  console.log(`static host: ${host.base}/ (Ctrl-C to stop)`);
}
