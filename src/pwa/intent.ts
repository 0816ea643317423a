/**
 * The family has started the check (the first member is added): keep this language's full offline
 * copy — pages, search, result and plan texts — so that the check, result and plan work without
 * network. Not when the browser asks to save data. Safe to call more than once (the worker fetches
 * only what it does not have) and without a service worker (then nothing happens).
 *
 * Only an event, so the check page (110 KB budget) carries 30 bytes for it: src/pwa/register.ts, on
 * every page, listens and asks the worker.
 * @example onAdd={(member) => { if (members.length === 0) checkStarted(); … }}
 */
export const checkStartedEvent = 'bleibeweg:check-started';

export function checkStarted(): void {
  dispatchEvent(new Event('bleibeweg:check-started'));
}
