import { decide } from '@/lib/verdict';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Popup, type PopupServices } from '@/entrypoints/popup/Popup';
import type { TabState } from '@/lib/messages';
import type { Verdict } from '@/lib/types';
import { expectNoAxeViolations } from './axe';

afterEach(cleanup);

function tabState(verdict: Partial<Verdict>, extra: Partial<TabState> = {}): TabState {
  const host = verdict.host ?? 'uscis-gov.net';
  return {
    tabId: 7,
    url: `https://${host}/`,
    verdict: { level: 'none', reasons: [], host, ...verdict },
    trusted: false,
    site: host,
    visit: { site: host, continued: false, dismissed: false, fieldGuardShown: false },
    language: 'auto',
    scans: 1,
    ...extra,
  };
}

function services(over: Partial<PopupServices> = {}, state: TabState | null = tabState({})): PopupServices & { [k: string]: unknown } {
  return {
    tabId: 7,
    browserLanguages: ['en-US'],
    getTabState: vi.fn(async () => state),
    trust: vi.fn(async () => true),
    untrust: vi.fn(async () => true),
    getLanguage: vi.fn(async () => 'auto' as const),
    saveLanguage: vi.fn(async () => undefined),
    ...over,
  };
}

const DANGER = tabState({
  level: 'danger',
  host: 'uscis-gov.net',
  service: 'access-code',
  impersonates: { id: 'uscis', name: 'USCIS', host: 'uscis.gov' },
  reasons: [
    { id: 'lookalike-domain', evidence: '"uscis" + "gov" on another domain' },
    { id: 'access-code-for-sale', evidence: 'USCIS online access code – $39.99', quote: 'USCIS online access code – $39.99' },
  ],
});

