import { describe, expect, it } from 'vitest';
import { argon2idDefaults, deriveKeys, fromBase64, kdfPolicy, kdfProblem, newKdfParams, OpenError, seal, toBase64, unseal } from '../../../../src/storage/workspace/crypto';
import { fastParams, fastPolicy } from './helpers';

describe('key derivation parameters', () => {
  it('are Argon2id with at least 64 MiB, 3 passes and a 16-byte random salt for everything new', () => {
    const a = newKdfParams();
    const b = newKdfParams();
    expect(a).toMatchObject({ name: 'argon2id', memory: 65_536, iterations: 3, parallelism: 1 });
    expect(argon2idDefaults.memory * 1024).toBeGreaterThanOrEqual(64 * 1024 * 1024);
    expect(fromBase64(a.salt)).toHaveLength(16);
    expect(a.salt).not.toBe(b.salt);
    expect(kdfProblem(a)).toBeNull();
  });
  it('refuse what is below OWASP\'s minimums as weak: Argon2id under 19 MiB or 2 passes, PBKDF2 under 600,000 rounds', () => {
    const salt = toBase64(new Uint8Array(16));
    expect(kdfProblem({ name: 'argon2id', memory: 19_455, iterations: 2, parallelism: 1, salt })).toBe('weak');
    expect(kdfProblem({ name: 'argon2id', memory: 65_536, iterations: 1, parallelism: 1, salt })).toBe('weak');
    expect(kdfProblem({ name: 'argon2id', memory: 19_456, iterations: 2, parallelism: 1, salt })).toBeNull();
    expect(kdfProblem({ name: 'pbkdf2-sha256', iterations: 599_999, salt })).toBe('weak');
    expect(kdfProblem({ name: 'pbkdf2-sha256', iterations: 600_000, salt })).toBeNull();
    expect(kdfPolicy.pbkdf2.minIterations).toBeGreaterThanOrEqual(600_000);
  });
  it('refuse what is not ours or would make the browser allocate gigabytes', () => {
    const salt = toBase64(new Uint8Array(16));
    for (const p of [null, 'argon2id', {}, { name: 'scrypt', salt }, { name: 'argon2id', memory: 4_194_304, iterations: 3, parallelism: 1, salt },
      { name: 'argon2id', memory: 65_536, iterations: 3, parallelism: 1, salt: 'short' }, { name: 'argon2id', memory: 65_536, iterations: 3, parallelism: 1, salt, extra: 1 },
      { name: 'argon2id', memory: 65_536.5, iterations: 3, parallelism: 1, salt }, { name: 'pbkdf2-sha256', iterations: 1e12, salt }]) {
      expect(kdfProblem(p), JSON.stringify(p)).toBe('unsupported');
    }
  });
});

describe('sealing', () => {
  it('round-trips text with the same passphrase, parameters and additional data', async () => {
    const params = fastParams();
    const { key } = await deriveKeys('Tee mit Minze, bitte', params);
    const sealed = await seal(key, 'Amir: § 25b – سلام', 'record/1');
    expect(sealed.data).not.toContain('Amir');
    const again = await deriveKeys('Tee mit Minze, bitte', params);
    expect(await unseal(again.key, sealed, 'record/1')).toBe('Amir: § 25b – سلام');
  });
  it('derives the same check from the same passphrase whichever Unicode form was typed, another from another passphrase', async () => {
    const params = fastParams();
    const nfc = await deriveKeys('Grüße aus Münster', params);
    const nfd = await deriveKeys('Grüße aus Münster'.normalize('NFD'), params);
    const other = await deriveKeys('Grüsse aus Münster', params);
    expect(nfd.check).toBe(nfc.check);
    expect(other.check).not.toBe(nfc.check);
  });
  it('fails with the AES-GCM tag when one bit of the ciphertext, the IV or the additional data changed', async () => {
    const { key } = await deriveKeys('Tee mit Minze, bitte', fastParams());
    const sealed = await seal(key, 'the family’s facts', 'record/1');
    const bytes = fromBase64(sealed.data)!;
    bytes[3] ^= 1;
    await expect(unseal(key, { ...sealed, data: toBase64(bytes) }, 'record/1')).rejects.toEqual(new OpenError('tampered'));
    const iv = fromBase64(sealed.iv)!;
    iv[0] ^= 0x80;
    await expect(unseal(key, { ...sealed, iv: toBase64(iv) }, 'record/1')).rejects.toEqual(new OpenError('tampered'));
    await expect(unseal(key, sealed, 'record/2')).rejects.toEqual(new OpenError('tampered'));
    const { key: wrong } = await deriveKeys('Kaffee ohne Zucker', fastParams());
    await expect(unseal(wrong, sealed, 'record/1')).rejects.toEqual(new OpenError('tampered'));
  });
  it('calls cut or garbled pieces malformed', async () => {
    const { key } = await deriveKeys('Tee mit Minze, bitte', fastParams());
    const sealed = await seal(key, 'x', 'a');
    await expect(unseal(key, { ...sealed, data: sealed.data.slice(0, 8) }, 'a')).rejects.toEqual(new OpenError('malformed'));
    await expect(unseal(key, { ...sealed, iv: 'AAAA' }, 'a')).rejects.toEqual(new OpenError('malformed'));
    await expect(unseal(key, { iv: sealed.iv, data: '***' }, 'a')).rejects.toEqual(new OpenError('malformed'));
    await expect(unseal(key, null, 'a')).rejects.toEqual(new OpenError('malformed'));
  });
  it('uses a fresh IV every time', async () => {
    const { key } = await deriveKeys('Tee mit Minze, bitte', fastParams());
    const ivs = new Set(await Promise.all([1, 2, 3, 4].map(async () => (await seal(key, 'same', 'a')).iv)));
    expect(ivs.size).toBe(4);
  });
  it('with the real parameters (64 MiB Argon2id) too', { timeout: 60_000 }, async () => {
    const params = newKdfParams();
    const { key, check } = await deriveKeys('correct horse battery staple', params);
    const sealed = await seal(key, 'ok', 'a');
    const again = await deriveKeys('correct horse battery staple', params);
    expect(again.check).toBe(check);
    expect(await unseal(again.key, sealed, 'a')).toBe('ok');
    expect(kdfProblem(params, fastPolicy)).toBeNull();
  });
  it('reads PBKDF2-SHA-256 parameters too (never written)', async () => {
    const params = { name: 'pbkdf2-sha256' as const, iterations: 600_000, salt: toBase64(new Uint8Array(16).fill(7)) };
    const a = await deriveKeys('correct horse battery staple', params);
    const b = await deriveKeys('correct horse battery staple', params);
    expect(a.check).toBe(b.check);
  });
});
