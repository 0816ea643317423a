/** Every key this module writes starts with `bleibeweg:`; `wipe` removes them all (src/storage/wipe.ts). */
export const storageKeys = {
  /** The current answers. */
  main: 'bleibeweg:answers',
  /** The last copy that was written and read back successfully. */
  backup: 'bleibeweg:answers:last-good',
  /**
   * The answers as they were before the last save that changed the household (an import, a plan link
   * saved here, an answer): one step back, shown by the store's `history`.
   */
  previous: 'bleibeweg:answers:previous',
  /** A damaged main entry, kept as it was before a save replaced it (nothing is silently lost). */
  damaged: 'bleibeweg:answers:damaged',
} as const;

export const keyPrefix = 'bleibeweg:';
