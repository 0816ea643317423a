/**
 * Creating and unlocking the workspace: the code that loads when a passphrase is typed (idb, hash-wasm's
 * Argon2id, the gate's schemas). A chunk of its own, outside the page's start-up budget.
 */
import { createVault, unlockVault, type Vault, type UnlockError } from '../../storage/workspace/vault';

type Opened = { ok: true; vault: Vault } | { ok: false; error: UnlockError | 'lock.failed' };

export async function create(passphrase: string, onLocked: () => void): Promise<Opened> {
  try {
    return { ok: true, vault: await createVault(passphrase, { onLocked }) };
  } catch {
    return { ok: false, error: 'lock.failed' };
  }
}

export function unlock(passphrase: string, onLocked: () => void): Promise<Opened> {
  return unlockVault(passphrase, { onLocked });
}
