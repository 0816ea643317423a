/**
 * The workspace on this device: an IndexedDB database (`bleibeweg-workspace`, through idb) holding one
 * `meta` record (the key-derivation parameters and the passphrase's check value, nothing personal) and one
 * sealed record per family (random id, IV, ciphertext). Everything a person wrote or answered is inside the
 * ciphertext; a record is bound to its id (AES-GCM additional data), so records cannot be swapped.
 *
 * Unlocking derives the key once (about a second) and keeps it, not extractable, until `lock()`; a wrong
 * passphrase is recognised by the check value and changes nothing. Another tab deleting the database
 * (the family pages' "delete all") closes and locks this one.
 */
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { deriveKeys, kdfPolicy, kdfProblem, newKdfParams, sameCheck, seal, unseal, OpenError, type KdfParams, type KdfPolicy, type Sealed } from './crypto';
import { checkFamily, familyIdPattern, type Family } from './model';
import { workspaceDatabase } from './wipe';
import { hasWorkspace } from './exists';
import type { AdmitOptions } from '../gate/admit';

export const vaultFormat = 1;
export const minPassphraseLength = 12;

interface Meta { id: 'vault'; format: typeof vaultFormat; kdf: KdfParams; check: string }
interface SealedFamily extends Sealed { id: string }

interface WorkspaceDB extends DBSchema {
  meta: { key: string; value: Meta };
  families: { key: string; value: SealedFamily };
}

/** What seals a family record: bound to the database format and the record's id. */
export const familyAad = (id: string) => `bleibeweg-workspace/${vaultFormat}/family/${id}`;

export type UnlockError = 'workspace.wrongPassphrase' | 'workspace.none' | 'workspace.unsupported' | 'workspace.noDatabase';

export interface ReadFamilies {
  families: Family[];
  /** Records that did not open or did not pass the checks: kept as they are, never deleted silently. */
  unreadable: string[];
}

export interface Vault {
  readonly locked: boolean;
  list(): Promise<ReadFamilies>;
  get(id: string): Promise<Family | null | 'unreadable'>;
  /** Checks the family (as a record read back would be) and writes it; refused records change nothing. */
  put(family: Family): Promise<{ ok: true } | { ok: false; error: string; detail?: string }>;
  remove(id: string): Promise<void>;
  /** Forgets the key and closes the database; every call after it is refused. */
  lock(): void;
}

export interface VaultOptions {
  factory?: IDBFactory;
  /** Accepted key-derivation parameters (tests relax it to run fast; the page never does). */
  policy?: KdfPolicy;
  /** Parameters for a new workspace (default: newKdfParams()). */
  params?: KdfParams;
  admit?: AdmitOptions;
  /** Called once when the vault locks itself (database deleted or upgraded elsewhere). */
  onLocked?: () => void;
}

function open(options: VaultOptions): Promise<IDBPDatabase<WorkspaceDB>> {
  const factory = options.factory ?? globalThis.indexedDB;
  if (!factory) return Promise.reject(new Error('no IndexedDB'));
  // idb's openDB reads the global factory; wrapping our own request lets tests pass theirs
  const request = factory.open(workspaceDatabase, vaultFormat);
  request.onupgradeneeded = () => {
    const db = request.result;
    if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta', { keyPath: 'id' });
    if (!db.objectStoreNames.contains('families')) db.createObjectStore('families', { keyPath: 'id' });
  };
  return wrap(request) as Promise<IDBPDatabase<WorkspaceDB>>;
}

/** Whether this browser holds a workspace (exists.ts; never creates the database). */
export const workspaceExists = (options: VaultOptions = {}) => hasWorkspace(options.factory ?? globalThis.indexedDB);

