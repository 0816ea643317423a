import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { offlinePacksTransform, packOf, pageUrl, type OfflinePacks } from '../../../src/pwa/options';

describe('offline packs (service worker precache split)', () => {
  it('assigns language files to their pack and shared files to none', () => {
    expect(packOf('ar/check/index.html')).toBe('ar');
    expect(packOf('i18n/fa/check.json')).toBe('fa');
    expect(packOf('pagefind/index/ckb_7245ded.pf_index')).toBe('ckb');
    expect(packOf('pagefind/fragment/de_736a371.pf_fragment')).toBe('de');
    expect(packOf('pagefind/pagefind.tr_2fbf76bfb8.pf_meta')).toBe('tr');
    expect(packOf('pagefind/wasm.ar.pagefind')).toBe('ar');
    expect(packOf('pagefind/wasm.unknown.pagefind')).toBeNull();
    expect(packOf('pagefind/pagefind.js')).toBeNull();
    expect(packOf('_astro/client.C5RI7xnT.js')).toBeNull();
    expect(packOf('index.html')).toBeNull();
    expect(packOf('arabic/index.html')).toBeNull();
  });

  it('maps index.html files to directory URLs', () => {
    expect(pageUrl('ar/routes/25b/index.html')).toBe('/ar/routes/25b/');
    expect(pageUrl('ar/index.html')).toBe('/ar/');
    expect(pageUrl('i18n/ar/check.json')).toBe('/i18n/ar/check.json');
  });

  it('keeps shared entries, writes the packs file and precaches it with a content revision', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'packs-'));
    const entries = [
      { url: 'index.html', revision: 'a', size: 10 },
      { url: '404.html', revision: 'b', size: 10 },
      { url: '_astro/client.js', revision: null, size: 100 },
      { url: 'ar/index.html', revision: 'c', size: 20 },
      { url: 'ar/check/index.html', revision: 'd', size: 30 },
      { url: 'de/index.html', revision: 'e', size: 20 },
    ];
    const transform = offlinePacksTransform(dir, ['de', 'ar']);
    const { manifest } = await transform(entries);
    expect(manifest.map((e) => e.url)).toEqual(['/', '/404/', '_astro/client.js', 'sw-packs.json']);
    const packs: OfflinePacks = JSON.parse(readFileSync(join(dir, 'sw-packs.json'), 'utf8'));
    expect(packs.packs.ar.urls).toEqual(['/ar/check/', '/ar/']);
    expect(packs.packs.de.urls).toEqual(['/de/']);
    // a changed page changes its pack's revision and the packs file's precache revision
    const again = await offlinePacksTransform(dir, ['de', 'ar'])(entries.map((e) => (e.url === 'ar/index.html' ? { ...e, revision: 'c2' } : e)));
    const packs2: OfflinePacks = JSON.parse(readFileSync(join(dir, 'sw-packs.json'), 'utf8'));
    expect(packs2.packs.ar.rev).not.toBe(packs.packs.ar.rev);
    expect(packs2.packs.de.rev).toBe(packs.packs.de.rev);
    expect(again.manifest.at(-1)!.revision).not.toBe(manifest.at(-1)!.revision);
  });
});
