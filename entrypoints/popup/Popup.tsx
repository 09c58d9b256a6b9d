/**
 * The popup: "This site" (verdict, reasons, official route, trust), "Check a message" (a pasted
 * text, e-mail or link, judged on the device), the access-code guide and the official channels, in
 * the user's chosen language. All browser access comes in through
 * `services` (built in main.tsx), so tests render this with fakes.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { TabState } from '@/lib/messages';
import { langTag, makeT, resolveLocale, type LocaleCode } from '@/lib/i18n';
import { AccessCodeGuide } from '@/components/AccessCodeGuide';
import { EmptyTabStart } from '@/components/EmptyTabStart';
import { LanguagePicker, type LanguageSetting } from '@/components/LanguagePicker';
import { MessageCheck } from '@/components/MessageCheck';
import { OfficialChannels } from '@/components/OfficialChannels';
import { PopupTabs } from '@/components/PopupTabs';
import { SiteVerdict } from '@/components/SiteVerdict';

export interface PopupServices {
  /** The tab to describe, or null when there is none. */
  tabId: number | null;
  /** navigator.languages. */
  browserLanguages: readonly string[];
  getTabState(tabId: number): Promise<TabState | null>;
  trust(site: string, tabId: number): Promise<unknown>;
  untrust(site: string): Promise<unknown>;
  /** The saved language setting. */
  getLanguage(): Promise<LanguageSetting>;
  saveLanguage(value: LanguageSetting): Promise<unknown>;
  /** Called with a listener for setting changes made elsewhere; returns unsubscribe. */
  watchLanguage?(cb: (value: LanguageSetting) => void): () => void;
  /** Told when the locale changes (main.tsx sets <html lang> and the title). */
  onLocale?(locale: LocaleCode): void;
  /** The tab to open first (popup.html?tab=channels). @default 'site' */
  initialTab?: TabId;
  /** A help section to scroll to and focus on the channels tab (popup.html?section=paid). */
  section?: string;
  /**
   * The link a person right-clicked ("Check this link"), handed over once and then forgotten;
   * null when there is none. Opens the "Check a message" tab with its verdict.
   */
  takeLinkToCheck?(): Promise<string | null>;
}

export type TabId = 'site' | 'message' | 'guide' | 'channels';
export const TAB_IDS: readonly TabId[] = ['site', 'message', 'guide', 'channels'];

export function Popup({ services }: { services: PopupServices }) {
  const [state, setState] = useState<TabState | null | undefined>(services.tabId === null ? null : undefined);
  const [language, setLanguage] = useState<LanguageSetting | undefined>(undefined);
  const [tab, setTab] = useState<TabId>(services.initialTab ?? 'site');
  const [linkToCheck, setLinkToCheck] = useState('');

  const load = useCallback(async () => {
    if (services.tabId === null) return setState(null);
    try {
      setState(await services.getTabState(services.tabId));
    } catch {
      setState(null);
    }
  }, [services]);

  useEffect(() => {
    services.takeLinkToCheck?.().then(
      (link) => {
        if (!link) return;
        setLinkToCheck(link);
        setTab('message');
      },
      () => undefined,
    );
  }, [services]);

  useEffect(() => {
    void load();
    services.getLanguage().then(setLanguage, () => setLanguage('auto'));
    return services.watchLanguage?.((v) => setLanguage(v));
  }, [services, load]);

  // Until the setting is read, the tab state's copy of it (or the browser language) is used.
  const setting: LanguageSetting = language ?? state?.language ?? 'auto';
  const locale = resolveLocale(setting, services.browserLanguages);
  const t = useMemo(() => makeT(locale), [locale]);
  useEffect(() => services.onLocale?.(locale), [locale, services]);

  useFocusSection(services.section);
  const { busy, failed, changeTrust } = useTrustChange(services, state, load);

  function chooseLanguage(v: LanguageSetting) {
    setLanguage(v); // re-render now; saving happens in the background
    services.saveLanguage(v).catch(() => undefined);
  }

  const tabs = [
    {
      id: 'site',
      label: t('popup_tab_site'),
      // A tab with nothing to judge (new tab, browser page, file) leads with free, official help.
      content: state === null ? (
        <EmptyTabStart t={t} locale={locale} onOpenGuide={() => setTab('guide')} onOpenChannels={() => setTab('channels')} />
      ) : (
        <SiteVerdict
          state={state} locale={locale} t={t} busy={busy} failed={failed}
          onTrust={() => void changeTrust(true)} onUntrust={() => void changeTrust(false)}
        />
      ),
    },
    { id: 'message', label: t('popup_tab_message'), content: <MessageCheck t={t} locale={locale} initialText={linkToCheck} /> },
    { id: 'guide', label: t('popup_tab_guide'), content: <AccessCodeGuide t={t} locale={locale} /> },
    { id: 'channels', label: t('popup_tab_channels'), content: <OfficialChannels t={t} locale={locale} /> },
  ];

  return (
    <div class="popup" lang={langTag(locale)} dir="ltr">
      <header class="popup-header">
        <h1>{t('extName')}</h1>
        <LanguagePicker value={setting} onChange={chooseLanguage} t={t} />
      </header>
      <main>
        <PopupTabs tabs={tabs} selected={tab} onSelect={(id) => setTab(id as TabId)} label={t('popup_nav_label')} />
      </main>
    </div>
  );
}

/** Opened from a warning's "Already paid?" link: bring that help section into view, focused. */
function useFocusSection(section: string | undefined): void {
  useEffect(() => {
    if (!section) return;
    const heading = document.getElementById(`ch-${section}`);
    if (!heading) return;
    heading.tabIndex = -1;
    heading.scrollIntoView?.({ block: 'start' });
    heading.focus();
  }, [section]);
}

/** Trust or stop trusting the tab's site, then reload its state; `failed` when the background said no. */
function useTrustChange(services: PopupServices, state: TabState | null | undefined, load: () => Promise<unknown>) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  async function changeTrust(trust: boolean) {
    if (!state) return;
    setBusy(true);
    setFailed(false);
    try {
      const ok = trust ? await services.trust(state.site, state.tabId) : await services.untrust(state.site);
      if (ok === false) setFailed(true);
      await load();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }
  return { busy, failed, changeTrust };
}
