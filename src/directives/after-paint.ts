/**
 * `client:paint`: hydrate an island right after the page has first been painted. `client:load` starts
 * fetching the island's code while the HTML is still being parsed, so on a slow connection that code
 * competes with the page's own first paint (Lighthouse: first paint 1.1–1.6 s on /ar/check/). The
 * server-rendered screen is already visible; the island becomes usable one frame later than with
 * `client:load`, not after the whole page has loaded as with `client:idle`.
 */
import type { ClientDirective } from 'astro';

const afterPaint: ClientDirective = (load) => {
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    void load().then((hydrate) => hydrate());
  };
  // a frame callback runs before the next paint; the timeout after it, once that paint is done
  requestAnimationFrame(() => setTimeout(go, 0));
  // hidden tabs get no frames: do not wait for the tab to be shown
  if (document.visibilityState === 'hidden') setTimeout(go, 0);
};

export default afterPaint;
