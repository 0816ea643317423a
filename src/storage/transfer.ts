/**
 * Plan links: the answers travel compressed (lz-string) in the URL fragment (`#p=…`), which browsers never
 * send to a server. File export/import lives in file.ts (kept apart so the check page does not load
 * lz-string) and is re-exported here.
 */
import LZString from 'lz-string';
import type { Envelope } from './envelope';
import { maxDepth, parseJson, textDepth } from './guard';
import type { AdmitOptions } from './gate/admit';
import { planPrefix, maxFragmentChars, withoutSnapshot, parseText, type ImportResult } from './file';

export * from './file';

// lz-string is CommonJS: Node (the static build) only offers its default export
const { compressToEncodedURIComponent, decompressFromEncodedURIComponent } = LZString;

/**
 * The URL fragment for the plan page: `#p=` + lz-string of the envelope without its snapshot.
 * @example location.hash = toPlanFragment(envelope)
 */
export function toPlanFragment(envelope: Envelope): string {
  return planPrefix + compressToEncodedURIComponent(JSON.stringify(withoutSnapshot(envelope)));
}

/**
 * Reads a plan link's fragment (`location.hash`, with or without `#`) with the same checks as a file.
 * A fragment that is missing, cut off or not ours gives `import.brokenLink`.
 * @example parsePlanLink(location.hash) // => { ok: true, envelope } | { ok: false, error: 'import.brokenLink' }
 */
export function parsePlanLink(hash: string, options: AdmitOptions = {}): ImportResult {
  const fragment = hash.startsWith('#') ? hash : `#${hash}`;
  if (!fragment.startsWith(planPrefix)) return { ok: false, error: 'import.brokenLink', detail: 'prefix' };
  const body = fragment.slice(planPrefix.length);
  if (!body) return { ok: false, error: 'import.brokenLink', detail: 'empty' };
  if (body.length > maxFragmentChars) return { ok: false, error: 'import.tooLarge' };
  if (!/^[A-Za-z0-9+\-$]+$/.test(body)) return { ok: false, error: 'import.brokenLink', detail: 'characters' };
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(body);
  } catch {
    json = null;
  }
  if (!json) return { ok: false, error: 'import.brokenLink', detail: 'compression' };
  const result = parseText('link', json, undefined, options);
  // text that does not even parse means the link was cut or changed, not that a file is wrong
  if (!result.ok && (result.error === 'import.notJson' || result.error === 'import.empty')) return { ok: false, error: 'import.brokenLink', detail: 'content' };
  return result;
}
