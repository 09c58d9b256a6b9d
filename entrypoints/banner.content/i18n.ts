/**
 * The banner's translations. English is bundled with it; the language it is shown in arrives with
 * it: the background injects /banner-i18n/<locale>.js (made by wxt.config.ts from the same
 * _locales files) just before the banner, into the same isolated world, so the banner does not
 * carry all six languages (about 190 kB of script to evaluate on every page that shows it).
 * A bundle that is missing or for another language leaves the banner in English.
 */
import { makeTFrom, resolveLocale, type LocaleCode, type MessageBundle, type Translate } from '@/lib/i18n/core';
import type { TabState } from '@/lib/messages';
import en from '../../public/_locales/en/messages.json';

declare global {
  interface Window {
    /** Set in the extension's isolated world only, by /banner-i18n/<locale>.js. */
    __officialOrNotMessages?: { locale: string; messages: MessageBundle };
  }
}

export function bannerLocale(state: TabState): LocaleCode {
  return resolveLocale(state.language, navigator.languages ?? [navigator.language]);
}

export function bannerT(state: TabState): Translate {
  const given = window.__officialOrNotMessages;
  const bundle = given !== undefined && given.locale === bannerLocale(state) ? given.messages : en;
  return makeTFrom(bundle, en);
}
