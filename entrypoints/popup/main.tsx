/**
 * Popup wiring: the only file here that touches `browser`. It finds the tab to describe
 * (`?tabId=N` for tests, else the active tab), and hands Popup typed services for the background
 * messages and the settings store.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { Request, TabState } from '@/lib/messages';
import { makeT } from '@/lib/i18n';
import { getSettings, saveSettings, watchSettings } from '@/lib/platform/settings-store';
import { Popup, TAB_IDS, type PopupServices, type TabId } from './Popup';
import { browserLanguages } from '@/lib/platform/locale';
import { takeLinkToCheck } from '@/lib/platform/check-link';
import './style.css';

function send<T>(request: Request): Promise<T> {
  return browser.runtime.sendMessage(request) as Promise<T>;
}

async function findTabId(): Promise<number | null> {
  const fromUrl = Number.parseInt(new URLSearchParams(location.search).get('tabId') ?? '', 10);
  if (Number.isInteger(fromUrl) && fromUrl >= 0) return fromUrl;
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  } catch {
    return null;
  }
}

/** popup.html?tab=channels&section=paid: the warnings' "Already paid?" link opens the popup page in a tab. */
function openingView(): Pick<PopupServices, 'initialTab' | 'section'> {
  const params = new URLSearchParams(location.search);
  const tab = params.get('tab') ?? '';
  const section = /^[a-z-]{1,32}$/.test(params.get('section') ?? '') ? (params.get('section') ?? '') : '';
  return {
    ...((TAB_IDS as readonly string[]).includes(tab) ? { initialTab: tab as TabId } : {}),
    ...(section ? { section } : {}),
  };
}

async function main() {
  const tabId = await findTabId();
  const services: PopupServices = {
    ...openingView(),
    tabId,
    browserLanguages: browserLanguages(),
    getTabState: (id) => send<TabState | null>({ type: 'get-tab-state', tabId: id }),
    trust: (site, id) => send<boolean>({ type: 'trust-site', host: site, tabId: id }),
    untrust: (site) => send<boolean>({ type: 'untrust-site', host: site }),
    getLanguage: async () => (await getSettings()).settings.language,
    saveLanguage: async (language) => {
      const { settings } = await getSettings();
      return saveSettings({ ...settings, language });
    },
    watchLanguage: (cb) => watchSettings((s) => cb(s.language)),
    takeLinkToCheck: () => takeLinkToCheck(),
    onLocale: (locale) => {
      document.documentElement.lang = locale.replace('_', '-');
      document.title = makeT(locale)('extName');
    },
  };
  const root = document.getElementById('app');
  if (root) render(<Popup services={services} />, root);
}

void main();
