/**
 * "Always trust" on hosts that serve many people's pages by path (issue 14 item 8): trusting a
 * Google Form used to trust google.com, a Microsoft Form office.com. There, trust is not offered
 * and every surface says why; elsewhere it is offered as before.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { TrustControls } from '@/components/TrustControls';
import { WarningPage } from '@/entrypoints/warning/WarningPage';
import { bannerView } from '@/entrypoints/banner/view';
import { hintView } from '@/entrypoints/banner/hint-view';
import { makeT } from '@/lib/i18n';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { Settings } from '@/lib/settings/types';
import { step, type TabState } from '@/lib/tab';
import type { Level } from '@/lib/types';

afterEach(cleanup);
const en = makeT('en');
const NOT_OFFERED = en('trust_not_offered');

function judged(url: string, level: Level): TabState {
  const verdict = { level, reasons: [], host: new URL(url).hostname };
  const next = step(null, { type: 'navigate', url, verdict }, { tabId: 1, settings: DEFAULT_SETTINGS as Settings });
  return next.state as TabState;
}

const SHARED = [
  'https://docs.google.com/forms/d/e/1FAIpQL/viewform',
  'https://sites.google.com/view/uscis-help',
  'https://forms.office.com/r/AbC123',
  'https://storage.googleapis.com/some-bucket/uscis.html',
  'https://ipfs.io/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi',
  'https://bit.ly/3uscis',
];

describe('trust scope', () => {
  it.each(SHARED)('%s: not trustable', (url) => {
    expect(judged(url, 'caution').trustable).toBe(false);
  });

  it.each(['https://www.fastimmigrationdocs.com/', 'https://www.google.com/search', 'https://alice.github.io/'])('%s: trustable', (url) => {
    expect(judged(url, 'caution').trustable).toBe(true);
  });

  it('popup: the reason instead of the button', () => {
    render(<TrustControls level="caution" trusted={false} trustable={false} busy={false} failed={false} onTrust={vi.fn()} onUntrust={vi.fn()} t={en} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(NOT_OFFERED)).toBeTruthy();
  });

  it('warning page: no "Always trust", the reason instead', () => {
    const state = judged(SHARED[0]!, 'danger');
    const actions = { goTo: vi.fn(), back: vi.fn(), continueOnce: vi.fn(), trust: vi.fn(async () => {}), optionsUrl: 'x' };
    const { container } = render(<WarningPage state={state} languages={['en']} actions={actions} />);
    expect(container.textContent).toContain(NOT_OFFERED);
    expect(screen.queryByRole('button', { name: en('warning_always_trust') })).toBeNull();
    expect(screen.getByRole('button', { name: en('warning_continue_once') })).toBeTruthy();
  });

  it('banner: no "I trust this site", the reason instead; the quiet notice keeps "Don\'t show reminders"', () => {
    const box = bannerView(judged(SHARED[2]!, 'caution'), en, { dismiss: vi.fn(), trust: vi.fn(), lang: 'en' });
    expect(box.textContent).toContain(NOT_OFFERED);
    expect(box.textContent).not.toContain(en('banner_trust'));
    const quiet = hintView(judged(SHARED[2]!, 'notice'), en, { close: vi.fn(), off: vi.fn(), lang: 'en' });
    expect(quiet.textContent).toContain(en('banner_notice_off'));
  });
});
