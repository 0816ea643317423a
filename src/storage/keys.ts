/** Every key this module writes starts with `bleibeweg:`; `wipe` removes them all (src/storage/wipe.ts). */
export const storageKeys = {
  /** The current answers. */
  main: 'bleibeweg:answers',
  /** The last copy that was written and read back successfully. */
  backup: 'bleibeweg:answers:last-good',
  /** A damaged main entry, kept as it was before a save replaced it (nothing is silently lost). */
  damaged: 'bleibeweg:answers:damaged',
} as const;

export const keyPrefix = 'bleibeweg:';
