/**
 * Export and import of saved answers: a JSON file the family keeps, or a plan link whose fragment
 * (`#p=…`, see transfer.ts). Import refuses
 * anything doubtful with a message key that says what is wrong; it never touches saved answers.
 */
import { withoutSnapshot, type Envelope } from './envelope';
import { maxDepth, parseJson, textDepth } from './guard';
import type { ImportError, ImportNotice } from './messages';
import { admit, type AdmitOptions, type Source } from './gate/admit';
import { todayIso } from '../rules/dates';


export type ImportResult =
  | { ok: true; envelope: Envelope; notice?: ImportNotice }
  | { ok: false; error: ImportError; detail?: string; member?: string };

/** Files (and decompressed plan links) larger than this are refused before parsing. */
export const maxImportBytes = 1024 * 1024;
export const planPrefix = '#p=';
/** A plan link for 20 people is a few KB; anything far longer is not one of ours. */
export const maxFragmentChars = 100_000;

export { withoutSnapshot };

/**
 * The answers as a file to download; the snapshot cache is left out.
 * @example toFile(envelope) // => { filename: 'bleibeweg-answers-2026-11-29.json', text: '{\n  "app": "bleibeweg", …' }
 */
export function toFile(envelope: Envelope, now = new Date()): { filename: string; text: string } {
  return { filename: `bleibeweg-answers-${todayIso(now)}.json`, text: JSON.stringify(withoutSnapshot(envelope), null, 2) + '\n' };
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

/**
 * Checks the text of an imported file. Pass the file's byte size when known (`file.size`): a file over
 * 1 MB is refused before it is read or parsed.
 * @example parseImport(await file.text(), file.size) // => { ok: true, envelope } | { ok: false, error: 'import.notJson' }
 */
export function parseImport(text: string, byteLength?: number, options: AdmitOptions = {}): ImportResult {
  return parseText('file', text, byteLength, options);
}

/** A file's text or a plan link's decompressed text, through the gate as coming from `source`. */
export function parseText(source: Source, text: string, byteLength?: number, options: AdmitOptions = {}): ImportResult {
  if ((byteLength ?? 0) > maxImportBytes || text.length > maxImportBytes || utf8Length(text) > maxImportBytes) return { ok: false, error: 'import.tooLarge' };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { ok: false, error: 'import.empty' };
  if (textDepth(trimmed) > maxDepth) return { ok: false, error: 'import.tooDeep' };
  const parsed = parseJson(trimmed);
  if (!parsed.ok) return parsed;
  return admit(source, parsed.value, options);
}

