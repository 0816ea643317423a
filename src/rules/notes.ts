/**
 * Conditions carry developer notes on legal uncertainty (`note`): kept in tests, the CLI and docs, but
 * never shown to families. The site build defines __BLEIBEWEG_CLIENT__ (astro.config.mjs), so on phones
 * `NOTES && '…'` is false and the minifier drops the text (~2.7 KB gzip off the check page).
 */
declare const __BLEIBEWEG_CLIENT__: boolean | undefined;
export const NOTES = typeof __BLEIBEWEG_CLIENT__ === 'undefined' || !__BLEIBEWEG_CLIENT__;
