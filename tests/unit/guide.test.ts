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
  priceText,
  resolveLink,
  resolvePhone,
  resolveRef,
  routeFor,
  telHref,
  type GuideSection,
} from '@/lib/guide';
import { hasMessage, makeT } from '@/lib/i18n';
import { isFactId } from '@/lib/facts';
import { LOCALES } from '@/lib/settings/types';

const SERVICES = ['uscis', 'access-code', 'forms', 'case-status', 'esta', 'i94', 'dv-lottery', 'visa', 'e-verify', 'ein', 'legal-help'];

describe('routeFor', () => {
  it.each([
    ['access-code', 'https://my.uscis.gov/account/v1/needhelp', 'my.uscis.gov', 'route_access_code'],
    ['forms', 'https://www.uscis.gov/forms', 'uscis.gov', 'route_forms'],
    ['esta', 'https://esta.cbp.dhs.gov/', 'esta.cbp.dhs.gov', 'route_esta'],
    ['dv-lottery', 'https://dvprogram.state.gov/', 'dvprogram.state.gov', 'route_dv_lottery'],
    ['legal-help', 'https://www.justice.gov/eoir/list-pro-bono-legal-service-providers', 'justice.gov', 'route_legal_help'],
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

  it('gives fees for ESTA and the DV lottery only', () => {
    expect(priceText(routeFor('esta').feeFactId)).toBe('$40');
    expect(priceText(routeFor('dv-lottery').feeFactId)).toBe('$1');
    expect(routeFor('forms').feeFactId).toBeUndefined();
    expect(priceText('url.uscis')).toBe('');
    expect(priceText(undefined)).toBe('');
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

  it('phoneDigits maps letters on the keypad', () => {
    expect(phoneDigits('FTC-HELP-1')).toBe('38243571');
    expect(phoneDigits('no digits here')).toBe('');
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
    if (phone.noCall) expect(r.href).toBe('');
    else expect(r.href).toMatch(/^tel:\+\d{10,15}$/);
  });

  it('the guide says USCIS does not charge, and covers the required topics', () => {
    expect(ACCESS_CODE_GUIDE.sections.map((s) => s.id)).toEqual(['what', 'free', 'arrives', 'new-code', 'setup', 'inside', 'safety']);
    const en = makeT('en');
    expect(en('guide_free_body')).toContain('USCIS does not charge for access codes');
    const safety = ACCESS_CODE_GUIDE.sections.find((s) => s.id === 'safety');
    const text = (safety?.bullets ?? []).map((b) => itemText(en, b)).join(' ');
    expect(text).toContain('my.uscis.gov');
    expect(text).toContain('myaccount.uscis.gov');
    expect(text).toMatch(/gift card/);
  });
});
