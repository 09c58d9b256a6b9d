/**
 * Site memory (lib/tab/site-memory.ts): a seller caught on one page is remembered for the browsing
 * period, and its pages without cues of their own (FAQ, refund policy…) get `caution`. Real pages
 * from the tune part of the corpus on both sides: sellers, and a lawyer who states fees.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, trustSite } from '@/lib/settings';
import type { Settings } from '@/lib/settings/types';
import { MANY_SELLERS, MAX_SITES, readSiteMemory, SELLER_REASONS, siteMemory, type SiteMemory } from '@/lib/tab/site-memory';
import { parseHost, siteKey } from '@/lib/domain';
import type { Level, Reason, Verdict } from '@/lib/types';
import { judge, loadCorpus } from '@/scripts/eval';

const settings = DEFAULT_SETTINGS as Settings;
const corpus = new Map(loadCorpus().map((e) => [e.id, e]));
/** A real page of the corpus, judged page by page as the extension does. */
function judged(id: string): { url: string; verdict: Verdict } {
  const entry = corpus.get(id);
  if (!entry) throw new Error(`no corpus entry ${id}`);
  return { url: entry.url, verdict: judge(entry).verdict };
}
const verdict = (level: Level, reasons: Reason['id'][] = [], service?: Verdict['service']): Verdict => ({
  level,
  reasons: reasons.map((id) => ({ id, evidence: 'x' })),
  host: '',
  ...(service ? { service } : {}),
});
/** Judges pages in order through the memory; returns the last verdict and the record. */
function browse(pages: ReadonlyArray<{ url: string; verdict: Verdict }>, given: Settings = settings, start: SiteMemory = {}) {
  let record = start;
  let last: Verdict | undefined;
  for (const page of pages) ({ verdict: last, record } = siteMemory(record, { ...page, settings: given }));
  return { verdict: last!, record };
}

describe('siteMemory: a seller is remembered, its pages without cues get caution', () => {
  it('a real ESTA seller: the costs page is caught, its "urgent application" page alone is only notice', () => {
    const order = judged('ra-visumantrag-de-kosten');
    const next = judged('ra-visumantrag-de-eilantrag');
    expect(order.verdict.level).toBe('caution');
    expect(next.verdict.level).toBe('notice'); // page by page: the miss this fixes
    const { verdict: after, record } = browse([order, next]);
    expect(record).toEqual({ 'visumantrag.de': { service: 'esta' } });
    expect(after.level).toBe('caution');
    expect(after.service).toBe('esta');
    expect(after.reasons.at(-1)).toEqual({ id: 'site-memory', evidence: 'another page of visumantrag.de sells esta', service: 'esta' });
    // Its own reasons stay: the memory adds, never hides.
    expect(after.reasons.slice(0, -1)).toEqual(next.verdict.reasons);
  });

  it('a real form seller: a page with no cue at all (`none`) becomes caution, on any page of the site', () => {
    const services = judged('rb-thewordnonprofit-services');
    // Its refund policy used to be such a page; since it says "not a law firm" beside its refund
    // words, it is caught on its own (middleman-service, a refund page that names no service).
    expect(judged('rb-thewordnonprofit-refund').verdict.level).toBe('caution');
    const faq = { url: 'https://www.thewordnonprofit.org/faq', verdict: verdict('none') };
    expect(browse([services, faq]).verdict.level).toBe('caution');
    // A subdomain is the same site (registrable domain).
    const blog = { url: 'https://blog.thewordnonprofit.org/news', verdict: verdict('none') };
    expect(browse([services, blog]).verdict.reasons.map((r) => r.id)).toEqual(['site-memory']);
    // Order matters: nothing is known before the seller's page is seen.
    expect(browse([faq]).verdict).toEqual(faq.verdict);
  });

  it('a lawyer who states fees (one notice page) is not remembered; a payment red flag or a notario offer is no sale either', () => {
    const lawyer = judged('rc-tsangslaw-e2-fee');
    expect(lawyer.verdict.level).toBe('notice');
    expect(browse([lawyer]).record).toEqual({});
    const next = { url: 'https://tsangslaw.com/contact/', verdict: verdict('none') };
    expect(browse([lawyer, next]).verdict).toEqual(next.verdict);
    for (const reasons of [['payment-red-flags'], ['notario-offer'], ['sensitive-data-request', 'not-affiliated-disclaimer']] as Reason['id'][][]) {
      expect(browse([{ url: 'https://law.example.com/pay', verdict: verdict('caution', reasons) }]).record).toEqual({});
    }
  });

  it('every seller reason counts, at caution or danger; never below', () => {
    for (const id of SELLER_REASONS) {
      const { record } = browse([{ url: 'https://seller.example.com/order', verdict: verdict('caution', [id], 'forms') }]);
      expect(record).toEqual({ 'example.com': { service: 'forms' } });
    }
    expect(Object.keys(browse([{ url: 'https://a.com/', verdict: verdict('danger', ['lookalike-domain', 'middleman-service'], 'esta') }]).record)).toEqual(['a.com']);
    expect(browse([{ url: 'https://a.com/', verdict: verdict('notice', ['middleman-service']) }]).record).toEqual({});
    // No service named: USCIS's own route.
    expect(browse([{ url: 'https://a.com/', verdict: verdict('caution', ['free-service-for-sale']) }]).record).toEqual({ 'a.com': { service: 'uscis' } });
  });
});

