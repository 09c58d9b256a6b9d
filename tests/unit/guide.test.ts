import { describe, expect, it } from 'vitest';
import {
  ACCESS_CODE_GUIDE,
  CHANNELS,
  ROUTE_FACTS,
  displayHost,
  isServiceId,
  itemText,
  keyStem,
  phoneDigits,
  checkedDate,
  linksFor,
  resolveFee,
  resolveLink,
  resolvePhone,
  resolveRef,
  routeFor,
  telHref,
  type GuideSection,
} from '@/lib/guide';
import { hasMessage, makeT } from '@/lib/i18n';
import { factEntry, isFactId } from '@/lib/facts';
import { tenDigits } from '@/lib/text/facts';
import { LOCALES } from '@/lib/settings/types';

const SERVICES = ['uscis', 'access-code', 'forms', 'case-status', 'esta', 'i94', 'dv-lottery', 'visa', 'e-verify', 'trusted-traveler', 'ein', 'itin', 'sevis-fee', 'passport', 'legal-help', 'ssa', 'irs'];

describe('routeFor', () => {
  it.each([
    ['access-code', 'https://my.uscis.gov/account/v1/needhelp', 'my.uscis.gov', 'route_access_code'],
    ['forms', 'https://www.uscis.gov/forms', 'uscis.gov', 'route_forms'],
    ['esta', 'https://esta.cbp.dhs.gov/', 'esta.cbp.dhs.gov', 'route_esta'],
    ['dv-lottery', 'https://dvprogram.state.gov/', 'dvprogram.state.gov', 'route_dv_lottery'],
    ['legal-help', 'https://www.justice.gov/eoir/list-pro-bono-legal-service-providers', 'justice.gov', 'route_legal_help'],
    ['trusted-traveler', 'https://www.cbp.gov/travel/trusted-traveler-programs', 'cbp.gov', 'route_trusted_traveler'],
  ])('%s → %s', (service, url, host, key) => {
    const r = routeFor(service);
    expect(r.url).toBe(url);
    expect(r.host).toBe(host);
    expect(r.messageKey).toBe(key);
  });

  it.each([undefined, null, '', 'USCIS', 'nonsense', '__proto__', 'toString'])('unknown %j falls back to USCIS', (s) => {
    const r = routeFor(s as string);
    expect(r.service).toBe('uscis');
    expect(r.url).toBe('https://www.uscis.gov/');
  });

  it.each(SERVICES)('%s has a route, a name and messages with no placeholders', (s) => {
    expect(isServiceId(s)).toBe(true);
    const r = routeFor(s);
    expect(r.url).toMatch(/^https:\/\//);
    expect(hasMessage(r.messageKey)).toBe(true);
    expect(hasMessage(r.nameKey)).toBe(true);
    // others call t(route.messageKey) with no substitutions
    expect(makeT('en')(r.messageKey)).not.toMatch(/\$/);
  });

  it('covers every service id and only those', () => {
    expect(Object.keys(ROUTE_FACTS).sort()).toEqual([...SERVICES].sort());
  });

  it('shows a fee, with its source and check date, for ESTA only', () => {
    expect(resolveFee(routeFor('esta').feeFactId)).toEqual({ amount: '40', source: 'https://www.federalregister.gov/d/2025-16453', checked: '2026-12-06', secondary: false });
    // The DV entry fee depends on whether an entry period is open: the route says where the fee is shown instead.
    expect(routeFor('dv-lottery').feeFactId).toBeUndefined();
    expect(routeFor('forms').feeFactId).toBeUndefined();
    expect(resolveFee('url.uscis')).toBeUndefined();
    expect(resolveFee(undefined)).toBeUndefined();
    expect(resolveFee('nope')).toBeUndefined();
  });

  // No stored IRS page states the ITIN's cost (checked 2026-12-07): its route sends the person to the IRS's own site
  // and names no fee, in every locale.
  it('the ITIN route points to the IRS and names no fee', () => {
    const r = routeFor('itin');
    expect(r.host).toBe('irs.gov');
    expect(r.feeFactId).toBeUndefined();
    for (const locale of LOCALES) expect(makeT(locale)('route_itin'), locale).not.toMatch(/\d|\$/);
    expect(makeT('en')('route_itin')).not.toMatch(/free|fee/i);
  });

  // itin26: each tax-ID route is the IRS's own page for that number, read on a stored irs.gov copy (checked 2026-12-07), not
  // the IRS home page from a third-party source: the EIN's 'Employer ID Numbers' page (free, online, immediately), the ITIN's
  // 'How do I apply for an ITIN' page (Form W-7 by mail or in person at a TAC, a VITA site or an acceptance agent).
  it.each([
    ['ein', 'url.irs-ein', 'https://www.irs.gov/businesses/small-businesses-self-employed/employer-id-numbers'],
    ['itin', 'url.irs-itin', 'https://www.irs.gov/individuals/how-do-i-apply-for-an-itin'],
  ])('the %s route is the IRS page for that number, from an irs.gov source', (service, factId, url) => {
    const r = routeFor(service);
    expect(r.factId).toBe(factId);
    expect(r.url).toBe(url);
    const fact = factEntry(r.factId);
    expect(fact?.source.startsWith('https://www.irs.gov/')).toBe(true);
    expect(fact?.secondary).toBeUndefined();
  });

  it('the DV route states what stays true, not a fee or an open entry period', () => {
    const en = makeT('en')('route_dv_lottery');
    expect(en).toContain('only during an entry period it has announced');
    expect(en).toContain('never e-mails winners');
    expect(en).not.toMatch(/free|\$|fee/i);
  });
});

describe('helpers', () => {
  it.each([
    ['https://www.uscis.gov/forms', 'uscis.gov'],
    ['https://My.USCIS.gov/account', 'my.uscis.gov'],
    ['http://uscis.gov/', ''],
    ['not a url', ''],
    ['', ''],
  ])('displayHost(%j) → %j', (url, host) => expect(displayHost(url)).toBe(host));

  it.each([
    ['access-code', 'access_code'],
    ['e-verify', 'e_verify'],
    ['uscis', 'uscis'],
    ['a.b c', 'a_b_c'],
  ])('keyStem(%j) → %j', (id, stem) => expect(keyStem(id)).toBe(stem));

  it.each([
    ['800-375-5283', 'tel:+18003755283'],
    ['800-767-1833', 'tel:+18007671833'],
    ['+1-212-620-3418', 'tel:+12126203418'],
    ['1-877-FTC-HELP', 'tel:+18773824357'],
    ['(202) 838-2200', 'tel:+12028382200'],
    ['12345', ''],
    ['call us', ''],
    ['javascript:alert(1)', ''],
    ['', ''],
  ])('telHref(%j) → %j', (phone, href) => expect(telHref(phone)).toBe(href));

  it.each([
    ['2026-12-06', 'en', 'December 6, 2026'],
    ['2026-12-06', 'es', '6 de diciembre de 2026'],
    ['2026-12-06', 'zh_CN', '2026年12月6日'],
    ['2026-12-06', 'ko', '2026년 12월 6일'],
    ['2026-01-01', 'en', 'January 1, 2026'],
    ['not a date', 'en', 'not a date'],
    ['', 'en', ''],
  ])('checkedDate(%j, %j) → %j', (iso, locale, text) => expect(checkedDate(iso, locale)).toBe(text));

  it('linksFor puts pages in the reader\'s language first and drops a third language', () => {
    const links = [
      { key: 'a', fact: 'url.ftc-report', lang: 'en' },
      { key: 'b', fact: 'url.ftc-report-es', lang: 'es' },
      { key: 'c', fact: 'url.identitytheft' },
    ];
    expect(linksFor(links, 'es').map((l) => l.key)).toEqual(['b', 'c', 'a']);
    expect(linksFor(links, 'en').map((l) => l.key)).toEqual(['a', 'c', 'b']);
    for (const locale of ['zh_CN', 'vi', 'fil', 'ko']) expect(linksFor(links, locale).map((l) => l.key)).toEqual(['c', 'a']);
  });

  it('phoneDigits maps letters on the keypad', () => {
    expect(phoneDigits('FTC-HELP-1')).toBe('38243571');
    expect(phoneDigits('no digits here')).toBe('');
  });

  // One keypad: the number a link dials is the number the signals compare (lib/text/facts.ts tenDigits).
  it.each(['1-877-FTC-HELP', '1-800-uscis-go', '800-375-5283', '+1-212-620-3418'])('%s: tel: link and tenDigits agree', (written) => {
    expect(telHref(written)).toBe(`tel:+1${tenDigits(written)}`);
  });

  it.each([
    ['count.access-code-valid-days', '90'],
    ['url.my-uscis#host', 'my.uscis.gov'],
    ['url.create-account#host', 'myaccount.uscis.gov'],
    ['nope', ''],
    ['nope#host', ''],
  ])('resolveRef(%j) → %j', (ref, value) => expect(resolveRef(ref)).toBe(value));
});

function allItems(sections: readonly GuideSection[]) {
  return sections.flatMap((s) => [
    { key: s.titleKey },
    ...(s.paragraphs ?? []),
    ...(s.steps ?? []),
    ...(s.bullets ?? []),
    ...(s.notes ?? []),
  ]);
}

describe('guide content', () => {
  const sections = [...ACCESS_CODE_GUIDE.sections, ...CHANNELS];

  it.each(allItems(sections).map((i) => [i.key, i] as const))('%s exists and its substitutions resolve', (_k, item) => {
    expect(hasMessage(item.key)).toBe(true);
    for (const ref of Object.values((item as { subs?: Record<string, string> }).subs ?? {})) {
      expect(resolveRef(ref), ref).not.toBe('');
    }
    for (const locale of LOCALES) {
      const text = itemText(makeT(locale), item);
      expect(text).not.toMatch(/\$[A-Z]+\$/);
      expect(text.trim().length).toBeGreaterThan(0);
    }
  });

  it.each(sections.flatMap((s) => s.links ?? []).map((l) => [l.fact, l] as const))('link %s resolves to https', (_f, link) => {
    expect(isFactId(link.fact)).toBe(true);
    expect(hasMessage(link.key)).toBe(true);
    expect(resolveLink(makeT('en'), link).url).toMatch(/^https:\/\//);
  });

  it.each(sections.flatMap((s) => s.phones ?? []).map((p) => [p.fact, p] as const))('phone %s resolves', (_f, phone) => {
    const r = resolvePhone(makeT('en'), phone);
    expect(r.number).not.toBe('');
    expect(hasMessage(phone.labelKey)).toBe(true);
    expect(r.href).toMatch(/^tel:\+\d{10,15}$/);
    expect(r.source).toMatch(/^https:\/\//);
    expect(r.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('the guide says USCIS does not charge, and covers the required topics', () => {
    // Setting up an account comes before a lost code; a refused code has its own answer.
    expect(ACCESS_CODE_GUIDE.sections.map((s) => s.id)).toEqual(['what', 'free', 'setup', 'arrives', 'new-code', 'refused', 'inside', 'safety']);
    const en = makeT('en');
    expect(en('guide_free_body')).toContain('USCIS does not charge for access codes');
    const safety = ACCESS_CODE_GUIDE.sections.find((s) => s.id === 'safety');
    const text = (safety?.bullets ?? []).map((b) => itemText(en, b)).join(' ');
    expect(text).toContain('my.uscis.gov');
    expect(text).toContain('myaccount.uscis.gov');
    expect(text).toMatch(/gift card/);
    expect(text).toContain('Never let a preparer');
  });

  it('the access-code guide says what a reader of the official how-to page needs', () => {
    const en = makeT('en');
    const all = ACCESS_CODE_GUIDE.sections.flatMap((s) => [...(s.paragraphs ?? []), ...(s.steps ?? []), ...(s.bullets ?? [])]).map((i) => itemText(en, i)).join(' ');
    expect(all).toContain('You do not need a code to create an account');
    expect(all).toContain('If you filed online, you do not need a code');
    expect(all).toContain('two-step verification');
    expect(all).toContain('USCIS requires it');
    expect(all).toContain('Use your own e-mail address');
    expect(all).toContain('a lawyer, preparer or relative may already have used it');
    expect(all).toContain('Older USCIS pages said letter codes were valid for 90 days');
    // No unsourced route: the Contact Center is not a way to get a new code.
    expect(all).not.toMatch(/call the (USCIS )?Contact Center/i);
    const newCode = ACCESS_CODE_GUIDE.sections.find((s) => s.id === 'new-code');
    expect(newCode?.phones ?? []).toEqual([]);
    // The versioned needhelp deep link has a stable second link to the how-to page.
    expect((newCode?.links ?? []).map((l) => l.fact)).toEqual(['url.access-code-help', 'url.access-code-howto']);
  });

  it('the help tab says what to do after paying a scammer, and who helps in which language', () => {
    const paid = CHANNELS.find((s) => s.id === 'paid');
    const en = makeT('en');
    const text = (paid?.steps ?? []).map((i) => itemText(en, i)).join(' ');
    expect(text).toContain('ask them to reverse the payment');
    expect(text).toMatch(/Social Security number/);
    expect(text).toMatch(/money back for a fee/);
    expect((paid?.links ?? []).map((l) => l.fact)).toEqual(['url.ftc-report', 'url.ftc-report-es', 'url.identitytheft', 'url.ftc-paid-scammer']);
    expect((paid?.phones ?? []).map((p) => p.fact)).toEqual(['phone.ftc']);
    const languages = CHANNELS.find((s) => s.id === 'languages');
    const lt = (languages?.paragraphs ?? []).map((i) => itemText(en, i)).join(' ');
    expect(lt).toContain('English and Spanish');
    expect(lt).toMatch(/Mandarin, Korean, Tagalog, Vietnamese/);
  });

  it('never shows a number the facts file marks as never shown (the USCIS caller ID)', () => {
    const shown = sections.flatMap((s) => s.phones ?? []).map((p) => p.fact);
    expect(shown).not.toContain('phone.uscis-callback-caller-id');
    const en = makeT('en');
    expect(en('channel_caller_id')).toBe('Caller ID can be faked. USCIS never asks for payment by phone or e-mail. If a caller asks you to pay, hang up and call the Contact Center yourself.');
  });
});
