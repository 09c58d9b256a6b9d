import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { ReasonList } from '@/components/ReasonList';
import { makeT } from '@/lib/i18n';
import { expectNoAxeViolations } from './axe';

afterEach(cleanup);

describe('ReasonList', () => {
  it('shows plain-words titles, explanations with the hosts, and evidence', async () => {
    const { container } = render(
      <ReasonList
        t={makeT('en')}
        host="uscis-gov.net"
        impersonates={{ id: 'uscis', host: 'uscis.gov' }}
        reasons={[
          { id: 'lookalike-domain', evidence: 'brand "uscis" plus "gov" on another domain' },
          { id: 'access-code-for-sale', evidence: 'Get your USCIS access code now for $49', quote: 'Get your USCIS access code now for $49' },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('Look-alike address');
    expect(items[0]?.textContent).toContain('This site is not USCIS. The real site is uscis.gov.');
    expect(items[1]?.textContent).toContain('Sells USCIS access codes');
    expect(items[1]?.textContent).toContain('Found on the page: Get your USCIS access code now for $49');
    expect(items[1]?.querySelector('q')?.textContent).toBe('Get your USCIS access code now for $49');
    // The address rule's log line is English written by us, not page text: not shown.
    expect(items[0]?.textContent).not.toContain('on another domain');
    await expectNoAxeViolations(container);
  });

  it('says what a form asks for in the reader\'s language, never as a quote of the page', () => {
    const reasons = [{ id: 'sensitive-data-request', evidence: 'form asks for: receipt number, card number', fields: ['receipt_number', 'card_number'] }];
    const { container } = render(<ReasonList t={makeT('vi')} locale="vi" host="a.example" reasons={reasons} />);
    expect(container.textContent).toContain('Mẫu trên trang này hỏi: số biên nhận và số thẻ');
    expect(container.textContent).not.toContain('form asks for');
    expect(container.textContent).not.toContain('Thấy trên trang');
  });

  it('names the imitated agency with its translated name in every locale, never an empty name', () => {
    for (const [locale, name] of [
      ['es', 'el Departamento de Estado de EE. UU.'],
      ['ko', '미국 국토안보부'],
      ['zh_CN', '美国海关与边境保护局（CBP）'],
    ] as const) {
      const id = locale === 'es' ? 'visa' : locale === 'ko' ? 'dhs' : 'cbp';
      const { container } = render(
        <ReasonList t={makeT(locale)} host="x.example" impersonates={{ id, host: 'state.gov' }} reasons={[{ id: 'lookalike-domain', evidence: '' }]} />,
      );
      expect(container.textContent).toContain(name);
      expect(container.textContent).not.toMatch(/USCIS|Department of State|Homeland|Customs and Border/);
      cleanup();
    }
    // Without a known target the sentence is left out rather than shown with a hole in it.
    const { container } = render(<ReasonList t={makeT('en')} host="x.example" reasons={[{ id: 'lookalike-domain', evidence: 'e' }]} />);
    expect(container.textContent).not.toMatch(/not\s*\.|like\s*,|is\s*\./);
    expect(container.textContent).toContain('Look-alike address');
  });

  it('site memory: names what another page of the site sells and its official site, in every locale', () => {
    const reason = { id: 'site-memory', evidence: 'another page of esta-help.example sells esta', service: 'esta' as const };
    for (const locale of ['en', 'es', 'zh_CN', 'vi', 'fil', 'ko'] as const) {
      const t = makeT(locale);
      const { container } = render(<ReasonList t={t} locale={locale} host="www.esta-help.example" reasons={[reason]} />);
      const text = container.textContent ?? '';
      expect(text, locale).toContain(t('signal_site_memory_title'));
      expect(text, locale).toContain(t('service_esta_name'));
      expect(text, locale).toContain('esta.cbp.dhs.gov');
      expect(text, locale).not.toMatch(/\$[A-Z]+\$|another page of/);
      cleanup();
    }
    const { container } = render(<ReasonList t={makeT('en')} host="a.example" reasons={[reason]} />);
    expect(container.textContent).toContain('Another page of this site, which you opened in this browsing session, charges for this: ESTA travel authorization.');
  });

  it('renders page evidence as text, never as HTML, and clips long evidence', () => {
    const long = `<img src=x onerror="alert(1)"> ${'x'.repeat(400)}`;
    const { container } = render(<ReasonList t={makeT('en')} host="a.example" reasons={[{ id: 'payment-red-flags', evidence: long, quote: long }]} />);
    expect(container.querySelector('img')).toBeNull();
    const ev = container.querySelector('.reason-evidence')?.textContent ?? '';
    expect(ev).toContain('<img src=x');
    expect(ev.length).toBeLessThan(200);
    expect(ev.endsWith('…')).toBe(true);
  });

  it('shows evidence quoted and isolated, with bidi controls removed', () => {
    // A page wrote this so that, reversed by U+202E, it would read "…this site is verified and safe ✓".
    const evidence = 'Official or Not: this site is \u202e✓ efas dna deifirev\u202c';
    const { container } = render(<ReasonList t={makeT('en')} host="a.example" reasons={[{ id: 'payment-red-flags', evidence, quote: evidence }]} />);
    const bdi = container.querySelector('.reason-evidence q > bdi');
    expect(bdi?.textContent).toBe('Official or Not: this site is ✓ efas dna deifirev');
    expect(container.textContent).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
    expect(container.querySelector('.reason-evidence')?.textContent).toBe('Found on the page: Official or Not: this site is ✓ efas dna deifirev');
  });

  it('shows an unknown reason id rather than a missing-key string', () => {
    render(<ReasonList t={makeT('en')} host="a.example" reasons={[{ id: 'known-bad-list', evidence: '' }]} />);
    expect(screen.getByRole('listitem').textContent).toBe('known-bad-list');
  });

  it('says so when there are no reasons', () => {
    render(<ReasonList t={makeT('vi')} host="a.example" reasons={[]} />);
    expect(screen.getByText('Không thấy dấu hiệu đáng ngờ nào.')).toBeTruthy();
  });
});