function vaultOf(db: IDBPDatabase<WorkspaceDB>, key: CryptoKey, options: VaultOptions): Vault {
  let current: CryptoKey | null = key;
  let closed = false;
  const lock = (notify: boolean) => {
    if (closed) return;
    closed = true;
    current = null;
    db.close();
    if (notify) options.onLocked?.();
  };
  db.addEventListener('versionchange', () => lock(true));
  db.addEventListener('close', () => lock(true));
  const need = () => {
    if (!current) throw new Error('workspace locked');
    return current;
  };
  async function read(record: SealedFamily): Promise<Family | 'unreadable'> {
    try {
      const text = await unseal(need(), record, familyAad(record.id));
      const checked = checkFamily(JSON.parse(text), options.admit);
      return checked.ok && checked.family.id === record.id ? checked.family : 'unreadable';
    } catch (e) {
      if (e instanceof OpenError || e instanceof SyntaxError) return 'unreadable';
      throw e;
    }
  }
  return {
    get locked() {
      return current === null;
    },
    async list() {
      need();
      const out: ReadFamilies = { families: [], unreadable: [] };
      for (const record of await db.getAll('families')) {
        const f = await read(record);
        if (f === 'unreadable') out.unreadable.push(record.id);
        else out.families.push(f);
      }
      return out;
    },
    async get(id) {
      need();
      const record = await db.get('families', id);
      return record ? read(record) : null;
    },
    async put(family) {
      const k = need();
      if (!familyIdPattern.test(family.id)) return { ok: false, error: 'workspace.badRecord', detail: 'id' };
      // exactly what a later read will see: JSON, then the same checks
      const text = JSON.stringify(family);
      const checked = checkFamily(JSON.parse(text), options.admit);
      if (!checked.ok) return { ok: false, error: checked.error, detail: checked.detail };
      const sealed = await seal(k, JSON.stringify(checked.family), familyAad(family.id));
      await db.put('families', { id: family.id, ...sealed });
      return { ok: true };
    },
    async remove(id) {
      need();
      await db.delete('families', id);
    },
    lock: () => lock(false),
  };
}

/**
 * Creates the workspace with its passphrase (refused if one exists already).
 * @example const vault = await createVault('three words here and more')
 */
export async function createVault(passphrase: string, options: VaultOptions = {}): Promise<Vault> {
  if (passphrase.normalize('NFC').length < minPassphraseLength) throw new Error('passphrase too short');
  const params = options.params ?? newKdfParams();
  if (kdfProblem(params, options.policy ?? kdfPolicy)) throw new Error('unacceptable key derivation parameters');
  const { key, check } = await deriveKeys(passphrase, params);
  const db = await open(options);
  try {
    const tx = db.transaction('meta', 'readwrite');
    if (await tx.store.get('vault')) throw new Error('a workspace exists already');
    await tx.store.add({ id: 'vault', format: vaultFormat, kdf: params, check });
    await tx.done;
  } catch (e) {
    db.close();
    throw e;
  }
  return vaultOf(db, key, options);
}

/**
 * Opens the workspace with its passphrase. A wrong passphrase changes nothing and says so.
 * @example const r = await unlockVault(typed); if (!r.ok) show(t(r.error))
 */
export async function unlockVault(passphrase: string, options: VaultOptions = {}): Promise<{ ok: true; vault: Vault } | { ok: false; error: UnlockError }> {
  let db: IDBPDatabase<WorkspaceDB>;
  try {
    db = await open(options);
  } catch {
    return { ok: false, error: 'workspace.noDatabase' };
  }
  const meta = await db.get('meta', 'vault');
  if (!meta) {
    db.close();
    return { ok: false, error: 'workspace.none' };
  }
  if (meta.format !== vaultFormat || kdfProblem(meta.kdf, options.policy ?? kdfPolicy)) {
    db.close();
    return { ok: false, error: 'workspace.unsupported' };
  }
  const { key, check } = passphrase ? await deriveKeys(passphrase, meta.kdf) : { key: null, check: '' };
  if (!key || !sameCheck(check, meta.check)) {
    db.close();
    return { ok: false, error: 'workspace.wrongPassphrase' };
  }
  return { ok: true, vault: vaultOf(db, key, options) };
}

/** The raw records as they lie in the database (for tests that look at what an attacker would see). */
export async function rawRecords(options: VaultOptions = {}): Promise<{ meta: unknown[]; families: unknown[] }> {
  const db = await open(options);
  try {
    return { meta: await db.getAll('meta'), families: await db.getAll('families') };
  } finally {
    db.close();
  }
}
