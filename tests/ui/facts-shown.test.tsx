/**
 * Every fact a person reads is a sourced, dated fact (issue 15, "done when"): a phone number, a
 * fee or an official address that appears on any surface — the popup's three tabs for every
 * service, the banner, the warning page, the options page's report links — must be a value of
 * lib/data/facts.json that carries a source and a check date, never a number or URL typed into
 * copy or code. Each phone number and fee shows the date it was checked.
 *
 * Three nets, because facts can come in three ways:
 *  1. messages.json: no digits that could be a fact (a form name such as "I-94" is not a fact);
 *  2. code under components/ and entrypoints/: no URL, phone or price literal;
 *  3. what actually renders, in all six languages: every link, phone number and amount in the
 *     text is traced back to facts.json.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { AccessCodeGuide } from '@/components/AccessCodeGuide';
import { OfficialChannels } from '@/components/OfficialChannels';
import { OfficialRoute } from '@/components/OfficialRoute';
import { ReportScam } from '@/components/options/ReportScam';
import { WarningPage } from '@/entrypoints/warning/WarningPage';
import { bannerView } from '@/entrypoints/banner/view';
import { FACT_IDS, factEntry } from '@/lib/facts';
import { ACCESS_CODE_GUIDE, CHANNELS, SERVICE_IDS } from '@/lib/guide';
import { makeT } from '@/lib/i18n';
import { LOCALES } from '@/lib/settings/types';
import type { TabState } from '@/lib/messages';
import type { Level } from '@/lib/types';

afterEach(cleanup);

/** Vitest runs from the project root (happy-dom gives import.meta.url a non-file scheme). */
const ROOT = process.cwd();

/** facts.json values a person may see (not `internal`), each with a source and a date. */
const SHOWN = FACT_IDS.map((id) => ({ id, f: factEntry(id) })).filter(({ f }) => f && f.internal !== true);
const dated = (id: string) => {
  const f = factEntry(id);
  return Boolean(f && /^https:\/\//.test(f.source) && /^\d{4}-\d{2}-\d{2}$/.test(f.checked));
};
const digits = (s: string) => s.replace(/[^0-9]/g, '').replace(/^1(?=\d{10}$)/, '');
/** Addresses a person can follow: official URLs and the pages the facts were read on. */
const KNOWN_URLS = new Set(SHOWN.flatMap(({ f }) => [String(f?.value), f?.source ?? '']));
const KNOWN_PHONES = new Set(SHOWN.filter(({ id }) => id.startsWith('phone.')).map(({ f }) => digits(String(f?.value))));
const KNOWN_AMOUNTS = new Set(SHOWN.filter(({ id }) => id.startsWith('fee.')).map(({ f }) => String(f?.value)));

const PHONE = /\+?\b1?[ .-]?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b/g;
const AMOUNT = /(?:US\$|\$)\s?(\d[\d,.]*)|(\d[\d,.]*)\s?(?:美元|달러|đô la|dólares|dollars?)/g;

/** Every fact-like thing in a rendered surface, as [kind, value]. */
function factsIn(root: Element): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const a of root.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (href.startsWith('tel:')) out.push(['phone', href]);
    else if (/^https?:/.test(href)) out.push(['url', href]);
  }
  const text = root.textContent ?? '';
  for (const m of text.matchAll(PHONE)) out.push(['phone', m[0]]);
  for (const m of text.matchAll(AMOUNT)) out.push(['amount', (m[1] ?? m[2] ?? '').replace(/[,.]$/, '')]);
  return out;
}

function unsourced(root: Element): string[] {
  return factsIn(root)
    .filter(([kind, v]) => {
      if (kind === 'url') return !KNOWN_URLS.has(v);
      if (kind === 'phone') return !KNOWN_PHONES.has(digits(v));
      return !KNOWN_AMOUNTS.has(v);
    })
    .map(([kind, v]) => `${kind} ${v}`);
}

function tabState(level: Level, service: TabState['verdict']['service']): TabState {
  return {
    tabId: 1,
    url: 'https://seller.example/x',
    verdict: { level, host: 'seller.example', service, reasons: [{ id: 'free-service-for-sale', evidence: 'ESTA application $89' }] },
    trusted: false,
    site: 'seller.example',
    visit: { site: 'seller.example', continued: false, dismissed: false, fieldGuardShown: false },
    language: 'auto',
    scans: 1,
  };
}

