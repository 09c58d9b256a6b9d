/**
 * The banner's translations. English is bundled with it; the language it is shown in arrives with
 * it: the background injects /banner-i18n/<locale>.js (made by wxt.config.ts from the same
 * _locales files) just before the banner, into the same isolated world, so the banner does not
 * carry all six languages (about 190 kB of script to evaluate on every page that shows it).
 * A bundle that is missing or for another language leaves the banner in English: the bundled copy
 * (only the keys the banner shows) is that fallback.
 */
import { makeTFrom, type LocaleCode, type MessageBundle, type Translate } from '@/lib/i18n/core';
import { uiLocale } from '@/lib/platform/locale';
import type { TabState } from '@/lib/messages';
// Without the keys only the popup, options and warning pages show (lib/i18n/banner-messages.ts, built by wxt.config.ts).
import en from '../../public/_locales/en/messages.json?banner';

declare global {
  interface Window {
    /** Set in the extension's isolated world only, by /banner-i18n/<locale>.js. */
    __officialOrNotMessages?: { locale: string; messages: MessageBundle };
  }
}

function chosen(state: TabState): LocaleCode {
  return uiLocale(state.language);
}

function given(state: TabState): MessageBundle | undefined {
  const injected = window.__officialOrNotMessages;
  return injected !== undefined && injected.locale === chosen(state) ? injected.messages : undefined;
}

/** The language the banner is shown in: the chosen one when its bundle came, else English. */
export function bannerLocale(state: TabState): LocaleCode {
  return given(state) !== undefined ? chosen(state) : 'en';
}

export function bannerT(state: TabState): Translate {
  return makeTFrom(given(state) ?? en, en);
}
