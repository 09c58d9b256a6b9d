import { describe, expect, it } from 'vitest';
import { decide } from '@/lib/verdict';
import type { FormSnapshot, PageSnapshot } from '@/lib/types';

function page(text: string, forms: FormSnapshot[] = [], url = 'https://example.com/'): PageSnapshot {
  return { url, title: '', text, truncated: false, forms, lang: '' };
}
const SELLER = 'Get your USCIS online access code today. Our retrieval service: $79.99. Order now.';
const BANNER = "An official website of the United States government. Here's how you know. USCIS case status.";
const ABOUT = 'How to find your USCIS online access code. The access code links your paper case to your USCIS account.';

describe('decide: precedence', () => {
  it.each([
    ['not a web URL', 'chrome://settings', SELLER, 'none'],
    ['empty', '', SELLER, 'none'],
    ['garbage', '%%%::://', SELLER, 'none'],
    ['uscis.gov is official even with seller words', 'https://www.uscis.gov/forms', SELLER, 'official'],
    ['city .gov is official (government)', 'https://www.nyc.gov/immigrants', BANNER, 'official'],
    ['strong look-alike is danger even on a calm page', 'https://uscis-gov.net/', 'Hello.', 'danger'],
    ['claims-official off government is danger', 'https://example.com/', BANNER, 'danger'],
    ['weak look-alike + red flag is danger', 'https://uscis-help.us/', SELLER, 'danger'],
    ['weak look-alike + immigration page alone is notice', 'https://uscis-help.us/', ABOUT, 'notice'],
    ['weak look-alike + a weak signal is caution', 'https://uscis-help.us/', `${ABOUT} Chat with our virtual assistant Emma.`, 'caution'],
    ['red flag on an unknown host is caution', 'https://example.com/', SELLER, 'caution'],
    // a site named after the DV lottery whose name is also a weak look-alike: one name, one piece of
    // evidence (tune batch real-2026-12c: dvlotteryusa.com, a guide) — caution, not danger ...
    ['weak look-alike whose only red flag is its own name is caution', 'https://www.dvlotteryusa.com/faq', 'Is there a fee to register for the Green Card Lottery? Check the official DV-2027 entry page.', 'caution'],
    // ... while a cue of the page's own beside the name is danger again
    ['weak look-alike + a cue of the page beside its name is danger', 'https://www.dvlotteryusa.com/apply', 'Green Card Lottery: our service fee is $49. Refund policy: full refund if your entry is rejected.', 'danger'],
    ['about USCIS services is notice', 'https://example.com/', ABOUT, 'notice'],
    ['nothing to do with immigration is none', 'https://example.com/', 'Bake the bread for forty minutes.', 'none'],
    ['scam warning is not a scam', 'https://law.example/', 'Never pay for an access code. Scammers sell USCIS access codes for $50. USCIS does not charge for the access code.', 'notice'],
    ['IP host: page still read', 'http://203.0.113.9/', SELLER, 'caution'],
    ['local test host: page still read', 'https://any-fake-host.test/', SELLER, 'caution'],
  ])('%s', (_why, url, text, level) => {
    expect(decide(url, page(text, [], url)).level).toBe(level);
  });

  // The U.S. Mission in China's own site carries the .gov banner on a non-.gov name; it is on the
  // sourced allowlist (lib/data/official-hosts.json), so its pages are official, while the same
  // banner and text on any other host is still a page pretending to be official (tune batch
  // real-2026-12h; the text is from its stored English DV page).
  const MISSION_CHINA =
    'An official website of the United States government Official websites use .gov A .gov website belongs to an official government organization in the United States. ' +
    'The Diversity Visa Program is currently not available in China. The U.S. Consulate General in Guangzhou processes diversity visa applications for nationals of other countries after we receive their case files from the Kentucky Consular Center (KCC).';
  it.each([
    ['https://china.usembassy-china.org.cn/visas/immigrant-visas/diversity-visa/', 'official'],
    ['https://usembassy-china.org.cn.evil-site.com/visas/immigrant-visas/diversity-visa/', 'danger'],
    ['https://usembassy-china.org.cn.evil.example/visas/', 'danger'],
    ['https://usembassy-chína.org.cn/visas/', 'danger'],
    ['https://fakeusembassy-china.org.cn/visas/', 'danger'],
    ['https://usembassy-china.com/visas/', 'danger'],
  ])('the mission in China on its own host only: %s → %s', (url, level) => {
    expect(decide(url, page(MISSION_CHINA, [], url)).level).toBe(level);
  });

  const LOGIN: FormSnapshot[] = [
    {
      actionHost: '',
      fields: [
        { type: 'email', name: 'email', id: '', placeholder: '', autocomplete: 'username', label: 'Email' },
        { type: 'password', name: 'password', id: '', placeholder: '', autocomplete: 'current-password', label: 'Password' },
      ],
    },
  ];
  it.each([
    ['USCIS sign-in copy on a weak look-alike is danger', 'https://myuscis-login.com/', 'Sign in to your USCIS online account', 'danger'],
    ['USCIS sign-in copy on a neutral host is caution', 'https://example.net/', 'Sign in to your USCIS online account', 'caution'],
    ['a law firm client portal login stays calm', 'https://www.example-law.com/portal', 'Client portal login. Track your immigration case with our firm.', 'none'],
  ])('credential harvest: %s', (_why, url, text, level) => {
    expect(decide(url, { ...page(text, LOGIN, url), title: 'Sign In' }).level).toBe(level);
  });

  it('domain-only call (no page) uses rules 1-3 only', () => {
    expect(decide('https://www.uscis.gov/').level).toBe('official');
    expect(decide('https://uscis-gov.net/').level).toBe('danger');
    expect(decide('https://example.com/').level).toBe('none');
  });

  it('a single weak signal does not give caution; two different ones do', () => {
    const intake: FormSnapshot[] = [{ actionHost: '', fields: [{ type: 'text', name: 'a_number', id: '', placeholder: '', autocomplete: '', label: 'A-Number' }] }];
    expect(decide('https://lawfirm.example/', page(ABOUT, intake)).level).toBe('notice');
    expect(decide('https://lawfirm.example/', page(`${ABOUT} We are not affiliated with any government agency.`, intake)).level).toBe('caution');
  });

  it('the SEVIS I-901 fee payment site ICE names (fmjfee.com) is official, whatever agency header it carries (danger before); a host copying its name is not', () => {
    // ice.gov's own header line (stored copy of https://www.ice.gov/sevis/i901)
    const text = 'Official Website of the Department of Homeland Security. I-901 SEVIS Fee. Pay I-901 Fee. Check I-901 Status.';
    const url = 'https://www.fmjfee.com/i901fee/index.html';
    expect(decide(url, page(text, [], url))).toMatchObject({ level: 'official', official: 'allowlisted' });
    const copy = 'https://fmjfee-payment.com/i901fee/index.html';
    expect(decide(copy, page(text, [], copy)).level).toBe('danger');
  });

  it('official verdicts say which kind of government host', () => {
    const v = decide('https://my.uscis.gov/account');
    expect(v).toMatchObject({ level: 'official', official: 'uscis', reasons: [{ id: 'official-host' }] });
    const city = decide('https://www.nyc.gov/');
    expect(city).toMatchObject({ level: 'official', official: 'government', reasons: [{ id: 'government-host' }] });
  });

  it('danger names what is impersonated and lists the evidence', () => {
    const v = decide('https://example.com/', page(BANNER));
    expect(v.impersonates).toEqual({ id: 'uscis', name: 'USCIS', host: 'uscis.gov' });
    expect(v.reasons[0]).toEqual({ id: 'claims-official', evidence: 'An official website of the United States government', quote: 'An official website of the United States government' });
    const d = decide('https://uscis-gov.net/');
    expect(d.reasons[0]?.id).toBe('lookalike-domain');
  });

  it('caution carries the service the page sells and the quoted evidence', () => {
    const v = decide('https://example.com/', page(SELLER));
    expect(v.service).toBe('access-code');
    expect(v.reasons.map((r) => r.id)).toEqual(['access-code-for-sale']);
    expect(v.reasons[0]?.evidence).toContain('$79.99');
    expect(v.host).toBe('example.com');
  });

  it('a middleman with no price in view is caution with the service, and is not listed twice next to a priced offer', () => {
    const faq = 'How long does my ESTA take? Most are approved within 72 hours, or in one hour with urgent processing. Refund policy: full refund if your ESTA is denied.';
    const v = decide('https://esta-helper.example/', page(faq));
    expect(v.level).toBe('caution');
    expect(v.service).toBe('esta');
    expect(v.reasons.map((r) => r.id)).toEqual(['middleman-service']);
    const priced = decide('https://esta-helper.example/', page(`${faq} ESTA application with expert review: $89 per traveler. Apply now.`));
    expect(priced.reasons.map((r) => r.id)).toEqual(['free-service-for-sale']);
  });

  it('never throws on odd input', () => {
    const odd = [undefined, null, 42, {}, { text: 5 }, { forms: 'x' }] as unknown as PageSnapshot[];
    for (const p of odd) expect(() => decide('https://example.com/', p)).not.toThrow();
    expect(() => decide(undefined as unknown as string)).not.toThrow();
  });
});

