import { describe, expect, it, vi } from 'vitest';
import { bannerView } from '@/entrypoints/banner/view';
import { ANNOUNCE_MS, hintView } from '@/entrypoints/banner/hint-view';
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
    const en = mount(hintView(state(looks), makeT('en'), { close: vi.fn(), off: vi.fn(), lang: 'en' }));
    expect(en.textContent).toContain('This site is not the U.S. Department of Homeland Security. The real site is dhs.gov.');
    const vi_ = mount(hintView(state(looks), makeT('vi'), { close: vi.fn(), off: vi.fn(), lang: 'vi' }));
    expect(vi_.textContent).toContain('Trang này không phải là Bộ An ninh Nội địa Hoa Kỳ. Trang thật là dhs.gov.');
    expect(vi_.textContent).not.toContain('Homeland');
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
    const quiet = hintView(state(notice), makeT('en'), { close: vi.fn(), off: vi.fn(), lang: 'en' });
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

  it('caution: a fold button (expanded) controls the details; folded from the start when asked', async () => {
    const open = bannerView(state(caution), makeT('en'), { dismiss: vi.fn(), trust: vi.fn(), lang: 'en' });
    const fold = open.querySelector('button.fold')!;
    expect(fold.textContent).toBe('Make smaller');
    expect(fold.getAttribute('aria-expanded')).toBe('true');
    expect(open.querySelector(`#${fold.getAttribute('aria-controls')}`)?.hasAttribute('hidden')).toBe(false);
    const folded = bannerView(state(caution), makeT('en'), { dismiss: vi.fn(), trust: vi.fn(), lang: 'en', folded: true });
    const again = folded.querySelector('button.fold')!;
    expect(again.textContent).toBe('Show details');
    expect(again.getAttribute('aria-expanded')).toBe('false');
    expect(folded.classList.contains('strip')).toBe(true);
    expect(folded.querySelector('#banner-details')?.hasAttribute('hidden')).toBe(true);
    expect(folded.getAttribute('role')).toBe('alert'); // still the warning, only smaller
    await expectNoAxeViolations(mount(folded));
    // A page's synthetic click cannot fold it.
    const onFold = vi.fn();
    const box = bannerView(state(caution), makeT('en'), { dismiss: vi.fn(), trust: vi.fn(), lang: 'en', onFold });
    mount(box);
    (box.querySelector('button.fold') as HTMLButtonElement).click();
    expect(onFold).not.toHaveBeenCalled();
    expect(box.classList.contains('strip')).toBe(false);
  });
});

describe('hintView (notice)', () => {
  const notice: Verdict = { level: 'notice', host: 'www.example-law.com', service: 'forms', reasons: [{ id: 'about-uscis-services', evidence: 'Form I-130' }] };

  it('one line: the toggle (closed), the official site as a link, a close button; the rest hidden; no axe violations', async () => {
    vi.useFakeTimers();
    try {
      const box = hintView(state(notice), makeT('es'), { close: vi.fn(), off: vi.fn(), lang: 'es' });
      const root = mount(box);
      expect(box.getAttribute('lang')).toBe('es');
      const toggle = box.querySelector('.hint-line button.hint-toggle')!;
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(toggle.textContent).toContain('Este sitio no es USCIS');
      const more = box.querySelector(`#${toggle.getAttribute('aria-controls')}`)!;
      expect(more.hasAttribute('hidden')).toBe(true);
      expect(more.textContent).toContain('No mostrar recordatorios');
      // The official route is one activation away: a link on the closed line itself.
      const link = box.querySelector('.hint-line a')!;
      expect(link.getAttribute('href')).toBe('https://www.uscis.gov/forms');
      expect(link.textContent).toBe('uscis.gov');
      expect(box.querySelector('.hint-line button.hint-close')?.getAttribute('aria-label')).toBe('Cerrar este mensaje');
      expect(box.textContent).not.toContain('banner_'); // every key is translated
      // A polite live region, filled once the hint is on the page.
      const live = box.querySelector('[role="status"]')!;
      expect(live.getAttribute('aria-live')).toBe('polite');
      expect(live.textContent).toBe('');
      vi.advanceTimersByTime(ANNOUNCE_MS);
      expect(live.textContent).toBe('Recordatorio: Este sitio no es USCIS');
      vi.useRealTimers();
      await expectNoAxeViolations(root);
    } finally {
      vi.useRealTimers();
    }
  });

  it('synthetic clicks neither open nor close it', () => {
    const close = vi.fn();
    const off = vi.fn();
    const box = hintView(state(notice), makeT('en'), { close, off, lang: 'en' });
    mount(box);
    for (const button of box.querySelectorAll('button')) button.click();
    expect(box.querySelector('.hint-toggle')?.getAttribute('aria-expanded')).toBe('false');
    expect(close).not.toHaveBeenCalled();
    expect(off).not.toHaveBeenCalled();
  });
});
