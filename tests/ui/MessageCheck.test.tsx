import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { MessageCheck } from '@/components/MessageCheck';
import { Popup, type PopupServices } from '@/entrypoints/popup/Popup';
import { makeT } from '@/lib/i18n';
import { LOCALES } from '@/lib/i18n/locales';
import { checkMessage } from '@/lib/message';
import { factText } from '@/lib/facts';
import { expectNoAxeViolations } from './axe';

afterEach(cleanup);

const t = makeT('en');
const SCAM = 'USCIS: Your case has an outstanding fee of $150. Pay within 24 hours at uscis[.]gov-pay[.]com or call 305-555-0100. Status: bit.ly/3xYz';

function paste(text: string): void {
  fireEvent.input(screen.getByRole('textbox'), { target: { value: text } });
}

describe('<MessageCheck>', () => {
  it('says what to do before anything is pasted, with a labelled box and the privacy line', async () => {
    const { container } = render(<MessageCheck t={t} locale="en" />);
    const box = screen.getByRole('textbox', { name: 'Paste a text message, e-mail or link' });
    expect(box.getAttribute('aria-describedby')).toBe('message-privacy');
    expect(container.textContent).toContain('The text is not sent anywhere and not saved.');
    expect(container.textContent).toContain('Paste a message above to check it.');
    await expectNoAxeViolations(container);
  });

  it('a scam: one plain verdict, reasons with evidence, links with their address verdicts, phone numbers, the route and "already paid"', async () => {
    const { container } = render(<MessageCheck t={t} locale="en" debounceMs={0} />);
    paste(SCAM);
    await waitFor(() => expect(container.querySelector('.level-badge')?.getAttribute('data-level')).toBe('danger'));
    expect(screen.getByRole('status').textContent).toContain('This message seems to pretend to be the government.');
    expect(container.textContent).toContain('Pretends to be a government agency');
    expect(container.textContent).toContain('Found in the message:');
    const links = [...container.querySelectorAll('.message-link')].map((li) => [li.getAttribute('data-level'), li.textContent]);
    expect(links[0]?.[0]).toBe('danger');
    expect(links[0]?.[1]).toContain('uscis[.]gov-pay[.]com');
    expect(links[0]?.[1]).toContain('Fake address that looks like the government');
    expect(links[0]?.[1]).toContain('Written in a strange way to hide it');
    expect(links[1]?.[1]).toContain("we can't see where this goes");
    // links are shown as text, never as something to click
    expect(container.querySelector('.message-links a')).toBeNull();
    expect(container.textContent).toContain(`Not an official USCIS number. Call USCIS only at ${factText('phone.uscis-contact-center')}.`);
    expect(container.textContent).toContain('If you already paid or typed your details');
    expect(screen.getByRole('link', { name: /Open uscis\.gov/ })).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('a link or a number with a right-to-left override is shown in its real order, with no hidden characters', async () => {
    const { container } = render(<MessageCheck t={t} locale="en" debounceMs={0} />);
    paste('USCIS: your case fee is due. Pay at https://pay-case-fee.com/\u202evog.sicsu.www//:sptth today or call 305-555-\u202e0010\u202c.');
    await waitFor(() => expect(container.querySelectorAll('.message-link').length).toBe(1));
    const shown = container.querySelector('.message-link-text')?.textContent ?? '';
    expect(shown).toBe('https://pay-case-fee.com/vog.sicsu.www//:sptth');
    expect(container.querySelector('.message-link-note')?.textContent).toBe(t('message_link_disguised'));
    for (const el of container.querySelectorAll('.message-link-text, .message-phone-number')) expect(el.textContent).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
  });

  it('an official case-status text stays quiet and its link shows as official', async () => {
    const { container } = render(<MessageCheck t={t} locale="en" debounceMs={0} />);
    paste('USCIS: Your case status was updated. Visit https://egov.uscis.gov/casestatus');
    await waitFor(() => expect(container.querySelector('.level-badge')?.getAttribute('data-level')).toBe('notice'));
    expect(container.querySelector('.message-link')?.textContent).toContain('Official government website');
    expect(container.textContent).not.toContain('If you already paid');
  });

  it('waits until typing pauses, and Clear empties the box and the verdict', async () => {
    vi.useFakeTimers();
    try {
      const check = vi.fn(checkMessage);
      const { container } = render(<MessageCheck t={t} locale="en" check={check} debounceMs={250} />);
      paste('U');
      paste('US');
      paste(SCAM);
      expect(check).not.toHaveBeenCalled();
      await act(() => {
        vi.advanceTimersByTime(300);
      });
      expect(check).toHaveBeenCalledTimes(1);
      expect(check).toHaveBeenCalledWith(SCAM);
      fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
      await act(() => {
        vi.advanceTimersByTime(300);
      });
      expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('');
      expect(container.querySelector('.level-badge')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([...LOCALES])('%s: the panel and a verdict have no English left and no axe violations', async (code) => {
    const tl = makeT(code);
    const { container } = render(<MessageCheck t={tl} locale={code} initialText={SCAM} />);
    expect(container.textContent).toContain(tl('message_level_danger_summary'));
    expect(container.textContent).toContain(tl('signal_claims_agency_title'));
    if (code !== 'en') expect(container.textContent).not.toContain('Pretends to be a government agency');
    await expectNoAxeViolations(container);
  });
});

describe('<Popup> "Check this link"', () => {
  it('opens the message tab with the right-clicked link and its verdict', async () => {
    const s: PopupServices = {
      tabId: null,
      browserLanguages: ['en-US'],
      getTabState: vi.fn(async () => null),
      trust: vi.fn(async () => true),
      untrust: vi.fn(async () => true),
      getLanguage: vi.fn(async () => 'auto' as const),
      saveLanguage: vi.fn(async () => undefined),
      takeLinkToCheck: vi.fn(async () => 'https://uscis-gov.net/account'),
    };
    const { container } = render(<Popup services={s} />);
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Check a message' }).getAttribute('aria-selected')).toBe('true'));
    await waitFor(() => expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('https://uscis-gov.net/account'));
    expect(container.querySelector('#panel-message .level-badge')?.getAttribute('data-level')).toBe('danger');
    expect(s.takeLinkToCheck).toHaveBeenCalledTimes(1);
  });
});