describe('decide: look-alikes are visible, foreign governments never danger (issue 13)', () => {
  it.each(['https://uscisguide-news.info/', 'https://uscis-help.com/', 'https://diversity-visa.com/'])(
    'a weak look-alike is notice on its address alone and names what it imitates: %s',
    (url) => {
      const v = decide(url);
      expect(v.level).toBe('notice');
      expect(v.reasons[0]?.id).toBe('lookalike-domain');
      expect(v.impersonates?.id).toMatch(/\S/);
      expect(v.impersonates?.host).toMatch(/\.gov$/);
    },
  );

  it.each(['https://immigration.gov.vu/', 'https://immigration.gov.ag/', 'https://evisa.immigration.gov.ag/', 'https://www.immigration.gov.ky/', 'https://immigration.gov.tc/'])(
    '%s gets a neutral note, not the warning page',
    (url) => {
      const v = decide(url);
      expect(v.level).toBe('none');
      expect(v.reasons).toEqual([{ id: 'foreign-government', evidence: expect.stringMatching(/^gov\.[a-z]{2}$/) }]);
      expect(v.impersonates).toBeUndefined();
    },
  );

  it('a foreign-government page with a US-government claim is at most caution', () => {
    const url = 'https://immigration.gov.vu/';
    expect(decide(url, page(BANNER, [], url)).level).toBe('caution');
  });

  // A seller's refund page names only the site: the host's name opens the gate (relevance.ts), the
  // site name stands for the service with two money cues of the page's own (middleman-service).
  it('judges a seller refund page with no immigration word by its host name', () => {
    const text = 'Erstattungspolitik. Alle Gebühren, die an uns gezahlt werden, sind für die Bereitstellung unserer Services. Unsere Gebühren beinhalten keine anderen Kosten. Eine Rückerstattung ist nach der Bearbeitung ausgeschlossen.';
    const seller = decide('https://esta-america.de/erstattungspolitik/', page(text, [], 'https://esta-america.de/erstattungspolitik/'));
    // The host is also a weak look-alike (ESTA beside another word under a Visa Waiver country code,
    // lookalike.ts step 6b), so the page's strong signal makes it danger (rule 5), not caution.
    expect(seller.level).toBe('danger');
    expect(seller.reasons.map((r) => r.id)).toContain('middleman-service');
    expect(decide('https://shop.example.de/agb', page(text, [], 'https://shop.example.de/agb')).level).toBe('none');
  });
});

// routeService (decide.ts): the service the page sells wins over another signal's, even when that signal's priced reason stands
// in for the seller's own (a passport courier's "application package" read as a forms package: tune batch real-2026-12ba).
describe('decide: the route follows the service the page sells', () => {
  it('a passport courier pricing its "application package" shows the passport route, not the forms route', () => {
    const text =
      'Second passport service. Application package: VisaRite service fee $249, express $299. Send your application package to us by FedEx and we hand-carry it to the passport agency. We expedite U.S. passports for travelers leaving within 14 days.';
    const v = decide('https://example.com/second-passport', page(text, [], 'https://example.com/second-passport'));
    expect(v.level).toBe('caution');
    expect(v.reasons.map((r) => r.id)).toEqual(['free-service-for-sale']);
    expect(v.service).toBe('passport');
  });

  it('a forms package seller with no business doing another step keeps the forms route', () => {
    const text = 'Citizenship application package with instructions: only $89. Order now and download instantly.';
    expect(decide('https://example.com/n400', page(text, [], 'https://example.com/n400')).service).toBe('forms');
  });
});
