import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_COMMENT, buildReport, githubRepoBase, parseReportParams, type ReportInput } from '@/lib/report';

const REPO = 'https://github.com/official-or-not/official-or-not';
const base: ReportInput = {
  pageUrl: 'https://www.immigrationlawyer.example.com/green-card/renew?case=IOE0912345678&name=Maria#fees',
  level: 'caution',
  reasonIds: ['paid-form-help', 'not-affiliated-disclaimer'],
  extensionVersion: '0.1.0',
  browserLanguage: 'es-MX',
  comment: 'This is my lawyer. She is licensed in Texas.',
  repositoryUrl: REPO,
};

function decodeQuery(url: string, key: string): string {
  const q = url.slice(url.indexOf('?') + 1);
  for (const part of q.split('&')) {
    const [k, v = ''] = part.split('=');
    if (k === key) return decodeURIComponent(v);
  }
  throw new Error(`no ${key} in ${url}`);
}

describe('buildReport', () => {
  it('writes the exact text, with the host only by default', () => {
    const r = buildReport(base);
    expect(r.text).toBe([
      'Site: www.immigrationlawyer.example.com',
      'Full address: not included',
      'The extension said: caution',
      'Reasons shown: paid-form-help, not-affiliated-disclaimer',
      'Extension version: 0.1.0',
      'Browser language: es-MX',
      '',
      'What I think is wrong:',
      'This is my lawyer. She is licensed in Texas.',
    ].join('\n'));
    expect(r.text).not.toContain('IOE0912345678');
    expect(r.text).not.toContain('Maria');
    expect(r.title).toBe('Possible mistake: "caution" on www.immigrationlawyer.example.com');
  });

  it('includes the full address only when the user ticks the box, without credentials', () => {
    const r = buildReport({ ...base, pageUrl: 'https://user:secret@uscis-gov.example.net/login?x=1', includeAddress: true });
    expect(r.text).toContain('Full address: https://uscis-gov.example.net/login?x=1');
    expect(r.text).not.toContain('secret');
    expect(r.text).toContain('Site: uscis-gov.example.net');
  });

  it('the issue URL and the mailto carry exactly the shown text', () => {
    const r = buildReport({ ...base, email: 'reports@example.org' });
    expect(r.issueUrl.startsWith(`${REPO}/issues/new?`)).toBe(true);
    expect(decodeQuery(r.issueUrl, 'body')).toBe(r.text);
    expect(decodeQuery(r.issueUrl, 'title')).toBe(r.title);
    expect(r.mailtoUrl.startsWith('mailto:reports@example.org?subject=')).toBe(true);
    expect(decodeQuery(r.mailtoUrl, 'body')).toBe(r.text);
    expect(decodeQuery(r.mailtoUrl, 'subject')).toBe(r.title);
    expect(r.mailtoUrl).not.toContain('+'); // RFC 6068: spaces are %20
  });

  it('uses a given e-mail address and ignores a malformed one', () => {
    expect(buildReport({ ...base, email: 'reports@example.org' }).mailtoUrl.startsWith('mailto:reports@example.org?')).toBe(true);
    // No recipient, no e-mail report: a mailto: with nobody to send to is a dead end.
    expect(buildReport({ ...base, email: 'a@b.c?cc=x@y.z' }).mailtoUrl).toBe('');
    expect(buildReport(base).mailtoUrl).toBe('');
  });

  it.each([
    ['https://github.com/official-or-not/official-or-not', REPO],
    ['git+https://github.com/official-or-not/official-or-not.git', REPO],
    ['https://github.com/official-or-not/official-or-not/', REPO],
    ['git://github.com/official-or-not/official-or-not.git', REPO],
    ['ssh://git@github.com/official-or-not/official-or-not.git', REPO],
    ['https://gitlab.com/official-or-not/official-or-not', ''],
    ['https://github.com.evil.net/a/b', ''],
    ['', ''],
  ])('repository %s', (url, expected) => {
    expect(githubRepoBase(url)).toBe(expected);
    expect(buildReport({ ...base, repositoryUrl: url }).issueUrl === '').toBe(expected === '');
  });

  it.each([
    ['bare host', 'myuscisgov.com', 'myuscisgov.com'],
    ['IDN', 'https://bücher.example/', 'xn--bcher-kva.example'],
    ['trailing dot', 'https://EXAMPLE.com./x', 'example.com'],
    ['garbage', '%%% ///', 'unknown'],
    ['empty', '', 'unknown'],
  ])('site from %s', (_label, pageUrl, host) => {
    expect(buildReport({ ...base, pageUrl }).text.split('\n')[0]).toBe(`Site: ${host}`);
  });

  it('cleans values a page could influence', () => {
    const r = buildReport({
      ...base,
      level: 'safe' as never,
      reasonIds: ['ok-id', 'bad id\nSite: bank.com', '<script>', 'x'.repeat(100)],
      extensionVersion: '1.0\nInjected: yes',
      browserLanguage: 'en-US\nInjected',
      comment: 'a\u0000b\r\nc' + 'z'.repeat(MAX_COMMENT + 10),
    });
    expect(r.text).toContain('The extension said: unknown');
    expect(r.text).toContain('Reasons shown: ok-id\n');
    expect(r.text).toContain('Extension version: unknown');
    expect(r.text).toContain('Browser language: unknown');
    expect(r.text).not.toContain('Injected');
    expect(r.text).toContain('ab\nc');
    expect(r.text.split('What I think is wrong:\n')[1]?.length).toBe(MAX_COMMENT + 1);
  });

  it('says so when there is no comment', () => {
    expect(buildReport({ ...base, comment: '   ' }).text.endsWith('(no comment)')).toBe(true);
  });

  it('never throws, and keeps issue URLs within GitHub\'s practical limit', () => {
    fc.assert(fc.property(fc.string(), fc.string(), fc.array(fc.string()), fc.string({ maxLength: 3000 }), fc.boolean(), (url, level, ids, comment, inc) => {
      const r = buildReport({ ...base, pageUrl: url, level, reasonIds: ids, comment, includeAddress: inc, email: 'reports@example.org' });
      expect(r.text).toContain('Site: ');
      expect(decodeQuery(r.mailtoUrl, 'body')).toBe(r.text);
    }));
    // Worst case: CJK comment (9 URL characters each) and a percent-encoded address (tripled again).
    const long = buildReport({ ...base, comment: '国'.repeat(5000), pageUrl: 'https://a.example/' + '国'.repeat(5000), includeAddress: true });
    expect(long.issueUrl.length).toBeLessThan(8000);
  });
});

describe('parseReportParams', () => {
  it.each([
    ['', null],
    ['?tab=trusted', null],
    ['?report=1&url=https%3A%2F%2Fuscis-gov.example.net%2F&level=danger&reasons=lookalike-domain,asks-a-number',
      { pageUrl: 'https://uscis-gov.example.net/', level: 'danger', reasonIds: ['lookalike-domain', 'asks-a-number'] }],
    ['?report&level=evil&reasons=%3Cb%3E,ok', { pageUrl: '', level: '', reasonIds: ['ok'] }],
  ])('%s', (search, expected) => {
    expect(parseReportParams(search)).toEqual(expected);
  });
});