describe('facts.json is the only source of facts a person reads', () => {
  it('every fact that can be shown has an https source and a check date', () => {
    expect(SHOWN.map(({ id }) => id).filter((id) => !dated(id))).toEqual([]);
  });

  it('the guide and channels reference only facts that may be shown', () => {
    const refs = [...ACCESS_CODE_GUIDE.sections, ...CHANNELS].flatMap((s) => [
      ...(s.links ?? []).map((l) => l.fact),
      ...(s.phones ?? []).map((p) => p.fact),
      ...(s.emails ?? []).map((e) => e.fact),
      ...[...(s.paragraphs ?? []), ...(s.steps ?? []), ...(s.bullets ?? []), ...(s.notes ?? [])].flatMap((i) =>
        Object.values(i.subs ?? {}).map((r) => r.split('#')[0] ?? ''),
      ),
    ]);
    expect(refs.filter((id) => !factEntry(id) || factEntry(id)?.internal === true || !dated(id))).toEqual([]);
  });

  it.each(LOCALES)('%s messages hold no number that could be a fact', (locale) => {
    const bundle = JSON.parse(readFileSync(join(ROOT, `public/_locales/${locale}/messages.json`), 'utf8')) as Record<string, { message: string }>;
    const bad = Object.entries(bundle)
      .map(([key, m]) => [key, m.message.replace(/\b[A-Z]{1,2}-\d{1,4}[A-Z]?\b/g, '')] as const) // form names: I-94, G-1450
      .filter(([, text]) => /\d{2,}|[$€]\s?\d|\d\s?(?:美元|달러)/.test(text))
      .map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it('code under components/ and entrypoints/ types no URL, phone number or price', () => {
    const files = (dir: string): string[] =>
      readdirSync(join(ROOT, dir)).flatMap((name) => {
        const p = join(dir, name);
        return statSync(join(ROOT, p)).isDirectory() ? files(p) : /\.(tsx?|html)$/.test(name) ? [p] : [];
      });
    const bad: string[] = [];
    for (const file of [...files('components'), ...files('entrypoints')]) {
      const code = readFileSync(join(ROOT, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:])\/\/.*$/gm, '$1');
      for (const m of code.matchAll(/https?:\/\/[^\s'"`)<]+/g)) bad.push(`${file}: ${m[0]}`);
      for (const m of code.matchAll(PHONE)) bad.push(`${file}: ${m[0]}`);
      for (const m of code.matchAll(/['"`][^'"`]*\$\d[^'"`]*['"`]/g)) bad.push(`${file}: ${m[0]}`);
    }
    expect(bad).toEqual([]);
  });

  it.each(LOCALES)('%s: the popup tabs show only sourced facts, each phone and fee with its check date', (locale) => {
    const t = makeT(locale);
    const { container } = render(
      <div>
        <AccessCodeGuide t={t} locale={locale} open={ACCESS_CODE_GUIDE.sections.map((s) => s.id)} />
        <OfficialChannels t={t} locale={locale} />
        {SERVICE_IDS.map((s) => (
          <OfficialRoute key={s} service={s} locale={locale} t={t} />
        ))}
      </div>,
    );
    expect(unsourced(container)).toEqual([]);
    // Every phone number and fee carries the date it was checked.
    for (const line of container.querySelectorAll('.phone-line')) expect(line.querySelector('.source-note'), line.textContent ?? '').not.toBeNull();
    const esta = [...container.querySelectorAll('.route')].find((r) => r.querySelector('a[href="https://esta.cbp.dhs.gov/"]'));
    expect(esta?.querySelector('.source-note a')?.getAttribute('href')).toBe(factEntry('fee.esta')?.source);
    // The "USCIS caller ID" is never shown.
    expect(container.textContent).not.toContain(String(factEntry('phone.uscis-callback-caller-id')?.value));
  });

  it.each(LOCALES)('%s: banner, warning page and report links show only sourced facts (page evidence aside)', (locale) => {
    const t = makeT(locale);
    for (const level of ['notice', 'caution', 'danger'] as const) {
      for (const service of SERVICE_IDS) {
        const box = bannerView(tabState(level, service), t, { dismiss: vi.fn(), trust: vi.fn(), openHelp: vi.fn(), lang: locale });
        box.querySelectorAll('q, .evidence').forEach((q) => q.remove()); // quoted page text is the page's, not ours
        expect(unsourced(box), `${level} ${service}`).toEqual([]);
      }
    }
    const state = { ...tabState('danger', 'esta'), language: locale };
    const { container } = render(
      <WarningPage state={state} languages={[]} actions={{ goTo: vi.fn(), back: vi.fn(), continueOnce: vi.fn(), trust: vi.fn(async () => undefined), optionsUrl: 'chrome-extension://id/options.html', helpUrl: 'chrome-extension://id/popup.html?tab=channels&section=paid' }} />,
    );
    container.querySelectorAll('q, .evidence').forEach((q) => q.remove());
    for (const a of container.querySelectorAll('a[href^="chrome-extension:"]')) a.remove(); // the extension's own pages
    expect(unsourced(container)).toEqual([]);
    cleanup();
    const report = render(<ReportScam t={t} ftcUrl={String(factEntry('url.ftc-report')?.value)} uscisUrl={String(factEntry('url.report-scam-uscis')?.value)} />);
    expect(unsourced(report.container)).toEqual([]);
  });

  it('the test catches an unsourced fact (it can fail)', () => {
    const div = document.createElement('div');
    div.innerHTML = '<a href="https://www.uscis.gov/unlisted">x</a> Call 1-800-555-0100. Fee US$99.';
    expect(unsourced(div)).toEqual(['url https://www.uscis.gov/unlisted', 'phone 1-800-555-0100', 'amount 99']);
  });
});
