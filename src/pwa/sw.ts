/**
 * The service worker (built by vite-plugin-pwa, strategy injectManifest; `self.__WB_MANIFEST` becomes
 * the list of `/sw/<lang>.json` files with their revisions, see src/pwa/packs.ts).
 *
 * It keeps files for offline use in one cache, each under the revision it was fetched for, and only
 * when a page asks (src/pwa/register.ts, src/pwa/OfflineCopy.astro):
 * - `page`: what the opened page needs again offline: itself, this script's fonts, and for the check,
 *   result and plan pages their scripts and strings. On a first visit these come from the browser's
 *   HTTP cache (`/_astro/*` is immutable, pages revalidate), so only what the page has not loaded yet
 *   (the check's chunks loaded on use) costs data.
 * - `full`: the language's full offline copy (its pack): on the family's say-so, never with Save-Data.
 * - `status`: whether the copy is complete, and how much is left to download.
 * Pages are served network first (4 s, then the kept copy); everything else from the kept copy first.
 *
 * A new release: the new worker, installing, fetches the packs of the languages in use; activated, it
 * deletes every kept file whose revision is not the new one before it serves anything, and fetches
 * the new versions of what was kept on the next page load (unless the browser asks to save data).
 * The caches of the earlier Workbox worker are taken over where their content is this release's.
 */
import { bytesOf, groupOf, type Pack } from './offline';

