/**
 * Caps that keep stored, imported or hand-edited settings small and safe to render.
 * Anything beyond a cap is cut (and reported as a problem), never trusted blindly.
 */

/** Most trusted sites kept. A person trusts a handful; thousands means a corrupted or hostile file. */
export const MAX_TRUSTED = 500;
/** Most reasons kept per trusted site. */
export const MAX_REASONS = 20;
/** Longest reason id kept (signal ids are short kebab-case words). */
export const MAX_REASON_ID = 64;
/** Longest reason evidence kept, in characters. */
export const MAX_EVIDENCE = 300;
/** Longest host name (RFC 1035: 253 characters). */
export const MAX_HOST = 253;
/** Largest settings file importSettings() reads, in characters. */
export const MAX_IMPORT_CHARS = 256 * 1024;
/** Stand-in date for trusted sites whose date was lost (v0 data, corrupted dates). */
export const UNKNOWN_DATE = '1970-01-01T00:00:00.000Z';
