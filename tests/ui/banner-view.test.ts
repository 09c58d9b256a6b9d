import { describe, expect, it, vi } from 'vitest';
import { bannerView } from '@/entrypoints/banner/view';
import { makeT } from '@/lib/i18n';
import type { TabState } from '@/lib/messages';
import type { Verdict } from '@/lib/types';
import { expectNoAxeViolations } from './axe';

function state(verdict: Verdict): TabState {
  return {
    tabId: 1,
    url: 'https://www.fastimmigrationdocs.com/access-code',
    verdict,
    trusted: false,
    site: 'fastimmigrationdocs.com',
    visit: { site: 'fastimmigrationdocs.com', continued: false, dismissed: false, fieldGuardShown: false },
    language: 'auto',
    scans: 1,
  };
}

const caution: Verdict = {
  level: 'caution',
  host: 'www.fastimmigrationdocs.com',
  service: 'access-code',
  reasons: [
    { id: 'access-code-for-sale', evidence: 'Order now: Access Code Package only $129', quote: 'Order now: Access Code Package only $129' },
    { id: 'payment-red-flags', evidence: '<img src=x onerror=alert(1)> gift card', quote: '<img src=x onerror=alert(1)> gift card' },
  ],
};

function mount(node: HTMLElement): HTMLElement {
  document.body.innerHTML = '';
  const main = document.createElement('main');
  main.append(node);
  document.body.append(main);
  return main;
}

describe('bannerView', () => {
  it('caution: says why, with the evidence as text, and the free route; no axe violations', async () => {
    const box = bannerView(state(caution), makeT('en'), { dismiss: vi.fn(), trust: vi.fn(), lang: 'en' });
    const root = mount(box);
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.textContent).toContain('Caution');
    expect(box.textContent).toContain('Order now: Access Code Package only $129');
    // Page text never becomes markup.
    expect(box.querySelector('img')).toBeNull();
    expect(box.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(box.querySelector('a')?.getAttribute('href')).toBe('https://my.uscis.gov/account/v1/needhelp');
    await expectNoAxeViolations(root);
  });

  it('notice on a look-alike address: says which agency this is not and where the real one is, translated', () => {
    const looks: Verdict = {
      level: 'notice',
      host: 'uscis-caseupdate.info',
      service: 'uscis',
      reasons: [{ id: 'lookalike-domain', evidence: '"uscis" inside the site name' }],
      impersonates: { id: 'dhs', name: 'U.S. Department of Homeland Security', host: 'dhs.gov' },
    };
    const en = mount(bannerView(state(looks), makeT('en'), { dismiss: vi.fn(), trust: vi.fn(), lang: 'en' }));
    expect(en.textContent).toContain('This site is not the U.S. Department of Homeland Security. The real site is dhs.gov.');
    const vi_ = mount(bannerView(state(looks), makeT('vi'), { dismiss: vi.fn(), trust: vi.fn(), lang: 'vi' }));
    expect(vi_.textContent).toContain('Trang này không phải là Bộ An ninh Nội địa Hoa Kỳ. Trang thật là dhs.gov.');
    expect(vi_.textContent).not.toContain('Homeland');
  });

  it('notice: a quiet status with the reminder and an off switch; no axe violations', async () => {
    const notice: Verdict = { level: 'notice', host: 'www.example-law.com', service: 'forms', reasons: [{ id: 'about-uscis-services', evidence: 'Form I-130' }] };
    const box = bannerView(state(notice), makeT('es'), { dismiss: vi.fn(), trust: vi.fn(), lang: 'es' });
    const root = mount(box);
    expect(box.getAttribute('role')).toBe('status');
    expect(box.getAttribute('lang')).toBe('es');
    expect(box.querySelectorAll('li')).toHaveLength(0);
    expect(box.querySelector('a')?.getAttribute('href')).toBe('https://www.uscis.gov/forms');
    expect(box.textContent).not.toContain('banner_'); // every key is translated
    await expectNoAxeViolations(root);
  });

  it('warnings link to "If you already paid or typed your details"; the quiet reminder does not', () => {
    const openHelp = vi.fn();
    const box = bannerView(state(caution), makeT('es'), { dismiss: vi.fn(), trust: vi.fn(), openHelp, lang: 'es' });
    mount(box);
    const paid = [...box.querySelectorAll('button')].find((b) => b.textContent === '¿Ya pagó o escribió sus datos? Qué hacer');
    expect(paid).toBeDefined();
    paid?.click(); // synthetic: ignored, like every banner button
    expect(openHelp).not.toHaveBeenCalled();
    const notice: Verdict = { level: 'notice', host: 'www.example-law.com', reasons: [] };
    const quiet = bannerView(state(notice), makeT('en'), { dismiss: vi.fn(), trust: vi.fn(), openHelp, lang: 'en' });
    expect(quiet.textContent).not.toContain('Already paid');
  });

  it('the title does not repeat the level word, and the product\'s own evidence is never quoted', () => {
    const withForm: Verdict = {
      ...caution,
      reasons: [...caution.reasons, { id: 'sensitive-data-request', evidence: 'form asks for: receipt number, card number', fields: ['receipt_number', 'card_number'] }],
    };
    const box = bannerView(state(withForm), makeT('zh_CN'), { dismiss: vi.fn(), trust: vi.fn(), lang: 'zh-CN' });
    expect(box.querySelector('.level')?.textContent).toBe('注意');
    expect(box.querySelector('.title')?.textContent).toBe('这个网站不是美国政府网站');
    expect(box.textContent).toContain('这个页面的表格要求填写：收据号码和银行卡号');
    expect(box.textContent).not.toContain('form asks for');
    expect([...box.querySelectorAll('q')].map((q) => q.textContent)).toEqual(['Order now: Access Code Package only $129', '<img src=x onerror=alert(1)> gift card']);
  });

  it('evidence is quoted, isolated and free of bidi controls', () => {
    const tricked: Verdict = { ...caution, reasons: [{ id: 'payment-red-flags', evidence: 'this site is \u202e✓ efas dna deifirev\u202c', quote: 'this site is \u202e✓ efas dna deifirev\u202c' }] };
    const box = bannerView(state(tricked), makeT('en'), { dismiss: vi.fn(), trust: vi.fn(), lang: 'en' });
    expect(box.querySelector('li q > bdi')?.textContent).toBe('this site is ✓ efas dna deifirev');
    expect(box.textContent).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(box.getAttribute('dir')).toBe('ltr');
  });

  it('buttons ignore synthetic clicks', () => {
    const dismiss = vi.fn();
    const trust = vi.fn();
    const box = bannerView(state(caution), makeT('en'), { dismiss, trust, lang: 'en' });
    mount(box);
    for (const button of box.querySelectorAll('button')) {
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }
    expect(dismiss).not.toHaveBeenCalled();
    expect(trust).not.toHaveBeenCalled();
  });
});
