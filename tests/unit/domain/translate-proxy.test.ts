/**
 * Pages shown by Google's website translator (<host with - for .>.translate.goog) are judged at the
 * address they translate (lib/domain/url.ts proxiedPageUrl): before, every translated agency page
 * ("www-uscis-gov.translate.goog") was a look-alike of the agency and got the full-page warning.
 */
import { describe, expect, it } from 'vitest';
import { classifyInput, isDangerAddress } from '@/lib/domain';
import { proxiedPageUrl } from '@/lib/domain/url';
import { decide } from '@/lib/verdict';
import type { PageSnapshot } from '@/lib/types';
import { dotgovDomains } from '../../fixtures/data/load';

const page = (url: string, text: string): PageSnapshot => ({ url, title: '', text, truncated: false, forms: [], lang: 'es' });

describe('proxiedPageUrl', () => {
  it.each([
    ['https://www-uscis-gov.translate.goog/es/tarjeta-verde?_x_tr_sl=en&_x_tr_tl=es&_x_tr_hl=es', 'https://www.uscis.gov/es/tarjeta-verde'],
    ['https://esta-cbp-dhs-gov.translate.goog/?_x_tr_sl=en&_x_tr_tl=vi', 'https://esta.cbp.dhs.gov/'],
    // "--" is a hyphen of the original host; other query fields are kept, the fragment too
    ['https://esta--online-com.translate.goog/apply?step=2&_x_tr_sl=en&_x_tr_tl=de#pay', 'https://esta-online.com/apply?step=2#pay'],
    ['https://old-example-org.translate.goog/page?_x_tr_sch=http&_x_tr_sl=en', 'http://old.example.org/page'],
    ['HTTPS://WWW-USCIS-GOV.TRANSLATE.GOOG', 'https://www.uscis.gov/'],
    ['https://www-uscis-gov.translate.goog?_x_tr_sl=en', 'https://www.uscis.gov/'],
    // Yandex's translator: languages and a key, then the scheme and the host as path segments
    // (the address form as found in public code: translated.turbopages.org/proxy_u/en-ru.ru.<key>/https/<host>/…)
    ['https://translated.turbopages.org/proxy_u/en-ru.ru.9123c1ee-673b33a4-a0257249-74722d776562/https/www.uscis.gov/green-card', 'https://www.uscis.gov/green-card'],
    ['https://translated.turbopages.org/proxy_u/en-uk.uk.38c534a0-644f4af8-e86fc728-74722d776562/https/travel.state.gov/content/travel/en/us-visas.html?x=1#top', 'https://travel.state.gov/content/travel/en/us-visas.html?x=1#top'],
    ['https://translated.turbopages.org/proxy_u/en-ru.ru.570cd10d-63ca547a-0c33ae4a-74722d776562/http/old.example.org', 'http://old.example.org/'],
  ])('%s is %s', (proxied, original) => {
    expect(proxiedPageUrl(proxied)).toBe(original);
  });

  it.each([
    ['not the translator', 'https://www-uscis-gov.example.com/'],
    ['the translator itself', 'https://translate.google.com/?sl=en'],
    ['a label that is no host', 'https://localhost.translate.goog/'],
    ['a host name hidden in the path only', 'https://evil.com/www-uscis-gov.translate.goog/'],
    ['a label that decodes to the translator again', 'https://x-translate-goog.translate.goog/'],
    ['not a string of the web', 'ftp://www-uscis-gov.translate.goog/'],
    ['Yandex with no scheme segment', 'https://translated.turbopages.org/proxy_u/en-ru.ru.9123c1ee/www.uscis.gov/green-card'],
    ['the Yandex path on another host', 'https://turbopages.example/proxy_u/en-ru.ru.9123c1ee/https/www.uscis.gov/'],
  ])('%s: undefined', (_why, url) => {
    expect(proxiedPageUrl(url)).toBeUndefined();
  });

  it('reads a 1 MB address without trouble', () => {
    const long = `https://www-uscis-gov.translate.goog/${'a'.repeat(1_000_000)}?_x_tr_sl=en&${'b=1&'.repeat(10_000)}`;
    expect(proxiedPageUrl(long)?.startsWith('https://www.uscis.gov/aaa')).toBe(true);
  });
});

