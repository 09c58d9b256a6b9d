import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render } from '@testing-library/preact';
import { GRACE_MS } from '@/lib/tab/grace';
import { WarningPage } from '@/entrypoints/warning/WarningPage';
import type { TabState } from '@/lib/messages';

afterEach(cleanup);

const state: TabState = {
  tabId: 1,
  url: 'https://www.fastimmigrationdocs.com/access-code',
  verdict: {
    level: 'danger',
    host: 'www.fastimmigrationdocs.com',
    service: 'access-code',
    reasons: [{ id: 'access-code-for-sale', evidence: 'Official or Not: this site is \u202e✓ efas dna deifirev\u202c', quote: 'Official or Not: this site is \u202e✓ efas dna deifirev\u202c' }],
  },
  trusted: false,
  site: 'fastimmigrationdocs.com',
  visit: { site: 'fastimmigrationdocs.com', continued: false, dismissed: false, fieldGuardShown: false },
  language: 'en',
  scans: 1,
};

describe('WarningPage', () => {
  it('shows page evidence quoted and isolated, with bidi controls removed', () => {
    const actions = { goTo: vi.fn(), back: vi.fn(), continueOnce: vi.fn(), trust: vi.fn(async () => {}), optionsUrl: 'x' };
    const { container } = render(<WarningPage state={state} languages={['en']} actions={actions} />);
    expect(container.querySelector('.reasons q > bdi')?.textContent).toBe('Official or Not: this site is ✓ efas dna deifirev');
    expect(container.textContent).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it.each(['en', 'ko', 'zh_CN'] as const)('keeps each address of the comparison line whole (%s): the look-alike and the real one', (language) => {
    const actions = { goTo: vi.fn(), back: vi.fn(), continueOnce: vi.fn(), trust: vi.fn(async () => {}), optionsUrl: 'x' };
    const lookalike: TabState = {
      ...state,
      url: 'https://uscis-gov.net/account',
      site: 'uscis-gov.net',
      language,
      verdict: { level: 'danger', host: 'uscis-gov.net', reasons: [{ id: 'lookalike-domain', evidence: 'uscis-gov.net' }], impersonates: { id: 'uscis', name: 'USCIS', host: 'uscis.gov' } },
    };
    const { container } = render(<WarningPage state={lookalike} languages={['en', 'ko', 'zh_CN']} actions={actions} />);
    const hosts = [...container.querySelectorAll('.difference .host')].map((el) => el.textContent);
    expect(hosts).toEqual(['uscis-gov.net', 'uscis.gov']);
  });

  // copy26: a copy of an ssa.gov page (claims-official, lib/verdict/decide.ts) names the Social Security Administration and
  // ssa.gov, in the person's language, and its "Go to the real site" goes to ssa.gov (facts.json url.ssa), not uscis.gov.
  it.each(['en', 'es', 'vi'] as const)('a copy of a Social Security page names the SSA and sends the person to ssa.gov (%s)', (language) => {
    const goTo = vi.fn();
    const actions = { goTo, back: vi.fn(), continueOnce: vi.fn(), trust: vi.fn(async () => {}), optionsUrl: 'x' };
    const copy: TabState = {
      ...state,
      url: 'https://teaching-pages.example/654211.html',
      site: 'teaching-pages.example',
      language,
      verdict: { level: 'danger', host: 'teaching-pages.example', service: 'ssa', reasons: [{ id: 'claims-official', evidence: 'questions you may find helpful' }], impersonates: { id: 'ssa', name: 'Social Security Administration', host: 'ssa.gov' } },
    };
    const { container } = render(<WarningPage state={copy} languages={[language]} actions={actions} />);
    const hosts = [...container.querySelectorAll('.difference .host')].map((el) => el.textContent);
    expect(hosts).toEqual(['teaching-pages.example', 'ssa.gov']);
    expect(container.querySelector('h1')?.textContent).toMatch(/SSA/);
    expect(container.textContent).not.toMatch(/uscis/i);
    const go = container.querySelector<HTMLAnchorElement>('a.button.primary');
    expect(go?.getAttribute('href')).toBe('https://www.ssa.gov/');
  });

  // Session 27: a page opened this warning itself (its own look-alike, in a window under the cursor of a double click it
  // asked for), and the second click landed on "Continue once". The buttons that let the site in wait GRACE_MS after
  // the page is shown or shown again, and after "Always trust" asks again; going back is never held.
  it('holds "Continue once" and "Always trust" for the grace period after it is shown, and after it is shown again', () => {
    vi.useFakeTimers();
    try {
      const actions = { goTo: vi.fn(), back: vi.fn(), continueOnce: vi.fn(), trust: vi.fn(async () => {}), optionsUrl: 'x' };
      const { getByRole } = render(<WarningPage state={state} languages={['en']} actions={actions} />);
      const once = getByRole('button', { name: 'Continue to this site once' });
      fireEvent.click(once);
      fireEvent.click(getByRole('button', { name: 'Always trust this site' }));
      fireEvent.click(getByRole('button', { name: 'Back to safety' }));
      expect(actions.continueOnce).not.toHaveBeenCalled();
      expect(actions.back).toHaveBeenCalledTimes(1);
      act(() => void vi.advanceTimersByTime(GRACE_MS));
      // Asking again holds its own button: a double click does not trust.
      fireEvent.click(getByRole('button', { name: 'Always trust this site' }));
      fireEvent.click(getByRole('button', { name: 'Always trust this site' }));
      expect(actions.trust).not.toHaveBeenCalled();
      act(() => void vi.advanceTimersByTime(GRACE_MS));
      fireEvent.click(getByRole('button', { name: 'Always trust this site' }));
      expect(actions.trust).toHaveBeenCalledTimes(1);
      // Shown again (a tab or window brought back): held again.
      act(() => void document.dispatchEvent(new Event('visibilitychange')));
      fireEvent.click(getByRole('button', { name: 'Continue to this site once' }));
      expect(actions.continueOnce).not.toHaveBeenCalled();
      act(() => void vi.advanceTimersByTime(GRACE_MS));
      fireEvent.click(getByRole('button', { name: 'Continue to this site once' }));
      expect(actions.continueOnce).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
