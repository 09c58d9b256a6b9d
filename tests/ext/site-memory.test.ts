/**
 * The site memory's store (lib/platform/site-memory.ts) on WXT's fake browser: a seller's page is
 * remembered in storage.session and raises the site's next page; pages judged at once (several
 * tabs) are all recorded; a broken stored value reads as an empty memory.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { Settings } from '@/lib/settings/types';
import type { TabEvent } from '@/lib/tab';
import type { Verdict } from '@/lib/types';

const settings = DEFAULT_SETTINGS as Settings;
const seller = (site: string): TabEvent => ({
  type: 'snapshot',
  url: `https://www.${site}/order`,
  verdict: { level: 'caution', reasons: [{ id: 'middleman-service', evidence: 'x' }], host: `www.${site}`, service: 'esta' },
});
const faq = (site: string): TabEvent => ({ type: 'navigate', url: `https://www.${site}/faq`, verdict: { level: 'none', reasons: [], host: `www.${site}` } });
const levelOf = (event: TabEvent) => (event as { verdict: Verdict }).verdict.level;

async function load() {
  vi.resetModules();
  return import('@/lib/platform/site-memory');
}

describe('site memory store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('remembers a seller in storage.session and raises its FAQ; other events pass unchanged', async () => {
    const { throughSiteMemory } = await load();
    expect(levelOf(await throughSiteMemory(faq('esta-go.com'), settings))).toBe('none');
    await throughSiteMemory(seller('esta-go.com'), settings);
    expect(await fakeBrowser.storage.session.get('site-memory')).toEqual({ 'site-memory': { 'esta-go.com': { service: 'esta' } } });
    expect(levelOf(await throughSiteMemory(faq('esta-go.com'), settings))).toBe('caution');
    const dismiss: TabEvent = { type: 'dismiss' };
    expect(await throughSiteMemory(dismiss, settings)).toBe(dismiss);
  });

  it('records every seller when pages of several tabs are judged at once', async () => {
    const { throughSiteMemory } = await load();
    const sites = ['a-esta.com', 'b-esta.com', 'c-esta.com', 'd-esta.com'];
    await Promise.all(sites.map((s) => throughSiteMemory(seller(s), settings)));
    const stored = (await fakeBrowser.storage.session.get('site-memory'))['site-memory'] as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(sites);
  });

  it('reads a broken stored value as an empty memory, and keeps working', async () => {
    await fakeBrowser.storage.session.set({ 'site-memory': 'junk' });
    const { throughSiteMemory } = await load();
    expect(levelOf(await throughSiteMemory(faq('esta-go.com'), settings))).toBe('none');
    await throughSiteMemory(seller('esta-go.com'), settings);
    expect(levelOf(await throughSiteMemory(faq('esta-go.com'), settings))).toBe('caution');
  });
});
