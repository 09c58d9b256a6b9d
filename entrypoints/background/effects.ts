/**
 * What the background does to a tab, from what lib/tab decided: the toolbar badge, the warning
 * page, the banner. Each call tolerates a tab that is gone or a page that cannot be scripted.
 */
import { browser } from 'wxt/browser';
import { makeWorkerT } from '@/lib/i18n/worker';
import { uiLocale } from '@/lib/platform/locale';
import { claimNoticeHint } from '@/lib/platform/notice-hints';
import { badgeFor, type Surface, type TabState } from '@/lib/tab';

export async function applyBadge(state: TabState): Promise<void> {
  const badge = badgeFor(state);
  const tabId = state.tabId;
  try {
    await browser.action.setBadgeText({ tabId, text: badge.text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
    // The tooltip is the level in the person's language, like every other surface.
    const t = makeWorkerT(uiLocale(state.language));
    const title = `${t('extName')}: ${t(`level_${badge.level}`)} — ${t(`level_${badge.level}_summary`)}`;
    await browser.action.setTitle({ tabId, title: badge.trusted ? `${title} ${t('popup_trusted_note')}` : title });
  } catch {
    // The tab may be gone already.
  }
}

/**
 * Replaces the tab's page with warning.html. `loaded`: the dangerous page had already loaded (a
 * verdict from its content), so "Back to safety" must skip it in the history.
 */
export async function showWarning(tabId: number, url: string, loaded: boolean): Promise<void> {
  await browser.tabs.update(tabId, { url: warningPageUrl(url, loaded) }).catch(() => undefined);
}

/** warning.html about `url` (see showWarning for `loaded`). */
export function warningPageUrl(url: string, loaded: boolean): string {
  const params = new URLSearchParams({ url, ...(loaded ? { loaded: '1' } : {}) });
  return `${browser.runtime.getURL('/warning.html')}?${params.toString()}`;
}

/** The banner, with the bundle of the language it is shown in first (see banner/i18n.ts). */
async function showBanner(state: TabState): Promise<void> {
  try {
    await browser.scripting.executeScript({
      target: { tabId: state.tabId, frameIds: [0] },
      files: [`/banner-i18n/${uiLocale(state.language)}.js`, '/banner.js'],
    });
  } catch {
    // The page may have navigated away, or be a page extensions cannot script.
  }
}

/**
 * Shows what lib/tab's surfaceFor() chose for a page that exists (loaded or loading). The notice
 * hint shows once per site per browsing period (lib/tab/notice-hint.ts); after that, the badge alone.
 */
export async function showSurface(state: TabState, surface: Surface): Promise<void> {
  if (surface.page === 'warning') await showWarning(state.tabId, state.url, true);
  else if (surface.page === 'banner') await showBanner(state);
  else if (surface.page === 'notice') {
    if (await claimNoticeHint({ site: state.site, tabId: state.tabId, url: state.url })) await showBanner(state);
  }
}