// Just the service-worker types this file uses (the webworker lib would clash with the DOM lib of the project).
interface ExtendableEvent extends Event { waitUntil(p: Promise<unknown>): void }
interface FetchEvent extends ExtendableEvent { request: Request; respondWith(r: Response | Promise<Response>): void }
interface MessageEventSW extends ExtendableEvent { data: unknown; source: { postMessage(m: unknown): void } | null }
interface SWScope {
  __WB_MANIFEST: { url: string; revision: string | null }[];
  location: Location;
  navigator: Navigator & { connection?: { saveData?: boolean } };
  clients: { claim(): Promise<void>; matchAll(o?: { type?: string; includeUncontrolled?: boolean }): Promise<{ postMessage(m: unknown): void }[]> };
  skipWaiting(): Promise<void>;
  /** this worker (Chrome 120+, Firefox 120+, Safari 17.4+) */
  serviceWorker?: { state: string };
  addEventListener(type: 'install' | 'activate', f: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', f: (e: FetchEvent) => void): void;
  addEventListener(type: 'message', f: (e: MessageEventSW) => void): void;
}
declare const self: SWScope;

const CACHE = 'bleibeweg-offline';
const REV = 'x-bleibeweg-rev';
const STATE = '/sw/state';
const packRev: Record<string, string> = {};
for (const e of self.__WB_MANIFEST) {
  const m = /^\/?sw\/([a-z]+)\.json$/.exec(e.url);
  if (m && e.revision) packRev[m[1]] = e.revision;
}
const packKey = (lang: string) => `/sw/${lang}.json?rev=${packRev[lang]}`;

/** What the family asked to keep: full copies by language; kept files a release changed, to fetch anew. */
interface State { full: string[]; refresh: string[] }

const open = () => caches.open(CACHE);
// a page may talk to this worker while it is still activating: its requests wait for the clean-up
let activated: () => void = () => undefined;
const ready = self.serviceWorker && self.serviceWorker.state !== 'activated' ? new Promise<void>((r) => (activated = r)) : Promise.resolve();
const saveData = () => !!self.navigator.connection?.saveData;
let stopped = false;

async function readState(): Promise<State> {
  const s = (await (await (await open()).match(STATE))?.json().catch(() => null)) as Partial<State> | null;
  return { full: Array.isArray(s?.full) ? s.full : [], refresh: Array.isArray(s?.refresh) ? s.refresh : [] };
}
let chain: Promise<unknown> = Promise.resolve();
/** State changes one after the other (messages may come in together). */
function changeState(f: (s: State) => State | void): Promise<State> {
  const next = chain.then(async () => {
    const s = await readState();
    const out = f(s) ?? s;
    await (await open()).put(STATE, new Response(JSON.stringify(out), { headers: { 'content-type': 'application/json' } }));
    return out;
  });
  chain = next.catch(() => undefined);
  return next;
}

const packs = new Map<string, Promise<Pack | null>>();
/** This release's pack of a language: kept in the cache under its revision, fetched once. */
function pack(lang: string): Promise<Pack | null> {
  if (!packs.has(lang)) {
    const p = (async () => {
      const cache = await open();
      let res = await cache.match(packKey(lang));
      if (!res) {
        const fresh = await fetch(`/sw/${lang}.json`, { cache: 'no-cache' });
        if (!fresh.ok) return null;
        await cache.put(packKey(lang), fresh.clone());
        res = fresh;
      }
      const data = (await res.json()) as Pack;
      return data?.v === 2 && data.files && typeof data.files === 'object' ? data : null;
    })().catch(() => null);
    p.then((v) => v || packs.delete(lang));
    packs.set(lang, p);
  }
  return packs.get(lang)!;
}

/** A response to keep, marked with the revision it was fetched for. */
function marked(res: Response, rev: string): Response {
  const headers = new Headers(res.headers);
  headers.delete('content-encoding');
  headers.delete('content-length');
  headers.set(REV, rev);
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}

async function missing(files: Record<string, [string, number]>, urls: string[]): Promise<string[]> {
  const cache = await open();
  const out: string[] = [];
  for (const u of urls) if ((await cache.match(u))?.headers.get(REV) !== files[u]?.[0]) out.push(u);
  return out;
}

/** Fetches what is not kept yet (the browser's HTTP cache answers for what the page has loaded). */
async function keep(p: Pack, urls: string[], progress?: () => void): Promise<boolean> {
  const cache = await open();
  const todo = await missing(p.files, urls.filter((u) => u in p.files));
  let ok = true;
  for (let i = 0; i < todo.length && !stopped; i += 4) {
    await Promise.all(todo.slice(i, i + 4).map(async (u) => {
      const res = await fetch(u, { credentials: 'same-origin' }).catch(() => null);
      if (res?.ok && res.type === 'basic') await cache.put(u, marked(res, p.files[u][0]));
      else ok = false;
    }));
    progress?.();
  }
  return ok && !stopped;
}

const loading = new Map<string, Promise<void>>();

async function status(lang: string) {
  const p = await pack(lang);
  const { full } = await readState();
  if (!p) return { type: 'offline-status', lang, state: 'unknown', left: 0 };
  const left = bytesOf(p, await missing(p.files, Object.keys(p.files)));
  const state = loading.has(lang) ? 'loading' : full.includes(lang) ? (left === 0 ? 'complete' : 'partial') : 'none';
  return { type: 'offline-status', lang, state, left };
}

async function tell(lang: string) {
  const s = await status(lang);
  for (const c of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) c.postMessage(s);
}

/** The full copy of a language; one download at a time per language. */
function keepAll(lang: string): Promise<void> {
  if (!loading.has(lang)) {
    const run = (async () => {
      const p = await pack(lang);
      if (!p) return;
      await changeState((s) => void (s.full.includes(lang) || s.full.push(lang)));
      let n = 0;
      await keep(p, Object.keys(p.files), () => ++n % 8 === 0 && void tell(lang));
    })().finally(() => {
      loading.delete(lang);
      return tell(lang);
    });
    loading.set(lang, run.then(() => undefined));
    void tell(lang);
  }
  return loading.get(lang)!;
}

/** After a release: fetch anew what was kept and changed, and finish full copies asked for. */
async function resume(): Promise<void> {
  if (saveData() || !self.navigator.onLine) return;
  const s = await readState();
  if (s.refresh.length) {
    for (const lang of Object.keys(packRev)) {
      const p = (await open().then((c) => c.match(packKey(lang)))) ? await pack(lang) : null;
      if (p) await keep(p, s.refresh.filter((u) => u in p.files));
    }
    await changeState((st) => void (st.refresh = []));
  }
  for (const lang of s.full) if (lang in packRev) await keepAll(lang);
}

type Message = { type: 'page'; lang: string; url: string; saveData?: boolean } | { type: 'full' | 'status'; lang: string; saveData?: boolean } | { type: 'stop' | 'SKIP_WAITING' };

self.addEventListener('message', (event) => {
  const m = event.data as Message | null;
  if (!m || typeof m !== 'object') return;
  if (m.type === 'SKIP_WAITING') return void self.skipWaiting();
  if (m.type === 'stop') return void (stopped = true);
  if (!('lang' in m) || typeof m.lang !== 'string' || !(m.lang in packRev)) return;
  const lang = m.lang;
  const job = (async () => {
    await ready;
    if (m.type === 'status') return event.source?.postMessage(await status(lang));
    if (m.type === 'full') {
      if (m.saveData || saveData()) return event.source?.postMessage({ type: 'offline-status', lang, state: 'saveData', left: 0 });
      return keepAll(lang);
    }
    if (m.type === 'page' && typeof m.url === 'string') {
      const p = await pack(lang);
      if (p) await keep(p, groupOf(p, m.url));
      if (!m.saveData) await resume();
    }
  })();
  event.waitUntil(job.catch(() => undefined));
});

self.addEventListener('install', (event) => {
  // the packs of the languages kept so far, in this release's version, before this worker can take over
  event.waitUntil((async () => {
    const keys = await (await open()).keys();
    const langs = new Set([...keys.map((k) => /^\/sw\/([a-z]+)\.json$/.exec(new URL(k.url).pathname)?.[1]), ...(await earlierCopies())].filter((l): l is string => !!l && l in packRev));
    const loaded = await Promise.all([...langs].map((l) => pack(l)));
    if (loaded.some((p) => !p)) throw new Error('pack not loaded');
  })());
});

/**
 * The Workbox worker of releases up to 2026-12 kept every visited language's pack in `bleibeweg-pages`
 * (marked `/sw-packs/<lang>`) and all shared files in `workbox-precache-…`. Their languages count as
 * kept, and files whose content is this release's are taken over instead of downloaded again.
 */
const earlierPages = 'bleibeweg-pages';
async function earlierCopies(): Promise<string[]> {
  if (!(await caches.has(earlierPages))) return [];
  const keys = await (await caches.open(earlierPages)).keys();
  return keys.map((k) => /^\/sw-packs\/([a-z]+)$/.exec(new URL(k.url).pathname)?.[1]).filter((l): l is string => !!l);
}
async function sha(res: Response): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await res.arrayBuffer()));
  return [...digest.slice(0, 6)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
async function takeOver(expected: Map<string, string>, cache: Cache) {
  for (const name of await caches.keys()) {
    if (name === CACHE) continue;
    const earlier = await caches.open(name);
    for (const req of await earlier.keys()) {
      const path = new URL(req.url).pathname;
      const want = expected.get(path);
      const res = want ? await earlier.match(req) : undefined;
      if (want && res?.ok && (await sha(res.clone())) === want) await cache.put(path, marked(res, want));
    }
    await caches.delete(name);
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    try {
      await cleanUp();
    } finally {
      activated();
    }
  })());
});

