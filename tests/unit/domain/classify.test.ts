import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyHost, parseHost, type HostVerdict } from '@/lib/domain';

const classify = (s: string): HostVerdict => classifyHost(parseHost(s));

describe('official hosts', () => {
  it.each([
    // [input, entity, matched, name]
    ['https://www.uscis.gov/forms', 'uscis', 'uscis.gov', 'USCIS'],
    ['https://my.uscis.gov/account/v1/needhelp', 'uscis', 'uscis.gov', 'USCIS'],
    ['https://myaccount.uscis.gov/create-account', 'uscis', 'uscis.gov', 'USCIS'],
    ['egov.uscis.gov', 'uscis', 'uscis.gov', 'USCIS'],
    ['uscis.gov.', 'uscis', 'uscis.gov', 'USCIS'], // trailing dot
    ['https://esta.cbp.dhs.gov/', 'federal', 'cbp.dhs.gov', 'U.S. Customs and Border Protection'],
    ['https://i94.cbp.dhs.gov/', 'federal', 'cbp.dhs.gov', 'U.S. Customs and Border Protection'],
    ['https://www.dhs.gov/', 'federal', 'dhs.gov', 'U.S. Department of Homeland Security'],
    ['https://dvprogram.state.gov/', 'federal', 'state.gov', 'U.S. Department of State'],
    ['https://travel.state.gov/', 'federal', 'state.gov', 'U.S. Department of State'],
    ['https://www.e-verify.gov/', 'federal', 'e-verify.gov', 'E-Verify'],
    ['https://www.justice.gov/eoir', 'federal', 'justice.gov', 'U.S. Department of Justice'],
    ['https://www.ftc.gov/', 'federal', 'ftc.gov', 'Federal Trade Commission'],
    ['https://md.usembassy.gov/', 'federal', 'usembassy.gov', 'U.S. Embassies and Consulates'],
    ['https://www.irs.gov/', 'federal', 'irs.gov', 'Internal Revenue Service'],
    ['https://www.nyc.gov/', 'government', 'gov', 'U.S. government'], // a city: official, not USCIS
    ['https://www.santaclaraca.gov/', 'government', 'gov', 'U.S. government'],
    ['https://www.dover.af.mil/', 'government', 'mil', 'U.S. military'],
    ['https://www.ait.org.tw/', 'allowlisted', 'ait.org.tw', 'American Institute in Taiwan'],
    ['https://www.ustraveldocs.com/kh/kh-niv-appointmentschedule.asp', 'allowlisted', 'ustraveldocs.com', 'U.S. visa appointment service'],
    ['https://china.usembassy-china.org.cn/visas/immigrant-visas/diversity-visa/', 'allowlisted', 'usembassy-china.org.cn', 'U.S. Embassy and Consulates in China'],
    // the SEVIS I-901 fee's payment site, named by ICE (https://www.ice.gov/sevis/i901: "by credit card on fmjfee.com")
    ['https://www.fmjfee.com/i901fee/index.html', 'allowlisted', 'fmjfee.com', 'SEVIS I-901 fee'],
  ])('%s → %s (%s)', (input, entity, matched, name) => {
    expect(classify(input)).toEqual({ kind: 'official', entity, matched, name });
  });

  // An allowlisted name is matched by label boundary only: a host that contains it, adds to its
  // label or swaps a letter is not official (and a swapped letter reads as the mission's name).
  it.each(['usembassy-china.org.cn.evil-site.com', 'fakeusembassy-china.org.cn', 'usembassy-china-org.cn', 'usembassy-china.org.cn-visa.com', 'usembassy-china.com'])(
    '%s is not official',
    (input) => {
      expect(classify(input).kind).not.toBe('official');
    },
  );

  it('a homograph of the mission in China is a strong look-alike of it', () => {
    expect(classify('https://usembassy-chína.org.cn/')).toMatchObject({ kind: 'lookalike', pattern: 'homograph', strength: 'strong', target: { host: 'usembassy-china.org.cn' } });
  });
});

type Row = [input: string, pattern: string, strength: 'strong' | 'weak', targetHost: string];

