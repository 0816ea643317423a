/**
 * The workspace's encryption, all in this browser: a passphrase → Argon2id (hash-wasm, memory-hard) → HKDF
 * → an AES-GCM-256 key (Web Crypto, not extractable) and a 16-byte check value that tells a wrong passphrase
 * apart from changed data. Every sealed piece has its own random 12-byte IV and is bound to where it belongs
 * by the additional data (`aad`): a record moved to another id, or a file header changed, fails to open.
 *
 * Why Argon2id (m = 64 MiB, t = 3, p = 1) rather than PBKDF2: the threat is a laptop taken away and its
 * IndexedDB copied for offline guessing. 64 MiB per guess makes graphics cards and ASICs guess about as
 * slowly as a laptop; 600,000 PBKDF2-SHA-256 rounds cost a GPU almost no memory. Measured on this machine
 * (2 cores, heavily loaded): README, "For case managers". PBKDF2-SHA-256 (≥ 600,000 rounds, Web Crypto) is
 * read too, so a file made where WebAssembly is unavailable would still open; it is never written.
 */
import { argon2id } from 'hash-wasm';

export type KdfParams =
  | { name: 'argon2id'; memory: number; iterations: number; parallelism: number; salt: string }
  | { name: 'pbkdf2-sha256'; iterations: number; salt: string };

/** Memory in KiB (64 MiB), passes and lanes: RFC 9106's second recommended option with one lane. */
export const argon2idDefaults = { memory: 65_536, iterations: 3, parallelism: 1 } as const;

/**
 * What is accepted when opening: at least OWASP's minimums (Argon2id 19 MiB × 2 passes; PBKDF2-SHA-256
 * 600,000 rounds), at most what a laptop can do in a few seconds (a hostile file must not make the
 * browser allocate gigabytes).
 */
export const kdfPolicy = {
  argon2id: { minMemory: 19_456, maxMemory: 262_144, minIterations: 2, maxIterations: 10, maxParallelism: 4 },
  pbkdf2: { minIterations: 600_000, maxIterations: 10_000_000 },
  saltBytes: 16,
};
export type KdfPolicy = typeof kdfPolicy;

export const ivBytes = 12;
const checkBytes = 16;

const encoder = new TextEncoder();

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Strict base64 (standard alphabet, padded): anything else is `null`. */
export function fromBase64(text: unknown): Uint8Array<ArrayBuffer> | null {
  if (typeof text !== 'string' || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  try {
    const s = atob(text);
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

export const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/** Fresh parameters (a new random salt) for a new workspace or file. */
export function newKdfParams(): KdfParams {
  return { name: 'argon2id', ...argon2idDefaults, salt: toBase64(randomBytes(kdfPolicy.saltBytes)) };
}

const isInt = (v: unknown, min: number, max: number) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

/**
 * Whether stored or imported parameters may be used: `unsupported` (not ours, malformed, or too costly) or
 * `weak` (below the minimums), else null.
 */
export function kdfProblem(p: unknown, policy: KdfPolicy = kdfPolicy): 'unsupported' | 'weak' | null {
  if (!p || typeof p !== 'object') return 'unsupported';
  const o = p as Record<string, unknown>;
  if (fromBase64(o.salt)?.length !== policy.saltBytes) return 'unsupported';
  if (o.name === 'argon2id') {
    const keys = Object.keys(o).sort().join();
    if (keys !== 'iterations,memory,name,parallelism,salt') return 'unsupported';
    const a = policy.argon2id;
    if (!isInt(o.memory, 8, a.maxMemory) || !isInt(o.iterations, 1, a.maxIterations) || !isInt(o.parallelism, 1, a.maxParallelism)) return 'unsupported';
    if ((o.memory as number) < 8 * (o.parallelism as number)) return 'unsupported';
    return (o.memory as number) < a.minMemory || (o.iterations as number) < a.minIterations ? 'weak' : null;
  }
  if (o.name === 'pbkdf2-sha256') {
    if (Object.keys(o).sort().join() !== 'iterations,name,salt') return 'unsupported';
    if (!isInt(o.iterations, 1, policy.pbkdf2.maxIterations)) return 'unsupported';
    return (o.iterations as number) < policy.pbkdf2.minIterations ? 'weak' : null;
  }
  return 'unsupported';
}

export interface Keys {
  /** AES-GCM-256, not extractable: usable only for encrypt/decrypt in this page. */
  key: CryptoKey;
  /** Base64 of 16 bytes derived beside the key: equal → the passphrase is right. */
  check: string;
}

/** The passphrase as the same bytes whichever keyboard typed it (NFC). */
const passphraseBytes = (passphrase: string) => encoder.encode(passphrase.normalize('NFC'));

async function masterBits(passphrase: string, params: KdfParams): Promise<Uint8Array<ArrayBuffer>> {
  const salt = fromBase64(params.salt)!;
  if (params.name === 'argon2id') {
    const out = await argon2id({ password: passphraseBytes(passphrase), salt, memorySize: params.memory, iterations: params.iterations, parallelism: params.parallelism, hashLength: 32, outputType: 'binary' });
    const bits = new Uint8Array(out);
    out.fill(0);
    return bits;
  }
  const base = await crypto.subtle.importKey('raw', passphraseBytes(passphrase), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: params.iterations }, base, 256));
}

/**
 * The key and check value of a passphrase under these parameters (the slow step: about a second).
 * @example const { key, check } = await deriveKeys('three words here', newKdfParams())
 */
export async function deriveKeys(passphrase: string, params: KdfParams): Promise<Keys> {
  const bits = await masterBits(passphrase, params);
  const hkdf = await crypto.subtle.importKey('raw', bits, 'HKDF', false, ['deriveKey', 'deriveBits']);
  bits.fill(0);
  const info = (what: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: encoder.encode(`bleibeweg workspace ${what}`) });
  const key = await crypto.subtle.deriveKey(info('key'), hkdf, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const check = new Uint8Array(await crypto.subtle.deriveBits(info('check'), hkdf, checkBytes * 8));
  return { key, check: toBase64(check) };
}

/** Equal check values, compared without an early exit. */
export function sameCheck(a: string, b: unknown): boolean {
  if (typeof b !== 'string' || a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return d === 0;
}

export interface Sealed { iv: string; data: string }

/** Encrypts text (UTF-8) with a fresh IV, bound to `aad`. */
export async function seal(key: CryptoKey, text: string, aad: string): Promise<Sealed> {
  const iv = randomBytes(ivBytes);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(aad), tagLength: 128 }, key, encoder.encode(text));
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** Why a sealed piece did not open: `malformed` (not base64, wrong lengths) or `tampered` (the AES-GCM tag). */
export class OpenError extends Error {
  constructor(readonly reason: 'malformed' | 'tampered') {
    super(reason);
  }
}

/** Decrypts what `seal` made with the same key and `aad`; throws OpenError otherwise. */
export async function unseal(key: CryptoKey, sealed: unknown, aad: string): Promise<string> {
  const s = sealed as Partial<Sealed> | null;
  const iv = fromBase64(s?.iv);
  const data = fromBase64(s?.data);
  // 16 bytes of tag at the least
  if (!iv || iv.length !== ivBytes || !data || data.length < 16) throw new OpenError('malformed');
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(aad), tagLength: 128 }, key, data);
  } catch {
    throw new OpenError('tampered');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw new OpenError('tampered');
  }
}
