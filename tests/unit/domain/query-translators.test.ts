/**
 * Translators that name the page in a query field (lib/domain/url.ts QUERY_TRANSLATORS) are judged
 * at the page they show, like Google's translator and the AMP cache (page-proxies.test.ts): before,
 * a USCIS look-alike seen through Microsoft's (Bing) translator, Naver Papago, Yandex's or Baidu's
 * translator page was judged as the translator's own site (none), and an agency page through them
 * was not official. Each shape below is how public code and links write it (notes/fixes17.md).
 */
import { describe, expect, it } from 'vitest';
import { classifyInput } from '@/lib/domain';
import { mightBeDangerAddress } from '@/lib/domain/might-be-danger';
import { proxiedPageUrl } from '@/lib/domain/url';
import { step } from '@/lib/tab';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { Settings } from '@/lib/settings/types';
import { decide } from '@/lib/verdict';
import { dotgovDomains } from '../../fixtures/data/load';

const enc = encodeURIComponent;
/** Each translator's address for `page`, as public code writes it. */
const THROUGH: readonly (readonly [string, (page: string) => string])[] = [
  ['Microsoft translatetheweb.com', (p) => `https://www.translatetheweb.com/?from=&to=es&a=${enc(p)}`],
  ['Microsoft translatetheweb.com, not encoded', (p) => `https://www.translatetheweb.com/?ref=TVert&from=&to=es&a=${p}`],
  ['Microsoft bv.aspx', (p) => `http://www.microsofttranslator.com/bv.aspx?from=&to=es&a=${p}`],
  ['Microsoft bv.aspx (ssl)', (p) => `https://ssl.microsofttranslator.com/bv.aspx?from=&to=zh-CHS&a=${enc(p)}`],
  ['Microsoft frame', (p) => `https://www.translatoruser-int.com/translate?&to=zh-CHS&csId=24f5af06&usId=7f43ce80&dl=en&ac=true&h=GjQk&a=${enc(p)}`],
  ['Naver Papago', (p) => `https://papago.naver.net/website?locale=ko&source=auto&target=ko&url=${enc(p)}`],
  ['Yandex translator page', (p) => `https://translate.yandex.ru/translate?url=${enc(p)}&lang=en-ru`],
  ['Google translator entry', (p) => `https://translate.google.com/translate?sl=auto&tl=es&u=${enc(p)}`],
  ['Baidu', (p) => `https://fanyi.baidu.com/transpage?query=${enc(p)}&source=url&ie=utf8&from=auto&to=zh&render=1`],
  ['Youdao', (p) => `http://webtrans.yodao.com/webTransPc/index.html#/?url=${enc(p)}&from=auto&to=auto&type=1`],
  ['Youdao page', (p) => `http://webtrans.yodao.com/server/webtrans/tranUrl?url=${enc(p)}&from=en&to=zh-CHS&type=2&product=mdictweb`],
];
const settings = { ...DEFAULT_SETTINGS } as Settings;

describe('an agency page through a translator is official; a look-alike is a look-alike', () => {
  it.each(THROUGH)('%s', (_, through) => {
    const agency = through('https://www.uscis.gov/es/tarjeta-verde');
    expect(proxiedPageUrl(agency)).toBe('https://www.uscis.gov/es/tarjeta-verde');
    expect(decide(agency).level).toBe('official');
    const lookalike = through('https://uscis-gov.help/pay');
    expect(decide(lookalike).level).toBe('danger');
    // The address guard's pre-check reads the shown host too.
    expect(mightBeDangerAddress(lookalike, new URL(lookalike).hostname)).toBe(true);
  });

  it.each(THROUGH)('%s: trust is not offered on it (it would trust the translator\'s whole site)', (_, through) => {
    const url = through('https://uscis-gov.help/pay');
    const { state } = step(null, { type: 'navigate', url, verdict: decide(url) }, { tabId: 1, settings });
    expect(state).toMatchObject({ trustable: false, site: 'uscis-gov.help' });
  });

  it('every registered .gov domain through Microsoft\'s translator and Papago is official', () => {
    const [bing, papago] = [THROUGH[0]?.[1], THROUGH[5]?.[1]] as [(p: string) => string, (p: string) => string];
    const notOfficial = dotgovDomains().filter((d) => classifyInput(bing(`https://${d}/`)).kind !== 'official' || classifyInput(papago(`https://www.${d}/`)).kind !== 'official');
    expect(notOfficial).toEqual([]);
  });

  it('a wrapper inside a translator is unwrapped too (Microsoft\'s translator of Google\'s)', () => {
    expect(proxiedPageUrl(`https://www.translatetheweb.com/?to=es&a=${enc('https://www-uscis-gov.translate.goog/x?_x_tr_sl=en&_x_tr_tl=es')}`)).toBe('https://www.uscis.gov/x');
  });
});