describe('look-alikes (real examples from the blocklists and FACTS.md)', () => {
  it.each<Row>([
    // embedding: an official host inside another registrable domain
    ['uscis.gov.example.com', 'embedding', 'strong', 'uscis.gov'],
    ['uscis.gov-case.com', 'embedding', 'strong', 'uscis.gov'],
    ['https://my.uscis.gov.account-login.net/', 'embedding', 'strong', 'uscis.gov'],
    ['esta.cbp.dhs.gov.apply-now.com', 'embedding', 'strong', 'esta.cbp.dhs.gov'],
    ['dvprogram.state.gov-entry.org', 'embedding', 'strong', 'dvprogram.state.gov'],
    // brand + government token
    ['uscis-gov.net', 'brand-gov-token', 'strong', 'uscis.gov'],
    ['myuscisgov.com', 'brand-gov-token', 'strong', 'uscis.gov'],
    ['egov.uscis.us.org', 'embedding', 'strong', 'uscis.gov'], // the labels of egov.uscis.gov
    ['cbp-dhs-gov-official.com', 'embedding', 'strong', 'cbp.dhs.gov'], // the labels of cbp.dhs.gov
    ['esta-official.com', 'brand-gov-token', 'strong', 'esta.cbp.dhs.gov'],
    ['uscis-official-forms.com', 'brand-gov-token', 'strong', 'uscis.gov'],
    // combosquats: weak on the name alone (see the legitimate guides below)
    ['myuscis-help.org', 'combosquat', 'weak', 'uscis.gov'],
    ['uscis-caseupdate.info', 'brand-gov-token', 'strong', 'uscis.gov'], // agency + portal words
    ['trackcasestatususcis.com', 'brand-gov-token', 'strong', 'uscis.gov'],
    ['us-cis-forms.com', 'combosquat', 'weak', 'uscis.gov'],
    ['uscis-help.github.io', 'combosquat', 'weak', 'uscis.gov'], // site label on a shared host
    ['uscis-help.weebly.com', 'combosquat', 'weak', 'uscis.gov'], // shared host outside the PSL
    ['uscis.some-law-firm.com', 'combosquat', 'weak', 'uscis.gov'], // brand only in a subdomain
    ['estausvisa.com', 'combosquat', 'weak', 'esta.cbp.dhs.gov'],
    ['usa-visaesta.com', 'combosquat', 'weak', 'esta.cbp.dhs.gov'],
    ['esta-visas.com', 'combosquat', 'weak', 'esta.cbp.dhs.gov'],
    ['diversity-visa.com', 'combosquat', 'weak', 'dvprogram.state.gov'],
    ['us-visa-green-card-lottery.today', 'combosquat', 'weak', 'dvprogram.state.gov'],
    ['usagreencard.tk', 'combosquat', 'weak', 'dvprogram.state.gov'],
    ['ais-usvisa.com', 'combosquat', 'weak', 'travel.state.gov'],
    ['i94-form-online.com', 'brand-gov-token', 'strong', 'i94.cbp.dhs.gov'],
    ['e-verify-check.com', 'combosquat', 'weak', 'e-verify.gov'],
    ['dhs-case-center.com', 'brand-gov-token', 'strong', 'dhs.gov'],
    ['estaofficial.org', 'brand-gov-token', 'strong', 'esta.cbp.dhs.gov'], // fused "official"
    // typos of the short brand: weak alone, strong with a government word
    ['usciss.com', 'typo', 'strong', 'uscis.gov'], // a doubled letter is a misspelling
    ['uscls.com', 'typo', 'strong', 'uscis.gov'], // a typo of an agency name is danger (issue 13)
    ['uscsi.org', 'typo', 'strong', 'uscis.gov'],
    ['ucsis.net', 'typo', 'strong', 'uscis.gov'],
    ['usc1s.com', 'typo', 'strong', 'uscis.gov'],
    ['myuscls.com', 'typo', 'strong', 'uscis.gov'],
    ['uscls-case.com', 'typo', 'strong', 'uscis.gov'],
    ['uscls-gov.com', 'typo', 'strong', 'uscis.gov'],
    // issue 13 leftovers: a typo joined to words, a name spelt across labels, a short name + a letter
    ['usclshelp.com', 'typo', 'strong', 'uscis.gov'],
    ['usclsstatus.com', 'typo', 'strong', 'uscis.gov'], // 'ss' across the join is two words' letters
    ['us.cis.com', 'embedding', 'strong', 'uscis.gov'],
    ['my.us.cis.com', 'embedding', 'strong', 'uscis.gov'],
    ['usc.is.net', 'embedding', 'strong', 'uscis.gov'],
    ['e.verify.com', 'embedding', 'strong', 'e-verify.gov'],
    ['cbpa.com', 'typo', 'weak', 'cbp.dhs.gov'],
    ['adhs.com', 'typo', 'weak', 'dhs.gov'],
    ['cbp1.com', 'typo', 'weak', 'cbp.dhs.gov'],
    // TLD swaps
    ['uscis.com', 'tld-swap', 'strong', 'uscis.gov'],
    ['uscis.us', 'tld-swap', 'strong', 'uscis.gov'],
    ['www.uscis.org', 'tld-swap', 'strong', 'uscis.gov'],
    ['myuscis.net', 'tld-swap', 'strong', 'uscis.gov'],
    ['e-verify.com', 'tld-swap', 'weak', 'e-verify.gov'],
    // pseudo-government suffixes
    ['uscis.gov.us', 'embedding', 'strong', 'uscis.gov'], // the embedded host before the fake suffix
    ['evil-uscis.gov.com', 'embedding', 'strong', 'uscis.gov'],
    ['esta-apply.usgov.org', 'pseudo-gov-suffix', 'strong', 'esta.cbp.dhs.gov'],
    ['forms.gov.us', 'pseudo-gov-suffix', 'weak', 'usa.gov'],
    // homographs (IDN) and invisible characters
    ['uѕcis.gov', 'homograph', 'strong', 'uscis.gov'], // Cyrillic ѕ, even under .gov
    ['xn--ucis-g9d.gov', 'homograph', 'strong', 'uscis.gov'], // the same, as punycode
    ['uѕcis-gov.net', 'homograph', 'strong', 'uscis.gov'],
    ['uscís.com', 'homograph', 'strong', 'uscis.gov'], // accent: reads as uscis.com (tld-swap)
    ['уѕсіѕ.com', 'homograph', 'strong', 'uscis.gov'], // all Cyrillic (у reads as y: a typo, upgraded)
    ['está-usa.com', 'homograph', 'weak', 'esta.cbp.dhs.gov'], // accent only: ordinary Spanish, stays weak
    ['myuscis\u0455-help.com', 'homograph', 'strong', 'uscis.gov'],
    ['xn--uscis-gov-dj7d.com', 'homograph', 'strong', 'uscis.gov'], // zero-width joiner kept in punycode
  ])('%s → %s (%s) of %s', (input, pattern, strength, targetHost) => {
    const v = classify(input);
    expect(v.kind).toBe('lookalike');
    if (v.kind !== 'lookalike') return;
    expect({ pattern: v.pattern, strength: v.strength, target: v.target.host }).toEqual({ pattern, strength, target: targetHost });
    expect(v.evidence.length).toBeGreaterThan(10);
  });

  it('names the agency and the service for the "go to the official site" button', () => {
    const v = classify('uscis-gov.net');
    expect(v).toMatchObject({ target: { name: 'USCIS', host: 'uscis.gov', service: 'uscis' } });
    expect(classify('estausvisa.com')).toMatchObject({ target: { service: 'esta' } });
    expect(classify('diversity-visa.com')).toMatchObject({ target: { service: 'dv-lottery' } });
    expect(classify('i94-form-online.com')).toMatchObject({ target: { service: 'i94' } });
    expect(classify('e-verify-check.com')).toMatchObject({ target: { service: 'e-verify' } });
  });
});

