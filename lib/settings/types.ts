import type { Level } from '../types';

/**
 * A reason as stored with a trusted site: its id stays a plain string, since a stored list may
 * name reasons a later version renamed (the pages show such an id as it is).
 */
export interface StoredReason {
  id: string;
  evidence: string;
}

import type { LocaleCode } from '../i18n/locales';

/** UI languages (Chrome's _locales folder names): the list belongs to lib/i18n. */
export type { LocaleCode };
export { LOCALES } from '../i18n/locales';

/** A site the user chose to trust: no banner, no warning page for this host or its subdomains. */
export interface TrustedSite {
  /** Registrable domain or full host (shared hosts such as *.github.io keep the full host). */
  host: string;
  /** ISO date-time when it was trusted. */
  addedAt: string;
  /** What the extension had said when the user chose to trust it. */
  level: Level;
  reasons: StoredReason[];
}

/** Everything the user can change. Stored as one versioned item (`local:settings`). */
export interface Settings {
  /** 'auto' follows the browser's language. */
  language: 'auto' | LocaleCode;
  /** Show the quiet `notice` reminder on non-government pages about USCIS services. */
  showNotice: boolean;
  trusted: TrustedSite[];
}

export const SETTINGS_VERSION = 1;
