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
 * The pure part (no bundles) is in core.ts.
 */
import { LOCALES, type LocaleCode } from './locales';
import { isLocale, lookup, type MessageBundle, type Translate } from './core';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import zh_CN from '../../public/_locales/zh_CN/messages.json';
import vi from '../../public/_locales/vi/messages.json';
import fil from '../../public/_locales/fil/messages.json';
import ko from '../../public/_locales/ko/messages.json';

export type { LocaleCode };
export { LOCALES };
export type { ChromeMessage, MessageBundle, Translate } from './core';
export { dirFor, langTag, makeTFrom, matchLocale, resolveLocale } from './core';

export const BUNDLES: Readonly<Record<LocaleCode, MessageBundle>> = { en, es, zh_CN, vi, fil, ko };

/** Every key English defines. */
type MessageKey = keyof typeof en;
export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];

/**
 * Translate `key` into `locale`, filling named placeholders from `subs`. Falls back to English,
 * then to the key itself. Plain text only.
 */
export function translate(locale: LocaleCode | string, key: string, subs?: Readonly<Record<string, string | number>>): string {
  return lookup(isLocale(locale) ? BUNDLES[locale] : BUNDLES.en, BUNDLES.en, key, subs);
}

/** Does English define this key? */
export function hasMessage(key: string): boolean {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(BUNDLES.en, key);
}

/** A translate function bound to one locale. */
export function makeT(locale: LocaleCode | string): Translate {
  return (key, subs) => translate(locale, key, subs);
}
