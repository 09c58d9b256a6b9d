import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { OfficialChannels } from '@/components/OfficialChannels';
import { makeT } from '@/lib/i18n';
import { expectNoAxeViolations } from './axe';

afterEach(cleanup);

describe('OfficialChannels', () => {
  it('lists official sites, tap-to-call numbers, legal help and scam reporting', async () => {
    const { container } = render(<OfficialChannels t={makeT('en')} />);
    const tel = [...container.querySelectorAll('a[href^="tel:"]')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(tel).toEqual([
      ['tel:+18003755283', '800-375-5283'],
      ['tel:+18007671833', '800-767-1833'],
      ['tel:+12126203418', '+1-212-620-3418'],
      ['tel:+18773824357', '1-877-FTC-HELP'],
    ]);
    // The call-back caller ID is shown but is not a number to call.
    expect(container.textContent).toContain('202-838-2200');
    expect(container.querySelector('a[href="tel:+12028382200"]')).toBeNull();
    // Secondary-source numbers carry a caveat.
    expect(container.querySelectorAll('.caveat').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByRole('link', { name: /Free legal help list/ }).getAttribute('href')).toBe(
      'https://www.justice.gov/eoir/list-pro-bono-legal-service-providers',
    );
    expect(screen.getByRole('link', { name: /Report to the FTC/ }).getAttribute('href')).toBe('https://reportfraud.ftc.gov/');
    expect(screen.getByRole('link', { name: /Free USCIS forms/ }).getAttribute('href')).toBe('https://www.uscis.gov/forms');
    expect(container.textContent).toContain('Emma');
    await expectNoAxeViolations(container);
  });

  it('every external link is https on a .gov host', () => {
    const { container } = render(<OfficialChannels t={makeT('es')} />);
    const links = [...container.querySelectorAll('a[target="_blank"]')];
    expect(links.length).toBeGreaterThanOrEqual(8);
    for (const a of links) expect(new URL(a.getAttribute('href') ?? '').hostname).toMatch(/\.gov$/);
  });
});
