import { describe, expect, it } from 'vitest';
import { findEmails, findLinks, MAX_LINKS } from '@/lib/message/links';

const urls = (text: string) => findLinks(text).links.map((l) => l.url);

describe('findLinks', () => {
  it.each([
    // plain, with and without a scheme
    ['Visit https://www.uscis.gov/forms today.', ['https://www.uscis.gov/forms']],
    ['Pay at uscis-gov.help/pay now', ['http://uscis-gov.help/pay']],
    ['Go to www.uscis.gov.', ['http://www.uscis.gov']],
    // defanged dots and schemes
    ['Pay at uscis[.]gov-pay[.]com', ['http://uscis.gov-pay.com']],
    ['hxxps://uscis-fee[.]help/x', ['https://uscis-fee.help/x']],
    ['hxxp[:]//uscis(.)gov-case(.)net', ['http://uscis.gov-case.net']],
    ['see uscis[dot]gov-pay[dot]com', ['http://uscis.gov-pay.com']],
    // spaces around dots
    ['open uscis . gov-pay . com today', ['http://uscis.gov-pay.com']],
    ['open uscis. gov-pay. com today', ['http://uscis.gov-pay.com']],
    // the URL parser decides the host: user info before @ is not the host
    ['https://uscis.gov@evil.example.com/x', ['https://uscis.gov@evil.example.com/x']],
    // Chinese text written against the link ends it
    ['请访问https://my.uscis.gov查看', ['https://my.uscis.gov']],
    // full-width letters and ideographic dots open the ASCII host in a browser (IDNA): so they are read
    ['https://uscis\u3002gov-pay\u3002com/pay', ['https://uscis.gov-pay.com/pay']],
    ['pay at uscis\uff0egov-pay\uff0ecom', ['http://uscis.gov-pay.com']],
    ['uscis\uff61gov-pay\uff61com/pay', ['http://uscis.gov-pay.com/pay']],
    ['\uff35\uff33\uff23\uff29\uff33.gov-pay.com/pay', ['http://USCIS.gov-pay.com/pay']],
    ['请访问uscis.gov\u3002谢谢', ['http://uscis.gov']],
    ['网址\uff1ahttps://my.uscis.gov\uff0c谢谢', ['https://my.uscis.gov']],
  ])('%s', (text, expected) => {
    expect(urls(text)).toEqual(expected);
  });

  it.each([
    'U.S. Citizenship and Immigration Services',
    'e.g. the form, i.e. the I-130',
    'Download form.pdf and readme.txt',
    'It costs 1.5 or 7.30 p.m.',
    'I sent the form. Info is on the back.',
    'Mr. Smith said hi. Then he left.',
    'Write to john.doe@gmail.com',
  ])('no link in %s', (text) => {
    expect(urls(text)).toEqual([]);
  });

  it('marks disguised links and shorteners', () => {
    const [a, b, c, d] = findLinks('uscis[.]gov-pay[.]com bit.ly/3xYz https://uscis.gov usc\u200bis.gov').links;
    expect(a).toMatchObject({ disguised: true, shortener: false });
    expect(b).toMatchObject({ disguised: false, shortener: true });
    expect(c).toMatchObject({ disguised: false, shortener: false });
    expect(d).toMatchObject({ disguised: true });
  });

  it('shows a full-width link as pasted and marks it disguised', () => {
    const [link] = findLinks('https://uscis\u3002gov-pay\u3002com/pay').links;
    expect(link).toMatchObject({ written: 'https://uscis\u3002gov-pay\u3002com/pay', disguised: true });
  });

  it('judges at most MAX_LINKS links and counts the rest', () => {
    const text = Array.from({ length: MAX_LINKS + 30 }, (_, i) => `site${i}.com`).join(' ');
    const { links, more } = findLinks(text);
    expect(links).toHaveLength(MAX_LINKS);
    expect(more).toBe(30);
  });
});

describe('findEmails', () => {
  it('reads the domain of each address', () => {
    expect(findEmails('From: "USCIS" <alerts@uscis-notice.com>, cc news@uscis.gov').map((e) => e.domain)).toEqual(['uscis-notice.com', 'uscis.gov']);
  });
  it('finds nothing without an @', () => {
    expect(findEmails('uscis.gov')).toEqual([]);
  });
});
