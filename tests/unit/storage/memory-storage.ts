/** A tiny in-memory Web Storage for tests; `failWrites` makes setItem throw like a full localStorage. */
export class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  /** When set, setItem throws this for keys it matches (all keys if no filter). */
  failWrites: { error: () => Error; keys?: (key: string) => boolean } | null = null;
  writes: string[] = [];

  get length() {
    return this.map.size;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.map.has(key) ? this.map.get(key)! : null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites && (!this.failWrites.keys || this.failWrites.keys(key))) throw this.failWrites.error();
    this.writes.push(key);
    this.map.set(key, String(value));
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  clear() {
    this.map.clear();
  }
  dump() {
    return Object.fromEntries(this.map);
  }
}

/** What browsers throw when localStorage is full (a DOMException named QuotaExceededError). */
export const quotaError = () => {
  const e = new Error('The quota has been exceeded.');
  e.name = 'QuotaExceededError';
  return e;
};
