/**
 * Moving one family: an encrypted file with its own passphrase (for a colleague or a backup), and reading
 * files back, both the encrypted kind and the family's own plain saved file (the family pages' export,
 * through the gate). Reading refuses anything doubtful with a message key and never touches the workspace:
 * the caller writes only a family that came back whole.
 *
 * File: `{ app, kind: 'workspace-family', format, kdf, check, iv, data }`; the header (app, kind, format,
 * kdf) is the AES-GCM additional data, so a changed header fails like changed ciphertext.
 */
import { deriveKeys, kdfPolicy, kdfProblem, newKdfParams, sameCheck, seal, unseal, OpenError, type KdfParams, type KdfPolicy } from './crypto';
import { checkFamily, newFamilyId, type Family } from './model';
import { minPassphraseLength } from './vault';
import { isPlainObject, parseJson } from '../guard';
import { maxImportBytes, parseText } from '../file';
import type { AdmitOptions } from '../gate/admit';
import type { Envelope } from '../envelope';
import { todayIso } from '../../rules/dates';

export const familyFileKind = 'workspace-family' as const;
export const familyFileFormat = 1 as const;

export interface FamilyFile { app: 'bleibeweg'; kind: typeof familyFileKind; format: typeof familyFileFormat; kdf: KdfParams; check: string; iv: string; data: string }

export type FileError =
  | 'workspace.file.tooLarge'
  | 'workspace.file.empty'
  | 'workspace.file.notOurs'
  | 'workspace.file.damaged'
  | 'workspace.file.newer'
  | 'workspace.file.weak'
  | 'workspace.file.wrongPassphrase'
  | 'workspace.file.changed'
  | 'workspace.file.badContent';

const header = (f: Pick<FamilyFile, 'app' | 'kind' | 'format' | 'kdf'>) => {
  const k = f.kdf as Record<string, unknown>;
  const kdf = Object.fromEntries(Object.keys(k).sort().map((key) => [key, k[key]]));
  return JSON.stringify({ app: f.app, kind: f.kind, format: f.format, kdf });
};

/**
 * The family as an encrypted file. The record inside is the workspace's own (label, meetings, steps…).
 * @example const { filename, text } = await exportFamily(family, 'a passphrase for this file')
 */
export async function exportFamily(family: Family, passphrase: string, options: { params?: KdfParams; now?: Date } = {}): Promise<{ filename: string; text: string }> {
  if (passphrase.normalize('NFC').length < minPassphraseLength) throw new Error('passphrase too short');
  const kdf = options.params ?? newKdfParams();
  const { key, check } = await deriveKeys(passphrase, kdf);
  const head = { app: 'bleibeweg' as const, kind: familyFileKind as typeof familyFileKind, format: familyFileFormat as typeof familyFileFormat, kdf };
  const sealed = await seal(key, JSON.stringify(family), header(head));
  const file: FamilyFile = { ...head, check, ...sealed };
  // the file name says nothing about the family
  return { filename: `bleibeweg-family-${todayIso(options.now)}.json`, text: JSON.stringify(file, null, 1) + '\n' };
}

export type ReadResult =
  | { kind: 'encrypted'; file: FamilyFile }
  | { kind: 'plain'; envelope: Envelope }
  | { kind: 'error'; error: FileError | string; detail?: string };

/**
 * What a chosen file is: an encrypted family file (then ask for its passphrase), a family's own saved
 * answers (admitted by the gate as coming into the workspace), or an error.
 */
export function readFamilyFile(text: string, byteLength?: number, options: AdmitOptions = {}): ReadResult {
  if ((byteLength ?? 0) > maxImportBytes || text.length > maxImportBytes) return { kind: 'error', error: 'workspace.file.tooLarge' };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { kind: 'error', error: 'workspace.file.empty' };
  const parsed = parseJson(trimmed);
  const v = parsed.ok ? parsed.value : null;
  if (isPlainObject(v) && v.app === 'bleibeweg' && v.kind === familyFileKind) {
    if (typeof v.format === 'number' && v.format > familyFileFormat) return { kind: 'error', error: 'workspace.file.newer' };
    const keys = Object.keys(v).sort().join();
    if (v.format !== familyFileFormat || keys !== 'app,check,data,format,iv,kdf,kind') return { kind: 'error', error: 'workspace.file.damaged' };
    return { kind: 'encrypted', file: v as unknown as FamilyFile };
  }
  // one of ours (an encrypted file or saved answers) that no longer parses: cut off or changed
  if (!parsed.ok && /"bleibeweg"/.test(trimmed)) return { kind: 'error', error: 'workspace.file.damaged' };
  const r = parseText('workspace', trimmed, byteLength, options);
  if (r.ok) return { kind: 'plain', envelope: r.envelope };
  const foreign = r.error === 'import.notJson' || r.error === 'import.notBleibeweg' || r.error === 'import.brokenLink';
  return { kind: 'error', error: foreign ? 'workspace.file.notOurs' : r.error === 'import.empty' ? 'workspace.file.empty' : r.error === 'import.tooLarge' ? 'workspace.file.tooLarge' : r.error, ...(r.detail ? { detail: r.detail } : {}) };
}

/**
 * Opens an encrypted family file with its passphrase. The family comes back with a new id (it is a copy on
 * this device), or the reason it did not: weak or unknown parameters, a wrong passphrase, changed or
 * damaged data, or content that does not pass the checks.
 */
export async function openFamilyFile(file: FamilyFile, passphrase: string, options: { policy?: KdfPolicy; admit?: AdmitOptions } = {}): Promise<{ ok: true; family: Family } | { ok: false; error: FileError | string; detail?: string }> {
  const problem = kdfProblem(file.kdf, options.policy ?? kdfPolicy);
  if (problem) return { ok: false, error: problem === 'weak' ? 'workspace.file.weak' : 'workspace.file.damaged' };
  if (typeof file.check !== 'string') return { ok: false, error: 'workspace.file.damaged' };
  if (!passphrase) return { ok: false, error: 'workspace.file.wrongPassphrase' };
  const { key, check } = await deriveKeys(passphrase, file.kdf);
  if (!sameCheck(check, file.check)) return { ok: false, error: 'workspace.file.wrongPassphrase' };
  let text: string;
  try {
    text = await unseal(key, file, header(file));
  } catch (e) {
    if (e instanceof OpenError) return { ok: false, error: e.reason === 'tampered' ? 'workspace.file.changed' : 'workspace.file.damaged' };
    throw e;
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, error: 'workspace.file.badContent' };
  const checked = checkFamily(parsed.value, options.admit);
  if (!checked.ok) return { ok: false, error: checked.error === 'workspace.badRecord' ? 'workspace.file.badContent' : checked.error, detail: checked.detail };
  return { ok: true, family: { ...checked.family, id: newFamilyId() } };
}
