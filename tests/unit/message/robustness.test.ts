/**
 * Property-based robustness of the message checker: for ANY pasted text (binary junk, RTL and
 * zero-width characters, defanged and malformed links, IDN and punycode, thousands of links)
 * checkMessage never throws, always returns a well-formed verdict, is deterministic, and every link
 * it lists was judged by the address engine.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMessage, MAX_LINKS, MAX_PHONES, MESSAGE_REASON_IDS, type MessageVerdict } from '@/lib/message';
import { isServiceId } from '@/lib/guide';
import { decide } from '@/lib/verdict';

const RUNS = 300;

const TOKENS = [
  'USCIS:', 'From: USCIS <a@b.com>', 'This is ICE.', 'Kentucky Consular Center', 'pay within 24 hours', 'outstanding fee',
  'gift card', 'Western Union', 'bitcoin', 'Zelle', 'A-Number', 'receipt number', 'access code', 'passport', 'SSN',
  'you have been selected', 'green card lottery', 'arrest', 'deportation', 'we can get your access code', '$49',
  'uscis[.]gov-pay[.]com', 'hxxps://', 'hxxp[:]//', '[.]', '(.)', '[dot]', ' . ', 'bit.ly/x', 'tinyurl.com/', 'https://',
  'http://[::1]/', 'http://999.999.999.999', 'https://uscis.gov@evil.com', 'xn--', 'xn--ucis-g9d.gov', 'uѕcis.gov',
  'https://%zz', 'http://a..b', '.com', 'www.', '800-375-5283', '+1 (305) 555-0100', '+234 803 123 4567',
  '\u202E', '\u200F', '\u200B', '\u2066', '\uFEFF', '\u0000', '\uD800', '\uDC00', '💳', 'İ', '移民局', '당첨', 'trục xuất',
  '\n', '\t', '   ', '@', '@@', '...', '[', ']', '(', ')',
  // session 23: the retold call and the "never" of French and German offices (audit23)
  '对方称', '接到一个电话', '것으로 전해졌다', 'tự xưng', 'le dijeron que', 'umano', 'the caller told', 'ne demande jamais', 'schickt niemals',
];

const messageArb = fc.oneof(
  fc.string({ maxLength: 500 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 10 })), { maxLength: 80 }).map((parts) => parts.join(fc.sample(fc.constantFrom(' ', '', '.', '\n'), 1)[0] ?? ' ')),
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((parts) => parts.join('')),
);

function wellFormed(v: MessageVerdict): void {
  expect(['none', 'notice', 'caution', 'danger']).toContain(v.level);
  expect(isServiceId(v.service)).toBe(true);
  expect(v.links.length).toBeLessThanOrEqual(MAX_LINKS);
  expect(v.phones.length).toBeLessThanOrEqual(MAX_PHONES);
  for (const r of v.reasons) {
    expect(MESSAGE_REASON_IDS).toContain(r.id);
    expect(typeof r.evidence).toBe('string');
  }
  for (const l of v.links) expect(l.level).toBe(decide(l.url).level);
}

describe('checkMessage on any input', () => {
  it('never throws, is well formed and deterministic', () => {
    fc.assert(
      fc.property(messageArb, (text) => {
        const v = checkMessage(text);
        wellFormed(v);
        expect(checkMessage(text)).toEqual(v);
      }),
      { numRuns: RUNS },
    );
  });

  it('an empty verdict only for empty or blank text', () => {
    fc.assert(
      fc.property(messageArb, (text) => {
        expect(checkMessage(text).empty).toBe(text.trim() === '');
      }),
      { numRuns: RUNS },
    );
  });

  it('thousands of links: the first MAX_LINKS judged, the rest counted', () => {
    const text = Array.from({ length: 3000 }, (_, i) => (i % 2 ? `hxxps://scam${i}[.]com/p` : `site${i}.net`)).join('\n');
    const v = checkMessage(text);
    wellFormed(v);
    expect(v.links).toHaveLength(MAX_LINKS);
    expect(v.moreLinks).toBe(3000 - MAX_LINKS);
  });

  it('1 MB of text and binary junk give a clear answer', () => {
    let junk = '';
    for (let i = 0; i < 1_000_000; i++) junk += String.fromCharCode((i * 7919) % 65536);
    for (const text of [junk, 'USCIS: pay now. '.repeat(70_000)]) {
      const v = checkMessage(text);
      wellFormed(v);
      expect(v.truncated).toBe(true);
    }
  });

  it('RTL overrides and zero-width characters do not hide a look-alike link', () => {
    const v = checkMessage('USCIS: pay at \u202Euscis\u200B-gov.net\u202C now');
    expect(v.links.map((l) => l.level)).toContain('danger');
  });
});