describe('the verdict on translated pages', () => {
  it.each([
    'https://www-uscis-gov.translate.goog/es/tarjeta-verde?_x_tr_sl=en&_x_tr_tl=es',
    'https://travel-state-gov.translate.goog/content/travel/en.html?_x_tr_sl=en&_x_tr_tl=fr',
    'https://ceac-state-gov.translate.goog/genniv/?_x_tr_sl=en&_x_tr_tl=vi',
    'https://dvprogram-state-gov.translate.goog/?_x_tr_sl=en&_x_tr_tl=bn',
    'https://my-uscis-gov.translate.goog/?_x_tr_sl=en&_x_tr_tl=ko',
  ])('an agency page through the translator is official, never a look-alike: %s', (url) => {
    expect(isDangerAddress(classifyInput(url))).toBe(false);
    const v = decide(url, page(url, 'Un sitio oficial del Gobierno de Estados Unidos. Así es como usted puede verificarlo. Los sitios web oficiales usan .gov.'));
    expect(v.level).toBe('official');
  });

  it.each([
    'https://translated.turbopages.org/proxy_u/en-ru.ru.9123c1ee-673b33a4-a0257249-74722d776562/https/www.uscis.gov/green-card',
    'https://translated.turbopages.org/proxy_u/en-ru.ru.9123c1ee-673b33a4-a0257249-74722d776562/https/travel.state.gov/content/travel/en/us-visas.html',
    'https://translated.turbopages.org/proxy_u/en-uz.uz.9123c1ee-673b33a4-a0257249-74722d776562/https/dvprogram.state.gov/',
  ])('an agency page through Yandex\'s translator is official, not a proxied copy (danger before): %s', (url) => {
    const v = decide(url, page(url, 'Официальный сайт правительства США. Вот как это узнать. Грин-карта. Citizenship Green Card Laws Tools.'));
    expect(v.level).toBe('official');
  });

  it('a look-alike through Yandex\'s translator is still a look-alike; an unknown proxy of a .gov page is still a copy', () => {
    expect(decide('https://translated.turbopages.org/proxy_u/en-ru.ru.9123c1ee/https/uscis-gov.net/').level).toBe('danger');
    const url = 'https://free-proxy.example/proxy_u/en-ru.ru.9123c1ee/https/www.uscis.gov/green-card';
    expect(decide(url, page(url, 'Green Card. Having a Green Card allows you to live and work permanently in the United States.')).level).toBe('danger');
  });

  it('a translated embassy page keeps its own verdict (official), not a copy of itself', () => {
    const url = 'https://ni-usembassy-gov.translate.goog/visas/?_x_tr_sl=en&_x_tr_tl=es';
    const text = 'Visas. Este es el sitio web oficial de la Embajada de EE. UU. en Nicaragua. This is the official website of the U.S. Embassy in Nicaragua.';
    expect(decide(url, page(url, text)).level).toBe('official');
  });

  it('a look-alike through the translator is still a look-alike', () => {
    const url = 'https://uscis-gov-net.translate.goog/?_x_tr_sl=en&_x_tr_tl=es';
    expect(isDangerAddress(classifyInput(url))).toBe(true);
    expect(decide(url).level).toBe('danger');
  });

  it('a seller through the translator is judged like the seller', () => {
    const text = 'Get your USCIS online access code today. Our retrieval service: $79.99. Order now.';
    const direct = decide('https://access-code-help.com/', page('https://access-code-help.com/', text));
    const url = 'https://access--code--help-com.translate.goog/?_x_tr_sl=en&_x_tr_tl=es';
    const translated = decide(url, page(url, text));
    expect(direct.level).toBe('caution');
    expect(translated.level).toBe(direct.level);
    expect(translated.reasons.map((r) => r.id)).toEqual(direct.reasons.map((r) => r.id));
  });
});

describe('every registered .gov domain through the translator', () => {
  it('is official, never a look-alike (CISA list, 16k+)', () => {
    const encode = (host: string) => `https://${host.replace(/-/g, '--').replace(/\./g, '-')}.translate.goog/?_x_tr_sl=en&_x_tr_tl=es`;
    const all = dotgovDomains().flatMap((d) => [d, `www.${d}`]);
    expect(all.length).toBeGreaterThan(32_000);
    const notOfficial = all.filter((d) => classifyInput(encode(d)).kind !== 'official');
    expect(notOfficial).toEqual([]);
  });
});