describe('false-alarm traps: legitimate names stay unknown', () => {
  it.each([
    'esta.com', // Spanish "this"
    'estaesmicasa.es',
    'realestate.com',
    'interstate94.com',
    'dhs.com',
    'cbp.com',
    'visa.com',
    'visahq.com',
    'usa.com',
    'immigrationlaw.com',
    'boundless.com',
    'immigrationadvocates.org',
    'ilrc.org',
    'nilc.org',
    'cliniclegal.org',
    'americanimmigrationcouncil.org',
    'visajourney.com',
    'reddit.com',
    'nytimes.com',
    'univision.com',
    'focus.de', // 'focus' is a false friend, nothing to do with USCIS
    'viruscisco.com',
    'campuscisco.net',
    'mtabuscis.net', // 'mta bus cis' from the blocklist data
    'lotusvisa.com.au',
    'myausvisa.com', // Australian visas
    'gov.bc.ca',
    'gov.edgekey.net',
    'ais.usvisa-info.com', // neutral: believed contractor, unverified
    'usvisascheduling.com',
    'cisco.com',
    'discus.com',
    'music.com',
    'usc.edu',
    'ucsi.edu.my',
    // issue 13 leftovers stay narrow: other one-edit spellings of cbp/dhs are real companies,
    // labels that only share letters with an agency name, and typo-like starts without words
    'cbs.com',
    'dns.com',
    'cb.com',
    'bus.cis.com',
    'uscsports.com',
    'news.cisco.com',
    'cbpas.com',
  ])('%s → unknown', (input) => {
    expect(classify(input)).toEqual({ kind: 'unknown' });
  });

  it.each([
    // Real independent information sites (tests/corpus/legit-en.json): named like combosquats,
    // so they may be tagged, but only weak — never danger on the domain alone.
    'https://www.uscisguide.com/national-visa-center/uscis-tips-how-to-avoid-esta-fraud/',
    'https://uscisformcheck.com/tools/filing-checklist',
    'https://www.dvprograminfo.com/scam-alert-diversity-visa-program-scammers-sending-fraudulent-emails-and-letters/',
  ])('%s is at most a weak look-alike', (input) => {
    const v = classify(input);
    if (v.kind === 'lookalike') expect(v.strength).toBe('weak');
    else expect(v.kind).toBe('unknown');
  });
});

