import { describe, expect, it } from 'vitest';
import { reasonKey } from '@/lib/verdict/reasons';
import { decide } from '@/lib/verdict/decide';
import { makeT } from '@/lib/i18n';

describe('reasonKey', () => {
  it('maps an id to its title and explanation keys', () => {
    expect(reasonKey('middleman-service', 'title')).toBe('signal_middleman_service_title');
    expect(reasonKey('site-memory', 'explain')).toBe('signal_site_memory_explain');
  });

  // The ITIN's cost is in no stored IRS page: an ITIN seller's reason has its own words (not "a free government step").
  it('picks a reason\'s own words for a service that has them, and only those', () => {
    expect(reasonKey('middleman-service', 'title', 'itin')).toBe('signal_middleman_service_itin_title');
    expect(reasonKey('site-memory', 'explain', 'itin')).toBe('signal_site_memory_itin_explain');
    expect(reasonKey('middleman-service', 'title', 'esta')).toBe('signal_middleman_service_title');
    expect(reasonKey('notario-offer', 'title', 'itin')).toBe('signal_notario_offer_title');
    expect(reasonKey('__proto__', 'title', 'itin')).toBe('signal___proto___title');
    expect(reasonKey('middleman-service', 'title', 'constructor')).toBe('signal_middleman_service_title');
  });
});

describe('an ITIN seller\'s verdict', () => {
  const url = 'https://get-your-itin.example/refund-policy';
  const text = 'Refund Policy. At Get Your ITIN, we stand firmly behind our ITIN application services and offer a comprehensive money-back guarantee. You will receive a full refund of all service fees paid.';

  it('is caution, its reason carries the service, and its words say the site is not the IRS without calling the ITIN free', () => {
    const v = decide(url, { url, title: '', text, truncated: false, forms: [], lang: '' });
    expect(v.level).toBe('caution');
    expect(v.service).toBe('itin');
    const reason = v.reasons.find((r) => r.id === 'middleman-service');
    expect(reason?.service).toBe('itin');
    const t = makeT('en');
    const explain = t(reasonKey('middleman-service', 'explain', reason?.service), { OFFICIAL: 'irs.gov' });
    expect(explain).toContain('not the IRS');
    expect(explain).toContain('irs.gov');
    expect(`${t(reasonKey('middleman-service', 'title', reason?.service))} ${explain}`).not.toMatch(/\bfree\b/i);
  });

  it('an ESTA seller\'s reasons keep the general words and carry no service', () => {
    const esta = 'https://esta-portal.example/';
    const text = 'How long does my ESTA take? Most applications are approved within 72 hours. What does the service fee cover? Our experts check every answer. Refund policy: if your ESTA is denied, we refund our fee.';
    const v = decide(esta, { url: esta, title: '', text, truncated: false, forms: [], lang: '' });
    expect(v.level).toBe('caution');
    expect(v.reasons.length).toBeGreaterThan(0);
    expect(v.reasons.filter((r) => r.service !== undefined)).toEqual([]);
  });
});

// dv22: a DV-entry seller's reason names the lottery and the State Department's entry site, not "an ESTA or a form".
describe('a DV-entry seller\'s verdict', () => {
  it('is caution, its reason carries the service, and its words point to the official entry site without calling the entry free', () => {
    const url = 'https://example.com/faq';
    const text = 'Green Card Lottery registration. We guarantee that your entry will not be disqualified. Our specialists review every photo.';
    const v = decide(url, { url, title: '', text, truncated: false, forms: [], lang: '' });
    expect(v.level).toBe('caution');
    const reason = v.reasons.find((r) => r.id === 'middleman-service');
    expect(reason?.service).toBe('dv-lottery');
    expect(reasonKey('middleman-service', 'title', reason?.service)).toBe('signal_middleman_service_dv_lottery_title');
    const t = makeT('en');
    const explain = t(reasonKey('middleman-service', 'explain', reason?.service), { OFFICIAL: 'dvprogram.state.gov' });
    expect(explain).toContain('not the U.S. government');
    expect(explain).toContain('dvprogram.state.gov');
    expect(`${t(reasonKey('middleman-service', 'title', reason?.service))} ${explain}`).not.toMatch(/\bfree\b/i);
  });
});

// fees23: a business paying the SEVIS fee for the person: its reason says it is not the U.S. government, points to the I-901
// fee site and says a school, sponsor or relative may pay too; it names no amount (no stored source states today's).
describe('a SEVIS-fee payer\'s verdict', () => {
  it('is caution, its reason carries the service, and its words point to the I-901 fee site and to third-party payment', () => {
    const url = 'https://feepal.com/blog/sevis';
    const text = 'SEVIS fee for your F-1 student visa. You can pay your SEVIS fee in local currency with the FeePal App, and get your receipt in minutes. Download the app today.';
    const v = decide(url, { url, title: '', text, truncated: false, forms: [], lang: '' });
    expect(v.level).toBe('caution');
    const reason = v.reasons.find((r) => r.id === 'middleman-service');
    expect(reason?.service).toBe('sevis-fee');
    expect(reasonKey('middleman-service', 'title', reason?.service)).toBe('signal_middleman_service_sevis_fee_title');
    const t = makeT('en');
    const explain = t(reasonKey('middleman-service', 'explain', reason?.service), { OFFICIAL: 'fmjfee.com' });
    expect(explain).toContain('not the U.S. government');
    expect(explain).toContain('fmjfee.com');
    expect(explain).toMatch(/school, a sponsor or a relative/);
    expect(`${t(reasonKey('middleman-service', 'title', reason?.service))} ${explain}`).not.toMatch(/\$\d|\bfree\b/i);
  });
});
