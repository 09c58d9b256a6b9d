import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION, defaultSettings, tryTrustSite, type Settings } from '@/lib/settings';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/storage/${name}`, import.meta.url), 'utf8'));

/** The store defines its storage item (and runs WXT migrations) at import: import it fresh per test. */
async function loadStore() {
  vi.resetModules();
  return import('@/lib/platform/settings-store');
}

const stored = async () => (await fakeBrowser.storage.local.get(['settings', 'settings$']));

describe('settings-store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('gives the defaults when nothing is stored, without a problem and without writing', async () => {
    const { getSettings } = await loadStore();
    expect(await getSettings()).toEqual({ settings: defaultSettings() });
    expect(await stored()).toEqual({});
  });

  it('saves and reads back, with the version in WXT metadata', async () => {
    const { getSettings, saveSettings } = await loadStore();
    const r = tryTrustSite(defaultSettings(), 'www.ilrc.org', 'notice', [{ id: 'uscis-topic', evidence: 'DACA' }], new Date('2026-11-25T20:00:00Z'));
    if (!r.ok) throw new Error(r.error);
    await saveSettings({ ...r.settings, language: 'ko' });
    expect(await getSettings()).toEqual({ settings: { ...r.settings, language: 'ko' } });
    const raw = await stored();
    expect(raw['settings$']).toEqual({ v: SETTINGS_VERSION });
  });

  it('migrates a legacy v0 value found in storage and writes the v1 value back', async () => {
    await fakeBrowser.storage.local.set({ settings: fixture('v0.json') });
    const { getSettings } = await loadStore();
    const r = await getSettings();
    expect(r.settings).toEqual(fixture('v1.json'));
    expect((await stored())['settings']).toEqual(fixture('v1.json'));
  });

  it('repairs corrupted storage, writes safe settings back and reports the problem once', async () => {
    await fakeBrowser.storage.local.set({ settings: fixture('corrupted.json'), settings$: { v: 1 } });
    const { getSettings } = await loadStore();
    const first = await getSettings();
    expect(first.problem).toBe('options_settings_reset');
    expect(first.settings.language).toBe('auto');
    expect(first.settings.trusted.map((t) => t.host)).toEqual(['lawyer.example.com', 'example.com', 'evil.example']);
    expect((await stored())['settings']).toEqual(first.settings);
    expect(await getSettings()).toEqual({ settings: first.settings });
  });

  it.each([
    ['a string', 'corrupted'],
    ['a number', 7],
    ['an array', ['www.ilrc.org']],
  ])('replaces a stored value that is %s', async (_label, value) => {
    await fakeBrowser.storage.local.set({ settings: value });
    const { getSettings } = await loadStore();
    expect(await getSettings()).toEqual({ settings: defaultSettings(), problem: 'options_settings_reset' });
    expect((await stored())['settings']).toEqual(defaultSettings());
  });

  it('validates on save: garbage is never stored', async () => {
    const { saveSettings } = await loadStore();
    const bad = { language: 'xx', showNotice: 'yes', trusted: [{ host: 'com' }] } as unknown as Settings;
    expect(await saveSettings(bad)).toEqual(defaultSettings());
    expect((await stored())['settings']).toEqual(defaultSettings());
  });

  it('watchSettings reports validated changes until unwatched', async () => {
    const { saveSettings, watchSettings } = await loadStore();
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await saveSettings({ ...defaultSettings(), showNotice: false });
    await fakeBrowser.storage.local.set({ settings: { language: 'vi', showNotice: 3 } });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[0]).toEqual({ ...defaultSettings(), showNotice: false });
    expect(seen[1]).toEqual({ ...defaultSettings(), language: 'vi' });
    unwatch();
    await saveSettings(defaultSettings());
    expect(seen).toHaveLength(2);
  });

  it('resetSettings restores the defaults', async () => {
    const { resetSettings, saveSettings, getSettings } = await loadStore();
    await saveSettings({ ...defaultSettings(), language: 'es', showNotice: false });
    await resetSettings();
    expect(await getSettings()).toEqual({ settings: defaultSettings() });
  });
});
