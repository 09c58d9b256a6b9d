/**
 * Property-based robustness of the verdict: for ANY url string and ANY page snapshot (well-formed,
 * malformed, hostile, huge), decide() never throws, always returns a valid Verdict, is
 * deterministic, keeps official hosts official, and agrees with the content script's pre-filter
 * (a page the pre-filter calls unrelated never changes the domain-only verdict).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide } from '@/lib/verdict';
import { isAboutImmigration } from '@/lib/text/relevance';
import { LEVELS, MAX_TEXT, type FormSnapshot, type PageSnapshot, type Verdict } from '@/lib/types';

const RUNS = 300;

/** Words the signals react to, mixed with noise, so generated pages actually reach the signals. */
const TOKENS = [
  'USCIS', 'access code', 'online access code', '$129', '$79.99', 'gift card', 'Zelle', 'wire transfer',
  'notario público', 'A-Number', 'receipt number', 'Form I-130', 'Form N-400', 'ESTA', 'I-94', 'green card',
  'DV lottery', 'lotería de visas', 'not affiliated with any government agency', 'official website',
  'An official website of the United States government', 'Here’s how you know', 'fee', 'free', 'order now',
  'E-Verify', 'EIN', 'ciudadanía', 'immigration', 'visa', 'passport', 'pay', 'processing fee', '1-800-375-5283',
  '\u0000', '\uFEFF', '\u202E', '\uD800', '💳', 'İ', 'ß', '\n\n\t', '   ', '<script>', '&amp;', 'Ｕｓｃｉｓ',
  // issue 12: other languages, currencies, middleman cues
  'ab ca. 50 €', '39 Euro', 'Rs 1999', '£39', '99美元', '30,000원', '500.000đ', 'Bearbeitungsgebühr', 'frais de dossier',
  '服务费', '대행 수수료', 'phí dịch vụ', 'refund policy', 'Express-Bearbeitung', 'we are not a law firm', 'Reisegenehmigung',
  'nuestra página de Tarifas', 'Official websites use .gov', 'E\u200BSTA', 'US\u200DCIS', '\u202Bفيزا\u202C', '1'.repeat(60),
  // session 23: the SEVIS fee and who pays it, a fee the next sentence names official, other businesses' charges
  'SEVIS fee', 'I-901', 'Western Union', 'Quick Pay', 'fmjfee.com', 'we pay your SEVIS fee for you', 'in local currency',
  'پرداخت هزینه سفارت توسط شرکت', 'Essa é a taxa MRV', '여행사에 맡기면 수수료', 'las agencias cobran',
];

const textArb = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(' ')),
);

const hostArb = fc.oneof(
  fc.domain(),
  fc.constantFrom(
    'uscis.gov', 'www.uscis.gov', 'uscis-gov.net', 'myuscisgov.com', 'usciss.us', 'example.com', 'xn--uscs-rqa.com',
    'esta.cbp.dhs.gov', 'nyc.gov', '203.0.113.9', '[::1]', 'localhost', 'a..b', '-x-.com', 'ＵＳＣＩＳ.gov', 'uscis.gov.evil.com',
  ),
);

const urlArb = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.tuple(fc.constantFrom('https://', 'http://', 'HTTPS://', 'ftp://', 'javascript:', 'data:text/html,', 'chrome://', '//', ''), hostArb, fc.string({ maxLength: 40 })).map(
    ([scheme, host, rest]) => `${scheme}${host}/${rest}`,
  ),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
);

const fieldArb = fc.record({
  type: fc.constantFrom('text', 'password', 'tel', 'email', 'hidden', 'select', 'textarea', ''),
  name: fc.oneof(fc.constantFrom('a_number', 'receipt', 'cc-number', 'cvv', 'ssn', 'q'), fc.string({ maxLength: 20 })),
  id: fc.string({ maxLength: 20 }),
  placeholder: fc.oneof(fc.constantFrom('A-Number', 'Card number', 'Receipt number (IOE…)'), fc.string({ maxLength: 20 })),
  autocomplete: fc.constantFrom('', 'cc-number', 'cc-csc', 'off', 'name'),
  label: textArb,
});
const formArb: fc.Arbitrary<FormSnapshot> = fc.record({ actionHost: fc.oneof(fc.constant(''), hostArb), fields: fc.array(fieldArb, { maxLength: 8 }) });

const pageArb = (url: fc.Arbitrary<string>): fc.Arbitrary<PageSnapshot> =>
  fc.record({
    url,
    title: textArb,
    text: textArb,
    truncated: fc.boolean(),
    forms: fc.array(formArb, { maxLength: 4 }),
    lang: fc.constantFrom('', 'en', 'es', 'zh-CN', 'x'.repeat(50)),
  });

/** Snapshots as a hostile page or a buggy caller could hand them over: wrong types, missing keys. */
const junkArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.record(
    {
      url: fc.anything({ maxDepth: 1 }),
      title: fc.oneof(fc.anything({ maxDepth: 1 }), textArb),
      text: fc.oneof(fc.anything({ maxDepth: 1 }), textArb),
      truncated: fc.anything({ maxDepth: 1 }),
      forms: fc.oneof(fc.anything({ maxDepth: 2 }), fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 })),
      linkHosts: fc.anything({ maxDepth: 2 }), // a key the snapshot no longer has: ignored
      lang: fc.anything({ maxDepth: 1 }),
    },
    { requiredKeys: [] },
  ),
);

function assertVerdict(v: Verdict): void {
  expect(v).toBeTypeOf('object');
  expect(LEVELS).toContain(v.level);
  expect(Array.isArray(v.reasons)).toBe(true);
  for (const r of v.reasons) {
    expect(typeof r.id).toBe('string');
    expect(r.id.length).toBeGreaterThan(0);
    expect(typeof r.evidence).toBe('string');
  }
  expect(typeof v.host).toBe('string');
  if (v.level === 'danger') expect(v.impersonates?.host ?? '').toMatch(/\S/);
}

