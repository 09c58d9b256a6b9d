import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { AccessCodeGuide } from '@/components/AccessCodeGuide';
import { makeT } from '@/lib/i18n';
import { expectNoAxeViolations } from './axe';

afterEach(cleanup);

describe('AccessCodeGuide', () => {
  it('has collapsible sections, with "USCIS does not charge" open first', async () => {
    const { container } = render(<AccessCodeGuide t={makeT('en')} locale="en" />);
    const sections = container.querySelectorAll('details');
    expect(sections).toHaveLength(8);
    const open = [...sections].filter((d) => d.open).map((d) => d.querySelector('summary')?.textContent);
    expect(open).toEqual(['USCIS does not charge for it']);
    expect(container.textContent).toContain('USCIS does not charge for access codes.');
    await expectNoAxeViolations(container);
  });

  it('links to the official help form and names only official hosts', () => {
    const { container } = render(<AccessCodeGuide t={makeT('en')} locale="en" open={['new-code', 'safety', 'arrives']} />);
    const form = screen.getByRole('link', { name: /Open the help form/ });
    expect(form.getAttribute('href')).toBe('https://my.uscis.gov/account/v1/needhelp');
    expect(form.getAttribute('target')).toBe('_blank');
    expect(form.getAttribute('rel')).toContain('noopener');
    expect(container.textContent).toContain('Type it only on my.uscis.gov or myaccount.uscis.gov.');
    expect(container.textContent).toContain('within 10 business days');
    expect(container.textContent).toContain('Older USCIS pages said letter codes were valid for 90 days');
    // The official route for a new code is the form: no phone number, no "call the Contact Center".
    expect(container.querySelector('a[href^="tel:"]')).toBeNull();
    expect(screen.getByRole('link', { name: /How to get a new code/ }).getAttribute('href')).toBe(
      'https://www.uscis.gov/about-us/contact-us/how-do-i-get-a-new-online-access-code',
    );
    for (const a of container.querySelectorAll('a[href^="http"]')) expect(a.getAttribute('href')).toMatch(/^https:\/\/[a-z.]+\.gov\//);
  });

  it('opens and closes with the keyboard-native <summary>', () => {
    const { container } = render(<AccessCodeGuide t={makeT('en')} locale="en" />);
    const what = container.querySelector('details') as HTMLDetailsElement;
    expect(what.open).toBe(false);
    fireEvent.click(what.querySelector('summary') as Element);
    expect(what.open).toBe(true);
  });

  it.each([
    ['ko', '액세스 코드를 무료로 받으세요'],
    ['fil', 'Kunin nang libre ang iyong access code'],
    ['zh_CN', '免费获取您的访问码'],
  ] as const)('renders in %s', async (locale, title) => {
    const { container } = render(<AccessCodeGuide t={makeT(locale)} locale={locale} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(title);
    await expectNoAxeViolations(container);
  });
});
