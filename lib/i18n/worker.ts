/**
 * The few translations the service worker shows (the toolbar tooltip, the right-click item), in
 * all six languages, without the other ~300 kB of the locale files: each message is read by name
 * from each file's named exports, so the bundler keeps only these (issue 14 item 6: the worker is
 * parsed at every start, and a look-alike that no rule knows waits for that start). Everything
 * else uses lib/i18n/index.ts. tests/meta/worker-i18n.test.ts checks these equal the full files.
 */
import { makeTFrom, type LocaleCode, type MessageBundle, type Translate } from './core';
import * as en from '../../public/_locales/en/messages.json';
import * as es from '../../public/_locales/es/messages.json';
import * as zh_CN from '../../public/_locales/zh_CN/messages.json';
import * as vi from '../../public/_locales/vi/messages.json';
import * as fil from '../../public/_locales/fil/messages.json';
import * as ko from '../../public/_locales/ko/messages.json';

/** The keys the worker translates (a key missing here falls back to English, then shows as the key). */
export const WORKER_KEYS = [
  'extName',
  'menu_check_link',
  'popup_trusted_note',
  'level_official',
  'level_none',
  'level_notice',
  'level_caution',
  'level_danger',
  'level_official_summary',
  'level_none_summary',
  'level_notice_summary',
  'level_caution_summary',
  'level_danger_summary',
] as const;

// One line per locale: the property reads must be written out for the bundler to drop the rest.
const WORKER_BUNDLES: Readonly<Record<LocaleCode, MessageBundle>> = {
  en: { extName: en.extName, menu_check_link: en.menu_check_link, popup_trusted_note: en.popup_trusted_note, level_official: en.level_official, level_none: en.level_none, level_notice: en.level_notice, level_caution: en.level_caution, level_danger: en.level_danger, level_official_summary: en.level_official_summary, level_none_summary: en.level_none_summary, level_notice_summary: en.level_notice_summary, level_caution_summary: en.level_caution_summary, level_danger_summary: en.level_danger_summary },
  es: { extName: es.extName, menu_check_link: es.menu_check_link, popup_trusted_note: es.popup_trusted_note, level_official: es.level_official, level_none: es.level_none, level_notice: es.level_notice, level_caution: es.level_caution, level_danger: es.level_danger, level_official_summary: es.level_official_summary, level_none_summary: es.level_none_summary, level_notice_summary: es.level_notice_summary, level_caution_summary: es.level_caution_summary, level_danger_summary: es.level_danger_summary },
  zh_CN: { extName: zh_CN.extName, menu_check_link: zh_CN.menu_check_link, popup_trusted_note: zh_CN.popup_trusted_note, level_official: zh_CN.level_official, level_none: zh_CN.level_none, level_notice: zh_CN.level_notice, level_caution: zh_CN.level_caution, level_danger: zh_CN.level_danger, level_official_summary: zh_CN.level_official_summary, level_none_summary: zh_CN.level_none_summary, level_notice_summary: zh_CN.level_notice_summary, level_caution_summary: zh_CN.level_caution_summary, level_danger_summary: zh_CN.level_danger_summary },
  vi: { extName: vi.extName, menu_check_link: vi.menu_check_link, popup_trusted_note: vi.popup_trusted_note, level_official: vi.level_official, level_none: vi.level_none, level_notice: vi.level_notice, level_caution: vi.level_caution, level_danger: vi.level_danger, level_official_summary: vi.level_official_summary, level_none_summary: vi.level_none_summary, level_notice_summary: vi.level_notice_summary, level_caution_summary: vi.level_caution_summary, level_danger_summary: vi.level_danger_summary },
  fil: { extName: fil.extName, menu_check_link: fil.menu_check_link, popup_trusted_note: fil.popup_trusted_note, level_official: fil.level_official, level_none: fil.level_none, level_notice: fil.level_notice, level_caution: fil.level_caution, level_danger: fil.level_danger, level_official_summary: fil.level_official_summary, level_none_summary: fil.level_none_summary, level_notice_summary: fil.level_notice_summary, level_caution_summary: fil.level_caution_summary, level_danger_summary: fil.level_danger_summary },
  ko: { extName: ko.extName, menu_check_link: ko.menu_check_link, popup_trusted_note: ko.popup_trusted_note, level_official: ko.level_official, level_none: ko.level_none, level_notice: ko.level_notice, level_caution: ko.level_caution, level_danger: ko.level_danger, level_official_summary: ko.level_official_summary, level_none_summary: ko.level_none_summary, level_notice_summary: ko.level_notice_summary, level_caution_summary: ko.level_caution_summary, level_danger_summary: ko.level_danger_summary },
};

/** A translate function for the worker's own keys, bound to one locale (English fallback). */
export function makeWorkerT(locale: LocaleCode): Translate {
  return makeTFrom(WORKER_BUNDLES[locale], WORKER_BUNDLES.en);
}

export { WORKER_BUNDLES };
