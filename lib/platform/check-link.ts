/**
 * Right-click "Check this link": a context-menu item on every web link that opens the popup page
 * in a tab on its "Check a message" panel, with that link's verdict, before the person visits it.
 *
 * The link travels from the worker to the page through storage.session (kept in memory, never
 * written to disk, cleared when the browser closes) and is removed the moment the page reads it,
 * so it is not kept anywhere — not in the history either, as a URL parameter would be.
 * Browser APIs come in as a parameter (default: the real `browser`), so tests pass small fakes.
 * The menu is (re)created when the extension is installed or updated (menus persist), and its
 * title follows the person's language setting.
 */
import { browser } from 'wxt/browser';
import { makeWorkerT } from '../i18n/worker';
import { uiLocale } from './locale';

export const CHECK_LINK_MENU_ID = 'check-link';
/** storage.session key of the link handed from the menu to the page. */
export const LINK_TO_CHECK_KEY = 'linkToCheck';
/** Only web links get the item. */
const WEB_LINKS = ['http://*/*', 'https://*/*'];

interface MenuClick {
  menuItemId: string | number;
  linkUrl?: string;
}

/** The slice of the browser API this module uses. */
export interface CheckLinkApi {
  contextMenus: {
    create(props: { id: string; title: string; contexts: ['link']; targetUrlPatterns: string[] }): unknown;
    update(id: string, props: { title: string }): unknown;
    removeAll(): Promise<void>;
    onClicked: { addListener(cb: (info: MenuClick, tab?: { index?: number; windowId?: number }) => void): void };
  };
  runtime: { getURL(path: string): string; onInstalled: { addListener(cb: () => void): void } };
  storage: { session: { set(items: Record<string, unknown>): Promise<void>; get(key: string): Promise<Record<string, unknown>>; remove(key: string): Promise<void> } };
  tabs: { create(props: { url: string; index?: number; windowId?: number }): Promise<unknown> };
}

const real = (): CheckLinkApi => browser as unknown as CheckLinkApi;

const titleFor = (language: string): string => {
  const t = makeWorkerT(uiLocale(language));
  return t('menu_check_link', { NAME: t('extName') });
};

/**
 * Installs the menu item and its click handler (call once, at the worker's start). `language`
 * reads the language setting; `watchLanguage` reports changes so the title follows them.
 */
export function installCheckLinkMenu(
  language: () => Promise<string>,
  watchLanguage: (cb: (language: string) => void) => void,
  api: CheckLinkApi = real(),
): void {
  api.runtime.onInstalled.addListener(() => {
    void (async () => {
      const title = titleFor(await language().catch(() => 'auto'));
      await api.contextMenus.removeAll().catch(() => undefined);
      try {
        api.contextMenus.create({ id: CHECK_LINK_MENU_ID, title, contexts: ['link'], targetUrlPatterns: WEB_LINKS });
      } catch {
        // A browser without context menus (Firefox for Android): the checker is still in the popup.
      }
    })();
  });
  watchLanguage((lang) => {
    try {
      void Promise.resolve(api.contextMenus.update(CHECK_LINK_MENU_ID, { title: titleFor(lang) })).catch(() => undefined);
    } catch {
      // no menu on this browser
    }
  });
  api.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CHECK_LINK_MENU_ID || typeof info.linkUrl !== 'string' || !/^https?:/i.test(info.linkUrl)) return;
    void openChecker(info.linkUrl, tab, api);
  });
}

/** Hands the link over and opens the checker next to the tab it was clicked in. */
async function openChecker(link: string, tab: { index?: number; windowId?: number } | undefined, api: CheckLinkApi = real()): Promise<void> {
  await api.storage.session.set({ [LINK_TO_CHECK_KEY]: link.slice(0, 4096) });
  await api.tabs.create({
    url: api.runtime.getURL('/popup.html?tab=message'),
    ...(typeof tab?.index === 'number' ? { index: tab.index + 1 } : {}),
    ...(typeof tab?.windowId === 'number' ? { windowId: tab.windowId } : {}),
  });
}

/** The popup's side: the link to check, read once and removed; null when there is none. */
export async function takeLinkToCheck(api: Pick<CheckLinkApi, 'storage'> = real()): Promise<string | null> {
  try {
    const got = await api.storage.session.get(LINK_TO_CHECK_KEY);
    const link = got[LINK_TO_CHECK_KEY];
    if (typeof link !== 'string' || link === '') return null;
    await api.storage.session.remove(LINK_TO_CHECK_KEY);
    return link;
  } catch {
    return null;
  }
}