describe('siteMemory: what it never does', () => {
  // tidy27: a page that sends the reader to a paid site (an advertorial on a magazine, 'steers-to-seller') sells nothing:
  // the magazine's other pages are not another page of a seller
  it('an advertorial\'s site is not remembered, though the advertorial is caution', () => {
    expect(SELLER_REASONS).not.toContain('steers-to-seller');
    const advert = { url: 'https://www.magazin.example.de/welt/esta-antrag', verdict: verdict('caution', ['steers-to-seller'], 'esta') };
    const next = { url: 'https://www.magazin.example.de/reise/usa', verdict: verdict('notice', ['about-uscis-services'], 'esta') };
    const { verdict: shown, record } = browse([advert, next]);
    expect(record).toEqual({});
    expect(shown.level).toBe('notice');
  });

  const seller = { url: 'https://www.esta-forms-help.com/apply', verdict: verdict('caution', ['middleman-service'], 'esta') };
  const faq = { url: 'https://www.esta-forms-help.com/faq', verdict: verdict('none') };

  it('a site the person trusts: not remembered, and not raised when it was remembered before the trust', () => {
    const trusted = trustSite(settings, 'esta-forms-help.com', 'caution', [], '2026-12-06T00:00:00.000Z');
    expect(browse([seller], trusted).record).toEqual({});
    const { record } = browse([seller]);
    expect(browse([faq], trusted, record).verdict).toEqual(faq.verdict);
  });

  it('never raises to danger, never touches a danger or official page, never adds a second memory reason', () => {
    const { record } = browse([seller]);
    const danger = { url: 'https://www.esta-forms-help.com/x', verdict: verdict('danger', ['claims-official']) };
    expect(browse([danger], settings, record).verdict).toEqual(danger.verdict);
    const caution = browse([{ url: faq.url, verdict: verdict('caution', ['payment-red-flags']) }], settings, record).verdict;
    expect(caution.level).toBe('caution');
    expect(caution.reasons.map((r) => r.id)).toEqual(['payment-red-flags', 'site-memory']);
    const again = siteMemory(record, { url: faq.url, verdict: caution, settings }).verdict;
    expect(again).toBe(caution);
    // The seller's own page keeps its own reasons.
    expect(browse([seller, seller]).verdict).toEqual(seller.verdict);
  });

  it('never remembers an official, government or foreign-government host, nor a host shared by path', () => {
    for (const url of ['https://www.uscis.gov/forms', 'https://esta.cbp.dhs.gov/', 'https://www.state.ny.gov/x', 'https://immigration.gov.vu/esta', 'https://docs.google.com/forms/d/abc', 'https://sites.google.com/view/esta-help']) {
      expect(browse([{ url, verdict: verdict('caution', ['middleman-service'], 'esta') }]).record, url).toEqual({});
    }
    const official = { url: 'https://www.uscis.gov/', verdict: verdict('official', ['official-host']) };
    expect(browse([official], settings, { 'uscis.gov': { service: 'forms' } }).verdict).toEqual(official.verdict);
  });

  it('never remembers a marketplace or platform where anyone sells (one listing says nothing about the next)', () => {
    for (const url of ['https://www.etsy.com/listing/123/fillable-i-130-form', 'https://someone.medium.com/esta-help', 'https://www.facebook.com/esta.fast.help']) {
      expect(browse([{ url, verdict: verdict('caution', ['free-service-for-sale'], 'forms') }]).record, url).toEqual({});
    }
  });

  it('another site gets nothing', () => {
    const { record } = browse([seller]);
    const other = { url: 'https://www.esta-forms-help.org/faq', verdict: verdict('none') };
    expect(browse([other], settings, record).verdict).toEqual(other.verdict);
  });
});

describe('lib/data/many-sellers.json', () => {
  it('is sorted, unique, lower-case registrable domains, each in the Tranco top 10k, none a shared host already', () => {
    const hosts = [...MANY_SELLERS];
    expect(hosts).toEqual([...new Set(hosts)].sort());
    const tranco = new Set(readFileSync(fileURLToPath(new URL('../../fixtures/data/topsites/tranco_top_10k.csv', import.meta.url)), 'utf8').split('\n').map((l) => l.split(',')[2]?.trim()));
    for (const h of hosts) {
      expect(parseHost(h).domain, h).toBe(h);
      expect(siteKey(parseHost(`https://www.${h}/`)), h).toBe(h);
      expect(tranco.has(h), `${h} in the Tranco top 10k`).toBe(true);
    }
  });
});

describe('siteMemory: the record', () => {
  it('is capped at MAX_SITES, the oldest forgotten first; a site seen again is not stored again', () => {
    let record: SiteMemory = {};
    for (let i = 0; i <= MAX_SITES; i++) record = browse([{ url: `https://seller${i}.com/`, verdict: verdict('caution', ['free-service-for-sale'], 'forms') }], settings, record).record;
    expect(Object.keys(record)).toHaveLength(MAX_SITES);
    expect(record).not.toHaveProperty('seller0.com');
    expect(record).toHaveProperty(`seller${MAX_SITES}.com`);
    const same = siteMemory(record, { url: 'https://www.seller9.com/', verdict: verdict('caution', ['middleman-service'], 'esta'), settings });
    expect(same.record).toBe(record);
  });

  it('reads any stored value safely', () => {
    expect(readSiteMemory(null)).toEqual({});
    expect(readSiteMemory([1])).toEqual({});
    expect(readSiteMemory({ 'a.com': { service: 'esta' }, 'b.com': { service: 'nope' }, 'c.com': 3, 'd.com': null })).toEqual({ 'a.com': { service: 'esta' } });
    const proto = readSiteMemory(JSON.parse('{"__proto__": {"service": "forms"}}'));
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(Object.keys(proto)).toEqual(['__proto__']);
    const big = Object.fromEntries(Array.from({ length: MAX_SITES + 5 }, (_, i) => [`s${i}.com`, { service: 'forms' }]));
    expect(Object.keys(readSiteMemory(big))).toHaveLength(MAX_SITES);
  });
});
