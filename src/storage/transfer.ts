/**
 * Export and import of saved answers (a file, or a plan link whose fragment carries them compressed).
 * Import refuses anything doubtful with a message key that says what is wrong.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Envelope } from './envelope';
import { safeParse } from './guard';
import { validate, type ImportResult } from './validate';

export { validate, type ImportResult };

export const maxImportBytes = 1_000_000;

export function parseImport(text: string, byteLength = new TextEncoder().encode(text).length): ImportResult {
  if (byteLength > maxImportBytes) return { ok: false, error: 'import.tooLarge' };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { ok: false, error: 'import.empty' };
  const parsed = safeParse(trimmed);
  if (!parsed.ok) return { ok: false, error: parsed.forbidden ? 'import.forbiddenKey' : 'import.notJson' };
  return validate(parsed.value);
}

const prefix = '#p=';

export function toPlanFragment(envelope: Envelope): string {
  const { snapshot: _, ...rest } = envelope;
  return prefix + compressToEncodedURIComponent(JSON.stringify(rest));
}

export function parsePlanLink(hash: string): ImportResult {
  if (!hash.startsWith(prefix) || hash.length <= prefix.length) return { ok: false, error: 'import.brokenLink' };
  if (hash.length > maxImportBytes) return { ok: false, error: 'import.tooLarge' };
  let json: string | null = null;
  try {
    json = decompressFromEncodedURIComponent(hash.slice(prefix.length));
  } catch {
    json = null;
  }
  if (!json) return { ok: false, error: 'import.brokenLink' };
  const result = parseImport(json);
  return result.ok || result.error !== 'import.notJson' ? result : { ok: false, error: 'import.brokenLink' };
}