describe('foreign governments are never look-alikes (issue 13)', () => {
  it.each([
    // Real foreign-government immigration sites that got the full-page warning before: "immigration"
    // beside a "gov" label under country codes whose gov.<cc> is not in the Public Suffix List.
    ['immigration.gov.vu', 'gov.vu'],
    ['immigration.gov.ag', 'gov.ag'],
    ['evisa.immigration.gov.ag', 'gov.ag'],
    ['www.immigration.gov.ky', 'gov.ky'],
    ['immigration.gov.tc', 'gov.tc'],
    // PSL suffixes and other namespaces
    ['immigration.gov.au', 'gov.au'],
    ['www.gov.uk', 'gov.uk'],
    ['gov.hr', 'gov.hr'],
    ['estadisticas.gob.mx', 'gob.mx'],
    ['www.immigration.govt.nz', 'govt.nz'],
    ['www.moj.go.jp', 'go.jp'],
    ['www.interieur.gouv.fr', 'gouv.fr'],
    ['www.cic.gc.ca', 'gc.ca'],
    ['ircc.canada.ca', 'canada.ca'],
    ['www.sem.admin.ch', 'admin.ch'],
    ['www.gosuslugi.ru', 'gosuslugi.ru'], // hosts listed by name: Russia's and Iran's e-government portals
    ['eblagh.adliran.ir', 'adliran.ir'],
    ['uscis-gov.gov.ag', 'gov.ag'], // only that government can register under gov.ag
  ])('%s → foreign government (%s)', (input, matched) => {
    expect(classify(input)).toEqual({ kind: 'foreign-government', matched });
  });

  it.each(['uscis.gov.us', 'forms.gov.us', 'uscis-gov.com', 'gov-uscis.net'])('%s is not (gov.us is no government namespace)', (input) => {
    expect(classify(input).kind).toBe('lookalike');
  });
});

describe('not applicable', () => {
  it.each([
    ['about:blank', 'not-web'],
    ['chrome://newtab', 'not-web'],
    ['file:///home/me/i-90.pdf', 'not-web'],
    ['moz-extension://abc/popup.html', 'not-web'],
    ['127.0.0.1', 'ip'],
    ['http://[::1]/', 'ip'],
    ['http://192.168.0.10:8080/uscis', 'ip'],
    ['localhost', 'local'],
    ['http://localhost:3000/', 'local'],
    ['printer.local', 'local'],
    ['router.home.arpa', 'local'],
    ['uscis-gov.test', 'local'],
    ['intranet', 'local'],
    ['', 'invalid'],
    ['xn--zz', 'invalid'],
    ['a'.repeat(300), 'invalid'],
    ['http://', 'invalid'],
  ])('%j → %s', (input, why) => {
    expect(classify(input)).toEqual({ kind: 'not-applicable', why });
  });
});

describe('precedence', () => {
  it('official beats look-alike words: a .gov host named like a look-alike is official', () => {
    expect(classify('uscis-gov.gov')).toMatchObject({ kind: 'official', entity: 'government' });
    expect(classify('esta.cbp.dhs.gov')).toMatchObject({ kind: 'official', entity: 'federal' });
  });
  it('a homograph of a named official host is a look-alike even under .gov', () => {
    expect(classify('xn--ucis-g9d.gov')).toMatchObject({ kind: 'lookalike', pattern: 'homograph' });
  });
  it('the longest named official host wins', () => {
    expect(classify('esta.cbp.dhs.gov')).toMatchObject({ matched: 'cbp.dhs.gov' });
    expect(classify('www.dhs.gov')).toMatchObject({ matched: 'dhs.gov' });
  });
  it('embedding beats the fake suffix and brand words (travel.state.gov.com was only weak)', () => {
    expect(classify('uscis.gov.us')).toMatchObject({ pattern: 'embedding' });
    expect(classify('travel.state.gov.com')).toMatchObject({ pattern: 'embedding', strength: 'strong', target: { host: 'travel.state.gov' } });
    expect(classify('esta-apply.usgov.org')).toMatchObject({ pattern: 'pseudo-gov-suffix', strength: 'strong' });
    expect(classify('uscis.gov.uscis-help.com')).toMatchObject({ pattern: 'embedding' });
  });
});

describe('robustness', () => {
  it('classifies any string without throwing (property)', () => {
    const kinds = new Set(['official', 'lookalike', 'foreign-government', 'unknown', 'not-applicable']);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.webUrl(), fc.domain()), (s) => {
        expect(kinds.has(classify(s).kind)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
  it('a hand-made HostInfo with nonsense fields does not throw', () => {
    const bogus = { ...parseHost('example.com'), hostname: '..', domain: null, publicSuffix: null };
    expect(() => classifyHost(bogus)).not.toThrow();
  });
});
