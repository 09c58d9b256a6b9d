/**
 * The tab lifecycle (lib/tab), driven in Node like decide(): events in, next state, surface and
 * badge out. What used to be decided inside the service worker, without tests.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { Settings } from '@/lib/settings/types';
import type { Level, Verdict } from '@/lib/types';
import { badgeFor, pageSite, step, surfaceFor, TAMPER_LIMIT, type TabEvent, type TabState } from '@/lib/tab';

const settings: Settings = { ...DEFAULT_SETTINGS } as Settings;
const ctx = { tabId: 7, settings };
const verdict = (level: Level, host = 'example.com'): Verdict => ({ level, reasons: [], host });

function run(events: readonly TabEvent[], given: Settings = settings): { state: TabState | null; escalated: boolean } {
  let state: TabState | null = null;
  let escalated = false;
  for (const event of events) {
    const next = step(state, event, { tabId: 7, settings: given });
    if (next.state) state = next.state;
    escalated ||= next.escalated;
  }
  return { state, escalated };
}

const nav = (url: string, level: Level): TabEvent => ({ type: 'navigate', url, verdict: verdict(level) });
const snap = (url: string, level: Level): TabEvent => ({ type: 'snapshot', url, verdict: verdict(level) });

describe('visits', () => {
  it('keeps the visit (and what the person chose) while the tab stays on one site, and ends it on another', () => {
    const dismissed = run([nav('https://a.example.com/1', 'caution'), { type: 'dismiss' }, nav('https://www.example.com/2', 'none')]);
    expect(dismissed.state?.visit).toMatchObject({ site: 'example.com', dismissed: true });
    const left = run([nav('https://example.com/', 'caution'), { type: 'dismiss' }, nav('https://other.org/', 'none')]);
    expect(left.state?.visit).toMatchObject({ site: 'other.org', dismissed: false, continued: false });
  });

  it('a navigation to the same address never lowers the verdict a snapshot found; a snapshot replaces it', () => {
    const url = 'https://example.com/x';
    expect(run([nav(url, 'none'), snap(url, 'caution'), nav(url, 'none')]).state?.verdict.level).toBe('caution');
    expect(run([nav(url, 'none'), snap(url, 'caution'), snap(url, 'notice')]).state?.verdict.level).toBe('notice');
    expect(run([nav(url, 'none'), snap(url, 'caution'), nav('https://example.com/y', 'none')]).state?.verdict.level).toBe('none');
  });

  it('counts snapshots since the last navigation, across single-page-app address changes', () => {
    const { state } = run([nav('https://example.com/', 'none'), snap('https://example.com/', 'notice'), snap('https://example.com/b', 'notice')]);
    expect(state?.scans).toBe(2);
    expect(run([snap('https://example.com/', 'notice'), nav('https://example.com/c', 'none')]).state?.scans).toBe(0);
  });

  it('"Continue once" holds for the visit only', () => {
    const url = 'https://uscis-gov.net/a';
    const cont: TabEvent = { type: 'continue', url, verdict: verdict('danger') };
    expect(run([nav(url, 'danger'), cont]).state?.visit.continued).toBe(true);
    expect(run([cont]).state).toMatchObject({ url, visit: { continued: true, site: 'uscis-gov.net' } });
    expect(run([nav(url, 'danger'), cont, nav('https://example.org/', 'none'), nav(url, 'danger')]).state?.visit.continued).toBe(false);
  });

  it('trust follows the settings; an unchanged trust state stores nothing', () => {
    const trusting = { ...settings, trusted: [{ host: 'example.com', level: 'caution', reasons: [], addedAt: '2026-01-01T00:00:00.000Z' }] } as unknown as Settings;
    const { state } = run([nav('https://shop.example.com/', 'caution')]);
    const trusted = step(state, { type: 'trust' }, { tabId: 7, settings: trusting });
    expect(trusted.state?.trusted).toBe(true);
    expect(step(trusted.state, { type: 'trust' }, { tabId: 7, settings: trusting }).state).toBeNull();
    expect(step(null, { type: 'trust' }, ctx).state).toBeNull();
  });

  it('choices with no state store nothing (a message from a tab the worker never saw)', () => {
    expect(step(null, { type: 'dismiss' }, ctx).state).toBeNull();
    expect(step(null, { type: 'field-guard-shown' }, ctx).state).toBeNull();
    expect(step(null, { type: 'tamper', report: { kind: 'removed' } }, ctx).state).toBeNull();
  });
});

describe('surface: decided once', () => {
  const at = (level: Level, visit: Partial<TabState['visit']> = {}, trusted = false): TabState => ({
    ...(run([nav('https://example.com/', level)]).state as TabState),
    trusted,
    visit: { site: 'example.com', continued: false, dismissed: false, fieldGuardShown: false, ...visit },
  });
  it.each([
    ['danger', {}, false, true, 'warning', true],
    ['danger', { continued: true }, false, true, 'banner', true],
    ['danger', { continued: true, dismissed: true }, false, true, 'none', true],
    ['caution', {}, false, true, 'banner', true],
    ['caution', { dismissed: true }, false, true, 'none', true],
    ['notice', {}, false, true, 'notice', false],
    ['notice', {}, false, false, 'none', false],
    ['notice', { dismissed: true }, false, true, 'none', false],
    ['none', {}, false, true, 'none', false],
    ['official', {}, false, true, 'none', false],
    ['danger', {}, true, true, 'none', false],
    ['caution', {}, true, true, 'none', false],
  ] as const)('%s %j trusted=%s showNotice=%s → %s, field guard %s', (level, visit, trusted, showNotice, page, fieldGuard) => {
    expect(surfaceFor(at(level, visit, trusted), showNotice)).toEqual({ page, fieldGuard });
  });

  it('badge: a mark per level, nothing on a trusted site unless official', () => {
    expect(badgeFor(at('danger')).text).toBe('!!');
    expect(badgeFor(at('caution')).text).toBe('!');
    expect(badgeFor(at('notice')).text).toBe('i');
    expect(badgeFor(at('official')).text).toBe('✓');
    expect(badgeFor(at('none')).text).toBe('');
    expect(badgeFor(at('caution', {}, true)).text).toBe('');
    expect(badgeFor(at('official', {}, true)).text).toBe('✓');
  });
});

describe('tamper policy (issue 14 item 4)', () => {
  const page = (level: Level) => [nav('https://example.com/', 'none'), snap('https://example.com/', level)];
  const reports = (n: number, report: Record<string, unknown> = {}): TabEvent[] =>
    Array.from({ length: n }, () => ({ type: 'tamper', report: { kind: 'removed', ...report } }) as TabEvent);

  it(`escalates a caution page to danger after ${TAMPER_LIMIT} reports, not before`, () => {
    expect(run([...page('caution'), ...reports(TAMPER_LIMIT - 1)]).state?.verdict.level).toBe('caution');
    const { state, escalated } = run([...page('caution'), ...reports(TAMPER_LIMIT)]);
    expect(escalated).toBe(true);
    expect(state?.verdict.level).toBe('danger');
    expect(state?.verdict.reasons.at(-1)).toEqual({ id: 'page-fights-warning', evidence: 'removed' });
    expect(surfaceFor(state as TabState, true).page).toBe('warning');
  });

  it('ends "Continue once" when a danger page fights the banner', () => {
    const url = 'https://uscis-gov.net/';
    const { state } = run([nav(url, 'danger'), { type: 'continue', url, verdict: verdict('danger') }, ...reports(TAMPER_LIMIT)]);
    expect(state?.visit.continued).toBe(false);
  });

  it('never escalates notice (a lawyer page with a cookie dialog), none, or a trusted site', () => {
    expect(run([...page('notice'), ...reports(50)])).toMatchObject({ escalated: false, state: { verdict: { level: 'notice' } } });
    expect(run([...page('none'), ...reports(50)]).escalated).toBe(false);
    const trusting = { ...settings, trusted: [{ host: 'example.com', level: 'caution', reasons: [], addedAt: '2026-01-01T00:00:00.000Z' }] } as unknown as Settings;
    expect(run([...page('caution'), ...reports(50)], trusting).escalated).toBe(false);
  });

  it('ignores covers that do not overlap the banner and full screen or dialogs the person opened', () => {
    expect(run([...page('caution'), ...reports(50, { kind: 'covered', overlapsBanner: false })]).escalated).toBe(false);
    expect(run([...page('caution'), ...reports(50, { kind: 'covered', userOpened: true })]).escalated).toBe(false);
    expect(run([...page('caution'), ...reports(TAMPER_LIMIT, { kind: 'covered', overlapsBanner: true })]).escalated).toBe(true);
  });

  it('keeps the escalation for the visit when the page is read again (a late reading once undid it), not on another site', () => {
    const fought = run([...page('caution'), ...reports(TAMPER_LIMIT), snap('https://example.com/', 'caution'), snap('https://example.com/faq', 'notice')]);
    expect(fought.state?.verdict.level).toBe('danger');
    expect(fought.state?.verdict.reasons.filter((r) => r.id === 'page-fights-warning')).toHaveLength(1);
    expect(surfaceFor(fought.state as TabState, true).page).toBe('warning');
    const elsewhere = run([...page('caution'), ...reports(TAMPER_LIMIT), nav('https://other.example.org/', 'none')]);
    expect(elsewhere.state?.verdict.level).toBe('none');
  });

  it('escalates once per visit (the reason is not added again)', () => {
    const { state } = run([...page('caution'), ...reports(TAMPER_LIMIT * 3)]);
    expect(state?.verdict.reasons.filter((r) => r.id === 'page-fights-warning')).toHaveLength(1);
  });
});

describe('trust on a page shown through a translator or a cache', () => {
  const trusting = (host: string) => ({ ...settings, trusted: [{ host, level: 'danger', reasons: [], addedAt: '2026-01-01T00:00:00.000Z' }] }) as unknown as Settings;
  const WRAPPED = [
    'https://www.google.com/amp/s/uscis-gov.help/pay',
    'https://uscis--gov-help.translate.goog/pay?_x_tr_sl=en&_x_tr_tl=es',
    'https://translated.turbopages.org/proxy_u/en-ru.ru.1a2b3c4d-00000000-00000000-74722d776562/https/uscis-gov.help/pay',
  ];

  it.each(WRAPPED)('%s: trust is not offered (it would cover the wrapper\'s site)', (url) => {
    expect(run([nav(url, 'danger')]).state?.trustable).toBe(false);
  });

  it.each(WRAPPED)('%s: trusting the wrapper\'s site does not trust the look-alike it shows', (url) => {
    const wrapper = new URL(url).hostname.split('.').slice(-2).join('.');
    expect(run([nav(url, 'danger')], trusting(wrapper)).state?.trusted).toBe(false);
  });

  it('trust given to the site shown still counts through the translator', () => {
    const url = 'https://www-example-org.translate.goog/page?_x_tr_sl=en&_x_tr_tl=es';
    expect(run([nav(url, 'caution')], trusting('example.org')).state?.trusted).toBe(true);
  });

  it('a page that is not wrapped is offered trust as before', () => {
    expect(run([nav('https://uscis-gov.help/pay', 'danger')]).state?.trustable).toBe(true);
  });
});

describe('"Continue once" on a page shown through a translator or a cache (review of session 16)', () => {
  const cont = (url: string): TabEvent => ({ type: 'continue', url, verdict: verdict('danger') });
  const THROUGH: readonly (readonly [string, string, string])[] = [
    ['Google translator', 'https://uscis--gov-help.translate.goog/pay?_x_tr_sl=en&_x_tr_tl=es', 'https://dvprogram--gov-com.translate.goog/apply?_x_tr_sl=en&_x_tr_tl=es'],
    ['Google AMP viewer', 'https://www.google.com/amp/s/uscis-gov.help/pay', 'https://www.google.com/amp/s/dvprogram-gov.com/apply'],
    [
      'Yandex translator',
      'https://translated.turbopages.org/proxy_u/en-ru.ru.1a2b3c4d-00000000-00000000-74722d776562/https/uscis-gov.help/pay',
      'https://translated.turbopages.org/proxy_u/en-ru.ru.1a2b3c4d-00000000-00000000-74722d776562/https/dvprogram-gov.com/apply',
    ],
  ];

  it.each(THROUGH)('%s: continuing on one look-alike does not let another through the same wrapper pass', (_, first, other) => {
    const { state } = run([nav(first, 'danger'), cont(first), nav(other, 'danger')]);
    expect(state?.visit.continued).toBe(false);
    expect(surfaceFor(state as TabState, true).page).toBe('warning');
  });

  it.each(THROUGH)('%s: the visit is the shown site\'s, so its other pages stay continued', (_, first) => {
    const next = first.replace('/pay', '/status');
    const { state } = run([nav(first, 'danger'), cont(first), nav(next, 'danger')]);
    expect(state?.visit).toMatchObject({ site: 'uscis-gov.help', continued: true });
    expect(pageSite(first).site).toBe('uscis-gov.help');
  });

  it('a page that is not wrapped keeps its own site', () => {
    expect(pageSite('https://www.example.org/x').site).toBe('example.org');
    expect(pageSite('https://translate.google.com/').site).toBe('google.com');
  });
});