describe('<Popup>', () => {
  it('asks the background for the tab and shows the verdict, reasons and the free route', async () => {
    const s = services({}, DANGER);
    const { container } = render(<Popup services={s} />);
    expect(screen.getByRole('status').textContent).toContain('Checking this page');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Danger'));
    expect(s.getTabState).toHaveBeenCalledWith(7);
    expect(container.querySelector('[data-level]')?.getAttribute('data-level')).toBe('danger');
    // the guide and channels are in the DOM at once, from local data
    expect(container.querySelector('a[href="tel:+18003755283"]')).not.toBeNull();
    expect(container.textContent).toContain('Site: uscis-gov.net');
    expect(container.textContent).toContain('This site is not USCIS. The real site is uscis.gov.');
    expect(container.textContent).toContain('USCIS does not charge for online access codes.');
    expect(screen.getByRole('link', { name: /Open my\.uscis\.gov/ }).getAttribute('href')).toBe('https://my.uscis.gov/account/v1/needhelp');
    await expectNoAxeViolations(container);
  });

  it('a weak look-alike on its address alone is a reminder naming the agency, never "No warning" (issue 13)', async () => {
    const url = 'https://dhs-help.com/';
    const verdict = decide(url);
    expect(verdict.level).toBe('notice');
    const { container } = render(<Popup services={services({}, tabState(verdict))} />);
    await waitFor(() => expect(container.querySelector('[data-level]')?.getAttribute('data-level')).toBe('notice'));
    expect(container.textContent).not.toContain('No warning');
    expect(container.textContent).toContain('This site is not the U.S. Department of Homeland Security. The real site is dhs.gov.');
    expect(container.textContent).not.toMatch(/not\s*\.|like\s*,/);
  });

  it('first render comes from local data: the guide and channels show while the background has not answered', () => {
    const s = services({ getTabState: vi.fn(() => new Promise<TabState | null>(() => undefined)) });
    const { container } = render(<Popup services={s} />);
    expect(screen.getByRole('status').textContent).toContain('Checking this page');
    expect(container.querySelector('a[href="tel:+18003755283"]')).not.toBeNull();
    expect(container.textContent).toContain('USCIS does not charge for access codes.');
    // (in the guide's tab panel, present in the DOM before that tab is opened)
    expect(container.querySelector('a[href^="https://my.uscis.gov/"]')?.textContent).toContain('Open the help form');
  });

  it('trusts and untrusts the site through the services, then reloads the state', async () => {
    let current = DANGER;
    const s = services({
      getTabState: vi.fn(async () => current),
      trust: vi.fn(async () => {
        current = { ...DANGER, trusted: true };
        return true;
      }),
      untrust: vi.fn(async () => {
        current = DANGER;
        return true;
      }),
    });
    render(<Popup services={s} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Trust this site' }));
    await screen.findByRole('button', { name: 'Stop trusting this site' });
    expect(s.trust).toHaveBeenCalledWith('uscis-gov.net', 7);
    expect(screen.getByText(/warnings are off/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Stop trusting this site' }));
    await screen.findByRole('button', { name: 'Trust this site' });
    expect(s.untrust).toHaveBeenCalledWith('uscis-gov.net');
  });

  it('reports a failed trust request', async () => {
    const s = services({ trust: vi.fn(async () => Promise.reject(new Error('no receiver'))) }, DANGER);
    render(<Popup services={s} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Trust this site' }));
    expect((await screen.findByRole('alert')).textContent).toContain('try again');
  });

  it('switches language instantly and saves the choice', async () => {
    const s = services({}, DANGER);
    const { container } = render(<Popup services={s} />);
    await screen.findByText('Danger');
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'es' } });
    expect(screen.getByText('Peligro')).toBeTruthy();
    expect(container.querySelector('.popup')?.getAttribute('lang')).toBe('es');
    expect(s.saveLanguage).toHaveBeenCalledWith('es');
    expect(screen.getByRole('tab', { name: 'Este sitio' })).toBeTruthy();
  });

  it('follows the saved language, else the browser language', async () => {
    render(<Popup services={services({ getLanguage: vi.fn(async () => 'ko' as const) }, DANGER)} />);
    await screen.findByText('위험');
    cleanup();
    render(<Popup services={services({ browserLanguages: ['vi-VN', 'en'] }, DANGER)} />);
    await screen.findByText('Nguy hiểm');
  });

  it('a language change made elsewhere re-renders the popup', async () => {
    let push: (v: 'fil') => void = () => undefined;
    const s = services({ watchLanguage: (cb) => ((push = cb), () => undefined) }, DANGER);
    render(<Popup services={s} />);
    await screen.findByText('Danger');
    push('fil');
    await screen.findByText('Panganib');
  });

  it.each([
    ['no tab id', { tabId: null }],
    ['background answers null', { getTabState: vi.fn(async () => null) }],
    ['background fails', { getTabState: vi.fn(async () => Promise.reject(new Error('x'))) }],
  ] as const)('%s: explains there is nothing to check', async (_n, over) => {
    const { container } = render(<Popup services={services(over as Partial<PopupServices>)} />);
    await screen.findByText(/nothing to check/);
    await expectNoAxeViolations(container);
  });

  it('official sites show the badge without trust buttons', async () => {
    render(<Popup services={services({}, tabState({ level: 'official', host: 'www.uscis.gov', reasons: [{ id: 'official-host', evidence: 'uscis.gov (USCIS)' }] }))} />);
    await screen.findByText('Official government site');
    expect(screen.queryByRole('button', { name: /trust/i })).toBeNull();
    expect(screen.getByText('Known official website')).toBeTruthy();
  });

  it('the message, guide and channels tabs work from the keyboard', async () => {
    const { container } = render(<Popup services={services({}, DANGER)} />);
    await screen.findByText('Danger');
    fireEvent.keyDown(screen.getByRole('tab', { name: 'This site' }), { key: 'ArrowRight' });
    expect(screen.getByRole('textbox', { name: 'Paste a text message, e-mail or link' })).toBeTruthy();
    await expectNoAxeViolations(container);
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Check a message' }), { key: 'ArrowRight' });
    expect(screen.getByRole('heading', { name: 'Get your access code free' })).toBeTruthy();
    await expectNoAxeViolations(container);
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Access code' }), { key: 'ArrowRight' });
    expect(screen.getByRole('heading', { name: 'Official channels' })).toBeTruthy();
    expect(container.querySelector('a[href="tel:+18003755283"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });
});
