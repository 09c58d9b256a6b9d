import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { OfficialChannels } from '@/components/OfficialChannels';
import { makeT } from '@/lib/i18n';
import { expectNoAxeViolations } from './axe';

afterEach(cleanup);

describe('OfficialChannels', () => {
  it('lists official sites, tap-to-call numbers, legal help and scam reporting', async () => {
    const { container } = render(<OfficialChannels t={makeT('en')} locale="en" />);
    const tel = [...container.querySelectorAll('a[href^="tel:"]')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(tel).toEqual([
      ['tel:+18003755283', '800-375-5283'],
      ['tel:+18007671833', '800-767-1833'],
      ['tel:+12126203418', '+1-212-620-3418'],
      ['tel:+18773824357', '1-877-382-4357'],
      ['tel:+18773824357', '1-877-382-4357'],
      ['tel:+18773824357', '1-877-382-4357'],
    ]);
    // No "USCIS caller ID" number: caller ID can be faked, and its only source is a law firm.
    expect(container.textContent).not.toContain('202-838-2200');
    expect(container.textContent).toContain('Caller ID can be faked.');
    // Every number shows the date it was checked, linked to its source.
    expect(container.querySelectorAll('.phone-line .source-note')).toHaveLength(6);
    expect(container.querySelectorAll('.phone-line .source-note a[href^="https://"]')).toHaveLength(5);
    // Only the secondary-source number (calling from abroad) carries the caveat, and it sends no one to the USCIS website to check an FTC number.
    expect([...container.querySelectorAll('.caveat')].map((c) => c.closest('.phone-line')?.querySelector('.phone-number')?.textContent)).toEqual(['+1-212-620-3418']);
    expect(container.textContent).not.toMatch(/Check it on the USCIS website/i);
    expect(screen.getByRole('link', { name: /Free legal help list/ }).getAttribute('href')).toBe(
      'https://www.justice.gov/eoir/list-pro-bono-legal-service-providers',
    );
    expect(screen.getAllByRole('link', { name: /Report to the FTC/ }).map((a) => a.getAttribute('href'))).toEqual(['https://reportfraud.ftc.gov/', 'https://reportfraud.ftc.gov/']);
    expect(screen.getByRole('link', { name: /Free USCIS forms/ }).getAttribute('href')).toBe('https://www.uscis.gov/forms');
    expect(container.textContent).toContain('Emma');
    expect(screen.getByRole('link', { name: /USCIS page on scams and fraud/ }).getAttribute('href')).toBe('https://www.uscis.gov/scams-fraud-and-misconduct');
    expect(screen.getByRole('heading', { name: 'If you already paid or typed your details' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Help in your language' })).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('puts Spanish pages first for Spanish readers', () => {
    const { container } = render(<OfficialChannels t={makeT('es')} locale="es" />);
    const report = container.querySelector('#help-report');
    const hrefs = [...(report?.querySelectorAll('a[target="_blank"]') ?? [])].map((a) => a.getAttribute('href')).filter((h) => !h?.includes('consumer.ftc.gov'));
    expect(hrefs.slice(0, 2)).toEqual(['https://reportefraude.ftc.gov/', 'https://www.uscis.gov/es/fraude-estafas-y-fallas-en-el-desempeno/evite-las-estafas-de-inmigracion/reporte-estafas-de-inmigracion']);
  });

  it.each(['zh_CN', 'vi', 'fil', 'ko'] as const)('%s readers get no Spanish-only links, and English pages are marked as English', (locale) => {
    const { container } = render(<OfficialChannels t={makeT(locale)} locale={locale} />);
    const hrefs = [...container.querySelectorAll('a[target="_blank"]')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((h) => h.includes('reportefraude') || h.includes('/es/'))).toEqual([]);
    expect(container.querySelectorAll('.link-lang').length).toBeGreaterThanOrEqual(3);
    expect(hrefs).toContain('https://www.ftc.gov/languages');
  });

  it('every external link is https on a .gov host', () => {
    const { container } = render(<OfficialChannels t={makeT('es')} locale="es" />);
    const links = [...container.querySelectorAll('a[target="_blank"]')];
    expect(links.length).toBeGreaterThanOrEqual(8);
    for (const a of links) expect(new URL(a.getAttribute('href') ?? '').hostname).toMatch(/\.gov$/);
  });
});
