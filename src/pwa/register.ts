/**
 * Service-worker registration for every page (hand-written instead of `virtual:pwa-register`, whose
 * workbox-window would blow the 2 KB content-page budget):
 * - registers `/sw.js` (src/pwa/sw.ts); the first install takes control at once;
 * - an update waits until the person presses "reload" in the notice `#sw-update` (Base.astro); then the
 *   old worker stops its downloads, and the page reloads once the new worker controls it, or after two
 *   seconds in any case (seen in tests: Chromium may keep the new worker waiting until the page reloads);
 * - once the page has settled, tells the worker which page this is: it keeps what this page needs again
 *   offline, mostly from the HTTP cache. The language's full offline copy comes only on the family's
 *   say-so: when the check is started (the event of src/pwa/intent.ts) or with the control of
 *   src/pwa/OfflineCopy.astro; never when the browser asks to save data.
 */
type Conn = { connection?: { saveData?: boolean } };
const sw = navigator.serviceWorker;
const lang = document.documentElement.lang;
const saveData = () => !!(navigator as Navigator & Conn).connection?.saveData;

if (sw) {
  // the check has been started (src/pwa/intent.ts; the event's name is written out, not imported, so
  // that this inline script shares no module with the check's bundle)
  addEventListener('bleibeweg:check-started', () => {
    if (!saveData()) void sw.ready.then((r) => r.active?.postMessage({ type: 'full', lang }));
  });
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
      sw.controller?.postMessage({ type: 'stop' });
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
        const later = (f: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(f, { timeout: 5000 }) : setTimeout(f, 2000));
        return sw.ready.then((r) => later(() => r.active?.postMessage({ type: 'page', lang, url: location.pathname, saveData: saveData() })));
      })
      .catch(() => undefined);
  });
}
