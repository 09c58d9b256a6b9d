/**
 * Pages shown by Google's AMP cache (<host with - for .>.cdn.ampproject.org/c/s/<host>/…), its viewer
 * (www.google.com/amp/s/<host>/…) and by
 * Yandex's website translator (translated.turbopages.org/proxy_u/…/https/<host>/…) are judged at the
 * address they show (lib/domain/url.ts proxiedPageUrl), like Google's translator
 * (translate-proxy.test.ts): before, an agency page through the AMP cache was a look-alike of the
 * agency from its address alone ("www-uscis-gov.cdn.ampproject.org": danger), and an agency page
 * through Yandex's translator was a web proxy carrying a .gov page (claims-official: danger).
 */
import { describe, expect, it } from 'vitest';
import { classifyInput, isDangerAddress } from '@/lib/domain';
import { proxiedPageUrl } from '@/lib/domain/url';
import { decide } from '@/lib/verdict';
import type { PageSnapshot } from '@/lib/types';
import { dotgovDomains } from '../../fixtures/data/load';

const page = (url: string, text: string): PageSnapshot => ({ url, title: '', text, truncated: false, forms: [], lang: 'en' });
/** A uscis.gov page as it reads: the banner, the menu, the footer (what a copy of it would carry). */
const USCIS_PAGE =
  'An official website of the United States government. Here is how you know. Topics Forms Newsroom Citizenship Green Card Laws Tools. ' +
  'Green Card. A Green Card allows you to live and work permanently in the United States. Reviewed/Updated: 05/01/2024. ' +
  'Budget and Performance DHS Components Freedom of Information Act. Looking for U.S. government information and services? Visit USA.gov';
const SELLER = 'Get your USCIS online access code today. Our retrieval service: $79.99. Order now.';

describe('proxiedPageUrl: the AMP cache and Yandex', () => {
  it.each([
    ['https://www-uscis-gov.cdn.ampproject.org/c/s/www.uscis.gov/es/tarjeta-verde', 'https://www.uscis.gov/es/tarjeta-verde'],
    ['https://amp-dev.cdn.ampproject.org/c/s/amp.dev/documentation/examples/api/query?value=Hello%20World', 'https://amp.dev/documentation/examples/api/query?value=Hello%20World'],
    ['https://esta--online-com.cdn.ampproject.org/c/esta-online.com/apply', 'http://esta-online.com/apply'],
    ['https://translated.turbopages.org/proxy_u/en-ru.ru.a10e9b55-671a61ab-f170b68d-74722d776562/https/www.uscis.gov/green-card', 'https://www.uscis.gov/green-card'],
    ['https://translated.turbopages.org/proxy_u/en-uz.uz.38c534a0-644f4af8-e86fc728-74722d776562/https/dvprogram.state.gov/', 'https://dvprogram.state.gov/'],
    ['https://translated.turbopages.org/proxy_u/en-ru.ru.1-2-3-4/http/old.example.org', 'http://old.example.org/'],
    ['https://www.google.com/amp/s/www.uscis.gov/es/tarjeta-verde', 'https://www.uscis.gov/es/tarjeta-verde'],
  ])('%s is %s', (proxied, original) => {
    expect(proxiedPageUrl(proxied)).toBe(original);
  });

  it.each([
    ['an AMP label that spells another host than the path', 'https://www-uscis-gov.cdn.ampproject.org/c/s/uscis-gov.help/pay'],
    ['a hashed AMP label', 'https://3vxohoafqvhwmcnxfl7o6bcb5dmqnrdt.cdn.ampproject.org/c/s/www.uscis.gov/'],
    ['an AMP image or resource, not a page', 'https://www-uscis-gov.cdn.ampproject.org/i/s/www.uscis.gov/logo.png'],
    ['the AMP cache host under another site', 'https://www-uscis-gov.cdn.ampproject.org.evil.com/c/s/www.uscis.gov/'],
    ['a Yandex path without a scheme folder', 'https://translated.turbopages.org/proxy_u/en-ru.ru.1-2-3-4/www.uscis.gov/'],
    ['the Yandex host under another site', 'https://translated.turbopages.org.evil.com/proxy_u/en-ru.ru.1-2-3-4/https/www.uscis.gov/'],
    ['a Google page that is not the AMP viewer', 'https://www.google.com/search?q=www.uscis.gov'],
    ['the AMP viewer path under another site', 'https://evil.com/amp/s/www.uscis.gov/'],
  ])('%s: undefined', (_why, url) => {
    expect(proxiedPageUrl(url)).toBeUndefined();
  });
});