describe('decide() under fuzzing', () => {
  it('never throws and returns a valid verdict for any URL alone', () => {
    fc.assert(
      fc.property(urlArb, (url) => {
        assertVerdict(decide(url));
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('never throws and returns a valid verdict for any URL with any well-formed page', () => {
    fc.assert(
      fc.property(urlArb, pageArb(urlArb), (url, page) => {
        assertVerdict(decide(url, page));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on malformed snapshots (wrong types, missing keys, non-objects)', () => {
    fc.assert(
      fc.property(urlArb, junkArb, (url, junk) => {
        assertVerdict(decide(url, junk as PageSnapshot));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on non-string URLs', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 2 }), (url) => {
        assertVerdict(decide(url as string));
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic: the same input gives the same verdict', () => {
    fc.assert(
      fc.property(urlArb, pageArb(urlArb), (url, page) => {
        expect(decide(url, page)).toEqual(decide(url, page));
      }),
      { numRuns: RUNS },
    );
  });

  it.each(['https://www.uscis.gov/', 'https://my.uscis.gov/account', 'https://travel.state.gov/visa', 'https://www.nyc.gov/immigrants'])(
    '%s stays official whatever the page says',
    (url) => {
      fc.assert(
        fc.property(pageArb(fc.constant(url)), (page) => {
          expect(decide(url, page).level).toBe('official');
        }),
        { numRuns: 150 },
      );
    },
  );

  it('a page the content-script pre-filter calls unrelated never changes the domain-only verdict', () => {
    const plain = fc.string({ maxLength: 300 }).filter((s) => !isAboutImmigration(s));
    fc.assert(
      fc.property(fc.constantFrom('https://example.com/a', 'https://usciss.us/', 'https://uscis-gov.net/', 'http://203.0.113.9/'), plain, plain, (url, title, text) => {
        const page: PageSnapshot = { url, title, text, truncated: false, forms: [], lang: 'en' };
        fc.pre(!isAboutImmigration(`${title}. ${text}`));
        expect(decide(url, page).level).toBe(decide(url).level);
      }),
      { numRuns: RUNS },
    );
  });

  it('a strong look-alike domain is danger whatever the page says (a calm page cannot talk it down)', () => {
    fc.assert(
      fc.property(pageArb(fc.constant('https://uscis-gov.net/')), (page) => {
        expect(decide('https://uscis-gov.net/', page).level).toBe('danger');
      }),
      { numRuns: 150 },
    );
  });
});

describe('decide() on huge and pathological text', () => {
  const url = 'https://www.example-immigration-help.com/';
  const cases: Array<[string, string]> = [
    ['10 MB of one letter', 'a'.repeat(10_000_000)],
    ['10 MB of spaces', ' '.repeat(10_000_000)],
    ['MAX_TEXT + 1 of "uscis "', 'uscis '.repeat(Math.ceil((MAX_TEXT + 1) / 6))],
    ['regex-hostile repetition', 'access code access code $'.repeat(20_000) + '!'.repeat(50_000)],
    ['lone surrogates', '\uD800\uDC00\uD800'.repeat(100_000)],
    ['combining marks', 'u\u0301'.repeat(200_000)],
  ];
  it.each(cases)('%s: finishes fast with a valid verdict', (_name, text) => {
    const page: PageSnapshot = { url, title: text.slice(0, 10_000), text, truncated: false, forms: [], lang: '' };
    const t0 = performance.now();
    const v = decide(url, page);
    const ms = performance.now() - t0;
    assertVerdict(v);
    // Generous bound (CI machines are slow): catches quadratic blow-ups, not micro-regressions.
    expect(ms).toBeLessThan(2_000);
  });
});

describe('decide() on the inputs issue 12 names: mixed scripts, one long line, huge numbers, bidi and zero-width', () => {
  const url = 'https://esta-helper.example/';
  const seller = 'ESTA Antrag. Bearbeitungsgebühr ab ca. 50 €. Refund policy. 服务费 99美元. 대행 수수료 30,000원. ';
  const cases: Array<[string, string]> = [
    ['mixed scripts on 200,000 characters', `${seller}中文 한국어 tiếng Việt العربية עברית Ελληνικά Русский `.repeat(2_000).slice(0, 200_000)],
    ['200,000 characters on one line, no space', `ESTA$${'9'.repeat(3)}€`.repeat(25_000).slice(0, 200_000)],
    ['a number with 100,000 digits next to currencies', `ESTA service fee $${'7'.repeat(100_000)} USD € ${'1,'.repeat(20_000)}000 Euro`],
    ['bidi and zero-width characters inside every word', `${seller}`.replace(/(\w)(\w)/g, '$1\u200B$2\u202E').repeat(500)],
    ['thousands separators without end', `${'1.000.'.repeat(30_000)} € refund policy ESTA`],
    // every cue and anchor of middleman-service many times over: thousands of candidates each
    ['a seller page of 200,000 characters, cues everywhere', `${seller}Form I-130 our service fee $89. Never pay anyone. 中文 `.repeat(1_700).slice(0, 200_000)],
  ];
  // Linear time: a quadratic step on 200,000 characters takes minutes; the bound catches it.
  it.each(cases)('%s: a valid verdict, fast', (_name, text) => {
    const page: PageSnapshot = { url, title: '', text, truncated: false, forms: [], lang: '' };
    const t0 = performance.now();
    const v = decide(url, page);
    const ms = performance.now() - t0;
    assertVerdict(v);
    expect(ms).toBeLessThan(2_000);
  });
});

