/**
 * Issue 14, item 1: a look-alike whose URL is longer than 4,096 characters (a long `?ref=` or
 * `#fragment`) used to get level `none`, because the cap applied to the whole URL. The host is
 * now taken first and only it is capped; an http(s) page whose host cannot be read still gets
 * the page verdict.
 */
import { describe, expect, it } from 'vitest';
import { parseHost } from '@/lib/domain';
import { beforePath } from '@/lib/domain/parse-host';
import { decide } from '@/lib/verdict';
import type { PageSnapshot } from '@/lib/types';

const LONG = 'a'.repeat(5000);
const SELLER = 'Get your USCIS online access code today. Our retrieval service: $79.99. Order now.';
const page = (url: string, text: string): PageSnapshot => ({ url, title: '', text, truncated: false, forms: [], lang: '' });

describe('long URLs', () => {
  it.each([
    `https://uscis-gov.net/?ref=${LONG}`,
    `https://uscis-gov.net/#${LONG}`,
    `https://uscis-gov.net/${LONG}/case`,
    `https://user:pw@uscis-gov.net:8443/?q=${'x'.repeat(100_000)}`,
  ])('a look-alike with a long path, query or fragment is still danger (%#)', (url) => {
    expect(parseHost(url).hostname).toBe('uscis-gov.net');
    expect(decide(url).level).toBe('danger');
  });

  it('an official host with a long query is still official', () => {
    expect(decide(`https://www.uscis.gov/search?q=${LONG}`).level).toBe('official');
  });

  it('an http(s) page whose host cannot be read still gets the page verdict', () => {
    const url = `https://${'a'.repeat(300)}.com/`;
    expect(parseHost(url).valid).toBe(false);
    expect(decide(url, page(url, SELLER)).level).toBe('caution');
  });

  it('a host name over the cap is invalid, never a crash', () => {
    const url = `https://${'a.'.repeat(3000)}com/`;
    expect(parseHost(url).valid).toBe(false);
    expect(decide(url).level).toBe('none');
  });

  it('beforePath keeps the scheme, userinfo, host and port', () => {
    expect(beforePath('https://u:p@h.example:8/x?y#z')).toBe('https://u:p@h.example:8');
    expect(beforePath('https://uscis.gov\\@evil.example/')).toBe('https://uscis.gov');
    expect(beforePath('h.example?x')).toBe('h.example');
    expect(beforePath('https://h.example')).toBe('https://h.example');
  });
});
