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
import { Popup, type PopupServices } from './Popup';
import { browserLanguages } from '@/lib/platform/locale';
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

async function main() {
  const tabId = await findTabId();
  const services: PopupServices = {
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
    onLocale: (locale) => {
      document.documentElement.lang = locale.replace('_', '-');
      document.title = makeT(locale)('extName');
    },
  };
  const root = document.getElementById('app');
  if (root) render(<Popup services={services} />, root);
}

void main();
