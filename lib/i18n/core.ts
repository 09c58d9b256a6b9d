/**
 * The pure part of the translations (lib/i18n/index.ts has the story): locale matching, placeholder
 * filling and look-up in bundles the caller passes in. It imports no bundle itself, so the in-page
 * banner can carry English plus the one language it is shown in (the background injects that
 * bundle before the banner; see wxt.config.ts) instead of all six.
 */
import { LOCALES, type LocaleCode } from './locales';

export type { LocaleCode };

/** One entry of a Chrome messages.json file. */
export interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessageBundle = Readonly<Record<string, ChromeMessage | undefined>>;

export type Translate = (key: string, subs?: Readonly<Record<string, string | number>>) => string;

export function isLocale(x: unknown): x is LocaleCode {
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
 * Look `key` up in `bundle`, then in `fallback` (English), then give the key itself (so a missing
 * key is visible, never blank); fill named placeholders from `subs`. Plain text only.
 */
export function lookup(bundle: MessageBundle, fallback: MessageBundle, key: string, subs?: Readonly<Record<string, string | number>>): string {
  const k = typeof key === 'string' ? key : String(key);
  const own = Object.prototype.hasOwnProperty.call(bundle, k) ? bundle[k] : undefined;
  const entry = own?.message ? own : Object.prototype.hasOwnProperty.call(fallback, k) ? fallback[k] : undefined;
  if (!entry?.message) return k;
  return fill(entry, subs);
}

/** A translate function over one bundle, with `fallback` for what it lacks. */
export function makeTFrom(bundle: MessageBundle, fallback: MessageBundle): Translate {
  return (key, subs) => lookup(bundle, fallback, key, subs);
}

/** BCP 47 tag for `lang` attributes ("zh_CN" → "zh-CN"). */
export function langTag(locale: LocaleCode | string): string {
  return isLocale(locale) ? locale.replace('_', '-') : 'en';
}

/** Text direction. All six UI languages are left-to-right; kept so callers need not assume. */
export function dirFor(_locale: LocaleCode | string): 'ltr' | 'rtl' {
  return 'ltr';
}
