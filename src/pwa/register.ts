/**
 * Service-worker registration for every page (hand-written instead of `virtual:pwa-register`, whose
 * workbox-window would blow the 2 KB content-page budget):
 * - registers `/sw.js`; the first install takes control at once (clientsClaim);
 * - an update waits until the person presses "reload" in the notice `#sw-update` (Base.astro); then the
 *   page reloads once the new worker controls it, or after two seconds in any case: Chromium keeps the
 *   new worker waiting while the old one is busy (the offline pack download) and, seen in tests, may keep
 *   it waiting after that too until the page reloads;
 * - after load, fetches this language's offline pack (see src/pwa/options.ts) into the page cache,
 *   once per pack revision, unless the browser asks to save data. Same origin only.
 */
const sw = navigator.serviceWorker;
const cacheName = 'bleibeweg-pages';
let stopWarming = false;

async function warm(lang: string) {
  const conn = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (conn?.saveData || !('caches' in window)) return;
  const res = await fetch('/sw-packs.json');
  if (!res.ok) return;
  const pack = ((await res.json()) as { packs?: Record<string, { rev: string; urls: string[] }> }).packs?.[lang];
  if (!pack) return;
  const cache = await caches.open(cacheName);
  const marker = `/sw-packs/${lang}`;
  if ((await (await cache.match(marker))?.text()) === pack.rev) return;
  const urls = pack.urls.filter((u) => u.startsWith('/') && !u.startsWith('//'));
  for (let i = 0; i < urls.length && !stopWarming; i += 4) {
    await Promise.all(urls.slice(i, i + 4).map((u) => cache.add(u).catch(() => undefined)));
  }
  if (!stopWarming) await cache.put(marker, new Response(pack.rev));
}

if (sw) {
  let reloading = false;
  const reloadOnce = () => {
    if (reloading) return;
    reloading = true;
    location.reload();
  };
  const box = document.getElementById('sw-update');
  const show = (waiting: ServiceWorker) => {
    const button = box?.querySelector('button');
    if (!box || !button) return;
    button.onclick = () => {
      stopWarming = true;
      sw.addEventListener('controllerchange', reloadOnce);
      waiting.postMessage({ type: 'SKIP_WAITING' });
      setTimeout(reloadOnce, 2000);
    };
    box.querySelector<HTMLElement>('[hidden]')?.removeAttribute('hidden');
  };
  addEventListener('load', () => {
    sw.register('/sw.js', { scope: '/' })
      .then((reg) => {
        if (reg.waiting && sw.controller) show(reg.waiting);
        reg.addEventListener('updatefound', () => {
          const next = reg.installing;
          next?.addEventListener('statechange', () => {
            if (next.state === 'installed' && sw.controller) show(next);
          });
        });
        // after the page has settled: the pack is a background download
        const later = (f: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(f, { timeout: 5000 }) : setTimeout(f, 2000));
        return sw.ready.then(() => later(() => void warm(document.documentElement.lang).catch(() => undefined)));
      })
      .catch(() => undefined);
  });
}