describe('a very long translator address', () => {
  // review17: a megabyte of fields was read each time the address was judged (about a second each; the worker
  // judges one address several times). No server takes such an address: it is not unwrapped, and never throws.
  it.each([
    ['padded after the page', `https://www.translatetheweb.com/?a=${enc('https://www.uscis.gov/')}&x=${'a'.repeat(20_000)}`],
    ['a million empty fields', `https://www.translatetheweb.com/?${'&'.repeat(1_000_000)}a=https://www.uscis.gov/`],
    ['the field a hundred thousand times', `http://webtrans.yodao.com/webTransPc/index.html#/?${'url=https://www.uscis.gov/&'.repeat(100_000)}`],
  ])('%s: not unwrapped', (_, url) => {
    expect(proxiedPageUrl(url)).toBeUndefined();
    expect(decide(url).level).not.toBe('official');
  });
});

describe('what a translator address cannot do: make a look-alike official', () => {
  it.each([
    ['the page named twice, differently', `https://www.translatetheweb.com/?a=https://www.uscis.gov/&a=https://uscis-gov.help/`],
    ['the translator\'s host under another site', `https://papago.naver.net.uscis-gov.help/website?url=https://www.uscis.gov/`],
    ['the translator\'s name as user info', `https://papago.naver.net@uscis-gov.help/website?url=https://www.uscis.gov/`],
    ['another path of the translator', `https://www.translatetheweb.com/about?a=https://www.uscis.gov/`],
    ['a field whose name only starts the same', `https://papago.naver.net/website?urls=https://www.uscis.gov/`],
    ['an HTML-escaped query (the field is "amp;a")', `https://ssl.microsofttranslator.com/bv.aspx?from=&amp;to=zh-CHS&amp;a=https://www.uscis.gov/`],
    ['an address without a scheme', `https://translate.google.com/translate?sl=ru&tl=en&u=www.uscis.gov%2Fes`],
    // review17: a second field a server reads as the same name — URLSearchParams and Java decode names, ASP.NET
    // (bv.aspx) ignores case, some servers split at ";", and Youdao's page may read its query as well as its hash.
    // The translator may show the look-alike while the address names the agency.
    ['the field named again, percent-encoded', `https://papago.naver.net/website?%75rl=https://uscis-gov.help/&url=https://www.uscis.gov/`],
    ['the field named again, in capitals', `https://ssl.microsofttranslator.com/bv.aspx?A=https://uscis-gov.help/&a=https://www.uscis.gov/`],
    ['the field named again after ";"', `https://www.translatetheweb.com/?a=https://www.uscis.gov/;a=https://uscis-gov.help/`],
    ['the field in the query and the hash', `http://webtrans.yodao.com/webTransPc/index.html?url=https://uscis-gov.help/#/?url=${enc('https://www.uscis.gov/')}`],
  ])('%s: not unwrapped, never official', (_, url) => {
    expect(proxiedPageUrl(url)).toBeUndefined();
    expect(decide(url).level).not.toBe('official');
  });

  it.each([
    ['user info that names the agency', `https://www.translatetheweb.com/?a=${enc('https://www.uscis.gov@uscis-gov.help/')}`],
    ['a backslash after the look-alike', `https://www.translatetheweb.com/?a=${enc('https://uscis-gov.help\\@www.uscis.gov/')}`],
  ])('%s: the page is the look-alike\'s', (_, url) => {
    expect(classifyInput(url).kind).toBe('lookalike');
    expect(decide(url).level).toBe('danger');
  });
});
