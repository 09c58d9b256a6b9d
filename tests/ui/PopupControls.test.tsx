import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { LanguagePicker, type LanguageSetting } from '@/components/LanguagePicker';
import { PopupTabs } from '@/components/PopupTabs';
import { TrustControls } from '@/components/TrustControls';
import { OfficialRoute } from '@/components/OfficialRoute';
import { PhoneLine } from '@/components/PhoneLine';
import { ExternalLink } from '@/components/ExternalLink';
import { makeT } from '@/lib/i18n';
import { expectNoAxeViolations } from './axe';

afterEach(cleanup);
const en = makeT('en');

describe('LanguagePicker', () => {
  it('offers auto plus six languages, each in its own name', async () => {
    const onChange = vi.fn();
    const { container } = render(<LanguagePicker value="auto" onChange={onChange} t={en} />);
    const select = screen.getByRole('combobox', { name: 'Language' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Same as browser', 'English', 'Español', '简体中文', 'Tiếng Việt', 'Tagalog', '한국어']);
    fireEvent.change(select, { target: { value: 'ko' } });
    expect(onChange).toHaveBeenCalledWith('ko');
    await expectNoAxeViolations(container);
  });

  it('ignores values that are not languages', () => {
    const onChange = vi.fn();
    render(<LanguagePicker value={'en' as LanguageSetting} onChange={onChange} t={en} />);
    const select = screen.getByRole('combobox') as HTMLSelectElement;
    const bogus = document.createElement('option');
    bogus.value = 'xx';
    select.append(bogus);
    fireEvent.change(select, { target: { value: 'xx' } });
    expect(onChange).not.toHaveBeenCalled();
  });
});

function TabsHarness() {
  const [sel, setSel] = useState('a');
  return (
    <PopupTabs
      tabs={['a', 'b', 'c'].map((id) => ({ id, label: id.toUpperCase(), content: <p>panel {id}</p> }))}
      selected={sel}
      onSelect={setSel}
      label="Sections"
    />
  );
}

describe('PopupTabs', () => {
  it('is one tab stop and moves with arrow keys, Home and End', async () => {
    const { container } = render(<TabsHarness />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    fireEvent.keyDown(tabs[0] as Element, { key: 'ArrowRight' });
    expect(screen.getByRole('tabpanel').textContent).toBe('panel b');
    expect(document.activeElement?.id).toBe('tab-b');
    fireEvent.keyDown(screen.getByRole('tab', { selected: true }), { key: 'ArrowLeft' });
    fireEvent.keyDown(screen.getByRole('tab', { selected: true }), { key: 'ArrowLeft' });
    expect(screen.getByRole('tabpanel').textContent).toBe('panel c');
    fireEvent.keyDown(screen.getByRole('tab', { selected: true }), { key: 'Home' });
    expect(screen.getByRole('tabpanel').textContent).toBe('panel a');
    fireEvent.keyDown(screen.getByRole('tab', { selected: true }), { key: 'End' });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('C');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-c');
    // every panel stays in the DOM, only the selected one is visible
    expect(container.querySelectorAll('[role="tabpanel"]')).toHaveLength(3);
    expect(container.querySelectorAll('[role="tabpanel"][hidden]')).toHaveLength(2);
    await expectNoAxeViolations(container);
  });
});

describe('TrustControls', () => {
  it.each([
    ['official', false, null],
    ['none', false, null],
    ['caution', false, 'Trust this site'],
    ['danger', false, 'Trust this site'],
    ['official', true, 'Stop trusting this site'],
  ] as const)('level %s, trusted=%s → %s', async (level, trusted, button) => {
    const onTrust = vi.fn();
    const onUntrust = vi.fn();
    const { container } = render(<TrustControls level={level} trusted={trusted} busy={false} failed={false} onTrust={onTrust} onUntrust={onUntrust} t={en} />);
    const b = screen.queryByRole('button');
    expect(b?.textContent ?? null).toBe(button);
    if (b) {
      fireEvent.click(b);
      expect((trusted ? onUntrust : onTrust).mock.calls.length).toBe(1);
      await expectNoAxeViolations(container);
    }
  });

  it('shows a failure as an alert and disables while busy', () => {
    render(<TrustControls level="caution" trusted={false} busy failed onTrust={vi.fn()} onUntrust={vi.fn()} t={en} />);
    expect(screen.getByRole('alert').textContent).toContain('try again');
    expect((screen.getByRole('button') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('OfficialRoute', () => {
  it.each([
    ['access-code', 'https://my.uscis.gov/account/v1/needhelp', 'USCIS does not charge for access codes.'],
    ['esta', 'https://esta.cbp.dhs.gov/', 'The official fee is US$40. (Source, checked December 6, 2026'],
    ['dv-lottery', 'https://dvprogram.state.gov/', 'only during an entry period it has announced'],
    [undefined, 'https://www.uscis.gov/', 'Use the official USCIS website'],
  ] as const)('%s → %s', async (service, url, text) => {
    const { container } = render(<OfficialRoute service={service} locale="en" t={en} />);
    expect(screen.getByRole('link', { name: /^Open / }).getAttribute('href')).toBe(url);
    expect(container.textContent).toContain(text);
    await expectNoAxeViolations(container);
  });

  it('shows the ESTA fee with its date and a link to the Federal Register notice', () => {
    const { container } = render(<OfficialRoute service="esta" locale="zh_CN" t={makeT('zh_CN')} />);
    expect(container.textContent).toContain('官方费用为 40 美元。（来源，核实日期 2026年12月6日');
    const source = screen.getByRole('link', { name: /来源/ });
    expect(source.getAttribute('href')).toBe('https://www.federalregister.gov/d/2025-16453');
  });

  it('shows no fee for the Diversity Visa entry', () => {
    const { container } = render(<OfficialRoute service="dv-lottery" locale="en" t={en} />);
    expect(container.textContent).not.toMatch(/\$|fee/);
  });
});

describe('PhoneLine / ExternalLink', () => {
  it('keeps the number as selectable link text and marks secondary numbers', async () => {
    const phone = { label: 'Phone', number: '800-375-5283', href: 'tel:+18003755283', secondary: false, source: 'https://www.uscis.gov/x', checked: '2026-11-25' };
    const { container } = render(<PhoneLine phone={phone} locale="en" t={en} />);
    expect(screen.getByRole('link', { name: /Source, checked November 25, 2026/ }).getAttribute('href')).toBe('https://www.uscis.gov/x');
    const a = screen.getByRole('link', { name: /800-375-5283/ });
    expect(a.textContent).toBe('800-375-5283');
    expect(a.getAttribute('href')).toBe('tel:+18003755283');
    expect(container.querySelector('.caveat')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('marks secondary numbers and does not link their third-party source', () => {
    const phone = { label: 'From abroad', number: '+1-212-620-3418', href: 'tel:+12126203418', secondary: true, source: 'https://legalclarity.org/', checked: '2026-11-25' };
    const { container } = render(<PhoneLine phone={phone} locale="en" t={en} />);
    expect(container.querySelector('.caveat')?.textContent).toBe('Found in guides, not on a government page. It may be out of date.');
    expect(container.textContent).toContain('Source, checked November 25, 2026');
    expect(container.querySelector('a[href*="legalclarity"]')).toBeNull();
  });

  it.each(['javascript:alert(1)', 'http://uscis.gov/', '', 'data:text/html,hi'])('never links %j', (href) => {
    const { container } = render(<ExternalLink href={href} t={en}>label</ExternalLink>);
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toBe('label');
  });
});