/** Keeps only this release's files: takes over unchanged copies of earlier workers, deletes the rest. */
async function cleanUp() {
  const cache = await open();
  const expected = new Map<string, string>();
  for (const lang of Object.keys(packRev)) {
    const p = (await cache.match(packKey(lang))) ? await pack(lang) : null;
    for (const [u, [rev]] of Object.entries(p?.files ?? {})) expected.set(u, rev);
  }
  const earlier = (await earlierCopies()).filter((l) => l in packRev);
  await takeOver(expected, cache); // and deletes earlier workers' caches
  const refresh: string[] = [];
  for (const req of await cache.keys()) {
    const url = new URL(req.url);
    if (url.pathname.startsWith('/sw/')) {
      const lang = /^\/sw\/([a-z]+)\.json$/.exec(url.pathname)?.[1];
      if (lang && url.pathname + url.search !== packKey(lang)) await cache.delete(req);
      continue;
    }
    const rev = (await cache.match(req))?.headers.get(REV);
    const want = expected.get(url.pathname);
    if (want && rev === want) continue;
    // an earlier release's file is never served again
    await cache.delete(req);
    if (want) refresh.push(url.pathname);
  }
  await changeState((s) => {
    s.refresh = [...new Set([...s.refresh, ...refresh])];
    s.full = [...new Set([...s.full, ...earlier])];
  });
  await self.clients.claim();
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || url.pathname === '/sw.js' || url.pathname.startsWith('/sw/')) return;
  if (req.mode === 'navigate') return event.respondWith(navigate(event, req, url.pathname));
  // by path: a static site's files do not change with the query (Pagefind adds `?ts=…` to bust caches)
  event.respondWith(open().then((c) => c.match(url.pathname)).then((hit) => hit ?? fetch(req)));
});

/** Network first; the kept copy when there is no network or it takes longer than 4 s. */
async function navigate(event: FetchEvent, req: Request, path: string): Promise<Response> {
  const cache = await open();
  const network = fetch(req);
  // a page the family opened: kept (if it belongs to a language's pack) in the version just loaded
  event.waitUntil(network.then((res) => (res.ok && res.type === 'basic' && !res.redirected ? keepOpened(path, res.clone()) : undefined)).catch(() => undefined));
  const kept = () => cache.match(path).then((hit) => hit ?? network);
  return Promise.race([network, new Promise<Response>((r) => setTimeout(() => r(kept()), 4000))]).catch(kept);
}

async function keepOpened(path: string, res: Response) {
  const lang = path.split('/')[1];
  const p = lang in packRev ? await pack(lang) : null;
  const rev = p?.files[path]?.[0];
  if (rev) await (await open()).put(path, marked(res, rev));
}
