import { describe, expect, it } from 'vitest';
import { mayHoldAnswers, storageCode } from '../../../src/storage/lazy';
import { storageKeys } from '../../../src/storage/keys';
import { MemoryStorage } from './memory-storage';

describe('mayHoldAnswers (decides whether the islands load the storage code at start)', () => {
  it('is false for a browser with nothing of ours, or only other keys', () => {
    const s = new MemoryStorage();
    expect(mayHoldAnswers(() => s)).toBe(false);
    s.setItem('bleibeweg:caseworker-lang', 'ar');
    s.setItem(storageKeys.damaged, '{');
    expect(mayHoldAnswers(() => s)).toBe(false);
  });

  it('is true with the main entry or only its last good copy', () => {
    const main = new MemoryStorage();
    main.setItem(storageKeys.main, 'anything, even broken');
    expect(mayHoldAnswers(() => main)).toBe(true);
    const backup = new MemoryStorage();
    backup.setItem(storageKeys.backup, '{}');
    expect(mayHoldAnswers(() => backup)).toBe(true);
  });

  it('is true where storage is blocked, so the storage code can say answers are not kept', () => {
    expect(mayHoldAnswers(() => { throw new DOMException('denied', 'SecurityError'); })).toBe(true);
    const s = new MemoryStorage();
    s.getItem = () => { throw new DOMException('denied', 'SecurityError'); };
    expect(mayHoldAnswers(() => s)).toBe(true);
  });
});

describe('storageCode', () => {
  it('loads the storage module once', async () => {
    const first = storageCode();
    expect(storageCode()).toBe(first);
    const code = await first;
    expect(typeof code.loadSaved).toBe('function');
    expect(typeof code.save).toBe('function');
  });
});
