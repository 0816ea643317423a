/**
 * The family has started the check (the first member is added): keep this language's full offline
 * copy — pages, search, result and plan texts — so that the check, result and plan work without
 * network. Not when the browser asks to save data. Safe to call more than once (the worker fetches
 * only what it does not have) and without a service worker (then nothing happens).
 * @example onAdd={(member) => { if (members.length === 0) checkStarted(); … }}
 */
export function checkStarted(): void {
  if ((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) return;
  void navigator.serviceWorker?.ready.then((r) => r.active?.postMessage({ type: 'full', lang: document.documentElement.lang }));
}
