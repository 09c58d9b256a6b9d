import type { Level, Reason } from '../types';

/** UI languages. Codes are Chrome's _locales folder names. */
export type LocaleCode = 'en' | 'es' | 'zh_CN' | 'vi' | 'fil' | 'ko';
export const LOCALES: readonly LocaleCode[] = ['en', 'es', 'zh_CN', 'vi', 'fil', 'ko'];

/** A site the user chose to trust: no banner, no warning page for this host or its subdomains. */
export interface TrustedSite {
  /** Registrable domain or full host (shared hosts such as *.github.io keep the full host). */
  host: string;
  /** ISO date-time when it was trusted. */
  addedAt: string;
  /** What the extension had said when the user chose to trust it. */
  level: Level;
  reasons: Reason[];
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
