/**
 * UI translations, usable anywhere (popup, options, warning page, in-page banner, CLI, tests).
 * browser.i18n cannot switch language at run time, and the user can pick one in the popup, so
 * the six Chrome `_locales` bundles are imported here and resolved in pure code. The same files
 * still give Chrome the store listing and `__MSG_extName__`.
 *
 * Lookup: chosen locale → English → the key itself (so a missing key is visible, never blank).
 * Placeholders: `$NAME$` in a message names an entry of its `placeholders` table (case-insensitive,
 * as in Chrome); callers pass values by that name: t('warning_difference', { HOST, NAME, OFFICIAL }).
 * Output is plain text. Never render it as HTML: values such as HOST come from web pages.
 */
import type { LocaleCode } from '../settings/types';
import { LOCALES } from '../settings/types';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import zh_CN from '../../public/_locales/zh_CN/messages.json';
import vi from '../../public/_locales/vi/messages.json';
import fil from '../../public/_locales/fil/messages.json';
import ko from '../../public/_locales/ko/messages.json';

export type { LocaleCode };
export { LOCALES };

/** One entry of a Chrome messages.json file. */
export interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessageBundle = Readonly<Record<string, ChromeMessage | undefined>>;

export const BUNDLES: Readonly<Record<LocaleCode, MessageBundle>> = { en, es, zh_CN, vi, fil, ko };

/** Every key English defines. */
export type MessageKey = keyof typeof en;
export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];

export type Translate = (key: string, subs?: Readonly<Record<string, string | number>>) => string;

function isLocale(x: unknown): x is LocaleCode {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}

/** Map one browser language tag ("es-MX", "zh-Hans-CN", "tl", "ko_KR") to a UI locale, or null. */
export function matchLocale(tag: string): LocaleCode | null {
  if (typeof tag !== 'string') return null;
  const t = tag.trim().toLowerCase().replaceAll('_', '-');
  if (!t) return null;
  const [lang = '', ...rest] = t.split('-');
  switch (lang) {
    case 'en':
      return 'en';
    case 'es':
      return 'es';
    case 'vi':
      return 'vi';
    case 'ko':
      return 'ko';
    case 'fil':
    case 'tl':
      return 'fil';
    case 'zh': {
      // Traditional-script tags (zh-Hant, zh-TW, zh-HK, zh-MO) are not served by the simplified
      // bundle; skip them so a later preference (or English) wins rather than the wrong script.
      const traditional = rest.some((p) => p === 'hant' || p === 'tw' || p === 'hk' || p === 'mo');
      const simplified = rest.includes('hans');
      return traditional && !simplified ? null : 'zh_CN';
    }
    default:
      return null;
  }
}

/**
 * The UI locale to use. An explicit setting wins; 'auto' takes the first browser language we
 * have a bundle for; anything else falls back to English. Never throws.
 */
export function resolveLocale(setting: 'auto' | LocaleCode | string, browserLanguages: readonly string[] = []): LocaleCode {
  if (isLocale(setting)) return setting;
  const langs = Array.isArray(browserLanguages) ? browserLanguages : [];
  for (const tag of langs) {
    const m = matchLocale(tag);
    if (m) return m;
  }
  return 'en';
}

function fill(entry: ChromeMessage, subs: Readonly<Record<string, string | number>> | undefined): string {
  const byName = new Map<string, string>();
  for (const [k, v] of Object.entries(subs ?? {})) byName.set(k.toLowerCase(), String(v ?? ''));
  const ph = entry.placeholders ?? {};
  const phByName = new Map(Object.entries(ph).map(([k, v]) => [k.toLowerCase(), v]));
  // One pass so a substituted value containing "$X$" is never expanded again.
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (whole, name: string | undefined) => {
    if (whole === '$$') return '$';
    const n = (name ?? '').toLowerCase();
    if (byName.has(n)) return byName.get(n) ?? '';
    const def = phByName.get(n);
    // A placeholder whose content is a literal (not "$1") is part of the message itself.
    if (def && !/^\$\d+$/.test(def.content)) return def.content;
    return '';
  });
}

/**
 * Translate `key` into `locale`, filling named placeholders from `subs`. Falls back to English,
 * then to the key itself. Plain text only.
 */
export function translate(locale: LocaleCode | string, key: string, subs?: Readonly<Record<string, string | number>>): string {
  const k = typeof key === 'string' ? key : String(key);
  const bundle = isLocale(locale) ? BUNDLES[locale] : BUNDLES.en;
  const own = Object.prototype.hasOwnProperty.call(bundle, k) ? bundle[k] : undefined;
  const entry = own?.message ? own : Object.prototype.hasOwnProperty.call(BUNDLES.en, k) ? BUNDLES.en[k] : undefined;
  if (!entry?.message) return k;
  return fill(entry, subs);
}

/** Does English define this key? */
export function hasMessage(key: string): boolean {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(BUNDLES.en, key);
}

/** A translate function bound to one locale. */
export function makeT(locale: LocaleCode | string): Translate {
  return (key, subs) => translate(locale, key, subs);
}

/** BCP 47 tag for `lang` attributes ("zh_CN" → "zh-CN"). */
export function langTag(locale: LocaleCode | string): string {
  return isLocale(locale) ? locale.replace('_', '-') : 'en';
}

/** Text direction. All six UI languages are left-to-right; kept so callers need not assume. */
export function dirFor(_locale: LocaleCode | string): 'ltr' | 'rtl' {
  return 'ltr';
}
