/** New people on the family list get an id that says nothing about them and never changes. */
const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A fresh member id: `p` and 10 random base-36 characters (≈ 51 bits), unique in practice and never a
 * property name of an object. @example newMemberId() // => 'p3k9x0m2q7a'
 */
export function newMemberId(taken: readonly string[] = [], random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  for (;;) {
    const id = 'p' + [...random(10)].map((b) => alphabet[b % 36]).join('');
    if (!taken.includes(id)) return id;
  }
}
