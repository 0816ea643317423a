/** Facts about the site that several pages show. */
export const site = {
  name: 'Bleibeweg',
  /** Date of the legal reference the rules and explanations follow (shared/legal/reference.md). */
  legalAsOf: '2026-11-28',
  city: 'muenster',
} as const;
