/**
 * Shared by the build (src/pwa/packs.ts) and the service worker (src/pwa/sw.ts): the shape of a
 * language's offline pack, `/sw/<lang>.json`, and what one page needs of it.
 */
export interface Pack {
  v: 2;
  lang: string;
  /** path → [revision (content hash), gzip bytes as a static host sends it] */
  files: Record<string, [string, number]>;
  /** the fonts the pages of this language preload (this script's fonts only) */
  fonts: string[];
  /** page → what it needs beyond itself and the fonts: scripts (also those loaded on use), images, strings */
  needs: Record<string, string[]>;
}

/**
 * What the worker keeps when a page is opened: the page, this script's fonts (for the language's own
 * pages; the language chooser uses none) and the page's needs.
 * @example groupOf(pack, '/ar/check/') // => ['/ar/check/', '/_astro/noto-sans-…woff2', …, '/i18n/ar/check.json']
 */
export function groupOf(pack: Pack, page: string): string[] {
  if (!(page in pack.files)) return [];
  const fonts = page.startsWith(`/${pack.lang}/`) ? pack.fonts : [];
  return [...new Set([page, ...fonts, ...(pack.needs[page] ?? [])])].filter((u) => u in pack.files);
}

/** Gzip bytes of a pack's files that are not kept yet. */
export function bytesOf(pack: Pack, urls: string[]): number {
  return urls.reduce((n, u) => n + (pack.files[u]?.[1] ?? 0), 0);
}
