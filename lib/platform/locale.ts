/**
 * The browser's languages, read in one place (navigator is a browser global), and the UI locale
 * they give with a language setting. Pages, the banner and the worker all call this.
 */
import { resolveLocale, type LocaleCode } from '../i18n/core';

/** navigator.languages, or the single navigator.language where the list is empty or missing. */
export function browserLanguages(): readonly string[] {
  const list = navigator.languages;
  return list !== undefined && list.length > 0 ? list : [navigator.language];
}

/** The UI locale for a language setting ('auto' follows the browser). */
export function uiLocale(setting: 'auto' | LocaleCode | string): LocaleCode {
  return resolveLocale(setting, browserLanguages());
}
