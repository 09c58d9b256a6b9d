/** Right-click "Check this link" (lib/platform/check-link.ts) with a small fake of the browser API. */
import { describe, expect, it, vi } from 'vitest';
import { CHECK_LINK_MENU_ID, LINK_TO_CHECK_KEY, installCheckLinkMenu, takeLinkToCheck, type CheckLinkApi } from '@/lib/platform/check-link';

function fakeApi() {
  const session = new Map<string, unknown>();
  let onInstalled: (() => void) | undefined;
  let onClicked: ((info: { menuItemId: string | number; linkUrl?: string }, tab?: { index?: number; windowId?: number }) => void) | undefined;
  const api = {
    contextMenus: {
      create: vi.fn(),
      update: vi.fn(async () => undefined),
      removeAll: vi.fn(async () => undefined),
      onClicked: { addListener: (cb: typeof onClicked) => (onClicked = cb) },
    },
    runtime: { getURL: (p: string) => `chrome-extension://abc${p}`, onInstalled: { addListener: (cb: () => void) => (onInstalled = cb) } },
    storage: {
      session: {
        set: vi.fn(async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) session.set(k, v);
        }),
        get: vi.fn(async (key: string) => (session.has(key) ? { [key]: session.get(key) } : {})),
        remove: vi.fn(async (key: string) => void session.delete(key)),
      },
    },
    tabs: { create: vi.fn(async () => undefined) },
  };
  return { api: api as unknown as CheckLinkApi & typeof api, session, install: () => onInstalled?.(), click: (...a: Parameters<NonNullable<typeof onClicked>>) => onClicked?.(...a) };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('Check this link', () => {
  it('creates one link item in the person\'s language when installed, and follows language changes', async () => {
    const f = fakeApi();
    let changed: ((l: string) => void) | undefined;
    installCheckLinkMenu(async () => 'es', (cb) => (changed = cb), f.api);
    f.install();
    await settle();
    expect(f.api.contextMenus.removeAll).toHaveBeenCalled();
    expect(f.api.contextMenus.create).toHaveBeenCalledWith({
      id: CHECK_LINK_MENU_ID,
      title: 'Revisar este enlace con Official or Not',
      contexts: ['link'],
      targetUrlPatterns: ['http://*/*', 'https://*/*'],
    });
    changed?.('ko');
    expect(f.api.contextMenus.update).toHaveBeenCalledWith(CHECK_LINK_MENU_ID, { title: 'Official or Not에서 이 링크 확인' });
  });

  it('a click hands the link over in session memory and opens the checker next to the tab', async () => {
    const f = fakeApi();
    installCheckLinkMenu(async () => 'auto', () => undefined, f.api);
    f.click({ menuItemId: CHECK_LINK_MENU_ID, linkUrl: 'https://uscis-gov.net/pay' }, { index: 3, windowId: 9 });
    await settle();
    expect(f.session.get(LINK_TO_CHECK_KEY)).toBe('https://uscis-gov.net/pay');
    expect(f.api.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://abc/popup.html?tab=message', index: 4, windowId: 9 });
    // the popup takes it once; then it is gone
    expect(await takeLinkToCheck(f.api)).toBe('https://uscis-gov.net/pay');
    expect(f.session.has(LINK_TO_CHECK_KEY)).toBe(false);
    expect(await takeLinkToCheck(f.api)).toBeNull();
  });

  it('ignores other menu items and links that are not web links', async () => {
    const f = fakeApi();
    installCheckLinkMenu(async () => 'auto', () => undefined, f.api);
    f.click({ menuItemId: 'other', linkUrl: 'https://example.com/' });
    f.click({ menuItemId: CHECK_LINK_MENU_ID, linkUrl: 'javascript:alert(1)' });
    f.click({ menuItemId: CHECK_LINK_MENU_ID });
    await settle();
    expect(f.api.tabs.create).not.toHaveBeenCalled();
    expect(f.session.size).toBe(0);
  });
});