describe('the verdict on pages through the AMP cache and Yandex', () => {
  it.each([
    'https://www-uscis-gov.cdn.ampproject.org/c/s/www.uscis.gov/green-card',
    'https://travel-state-gov.cdn.ampproject.org/c/s/travel.state.gov/content/travel/en.html',
    'https://translated.turbopages.org/proxy_u/en-ru.ru.a10e9b55-671a61ab-f170b68d-74722d776562/https/www.uscis.gov/green-card',
    'https://translated.turbopages.org/proxy_u/en-uz.uz.38c534a0-644f4af8-e86fc728-74722d776562/https/travel.state.gov/content/travel/en.html',
    'https://www.google.com/amp/s/www.uscis.gov/green-card',
  ])('an agency page through the wrapper is official, never a look-alike nor a copy: %s', (url) => {
    expect(isDangerAddress(classifyInput(url))).toBe(false);
    expect(decide(url).level).toBe('official');
    expect(decide(url, page(url, USCIS_PAGE)).level).toBe('official');
  });

  it.each([
    'https://uscis--gov-net.cdn.ampproject.org/c/s/uscis-gov.net/',
    'https://translated.turbopages.org/proxy_u/en-es.es.1-2-3-4/https/uscis-gov.net/',
    'https://www.google.com/amp/s/uscis-gov.net/',
  ])('a look-alike through the wrapper is still a look-alike: %s', (url) => {
    expect(isDangerAddress(classifyInput(url))).toBe(true);
    expect(decide(url).level).toBe('danger');
  });

  it.each([
    ['https://access--code--help-com.cdn.ampproject.org/c/s/access-code-help.com/', 'https://access-code-help.com/'],
    ['https://translated.turbopages.org/proxy_u/en-ru.ru.1-2-3-4/https/access-code-help.com/', 'https://access-code-help.com/'],
  ])('a seller through the wrapper is judged like the seller: %s', (url, direct) => {
    const seen = decide(url, page(url, SELLER));
    const own = decide(direct, page(direct, SELLER));
    expect(own.level).toBe('caution');
    expect(seen.level).toBe(own.level);
    expect(seen.reasons.map((r) => r.id)).toEqual(own.reasons.map((r) => r.id));
  });

  it('a copy of an agency page on a site of its own is still a copy (the wrapper is what is unwrapped, not the text)', () => {
    const url = 'https://uscis-green-card-help.com/green-card';
    expect(decide(url, page(url, USCIS_PAGE)).level).toBe('danger');
  });

  it('a web proxy that is not a translator keeps its verdict (what is typed there goes to the proxy)', () => {
    const url = 'https://1.800.gay:443/https/www.uscis.gov/green-card';
    expect(decide(url, page(url, USCIS_PAGE)).level).toBe('danger');
  });
});

describe('every registered .gov domain through the AMP cache', () => {
  it('is official, never a look-alike (CISA list, 16k+)', () => {
    const label = (host: string) => host.replace(/-/g, '--').replace(/\./g, '-');
    const all = dotgovDomains().flatMap((d) => [d, `www.${d}`]);
    const notOfficial = all.filter((d) => classifyInput(`https://${label(d)}.cdn.ampproject.org/c/s/${d}/`).kind !== 'official');
    expect(notOfficial).toEqual([]);
  });
});
