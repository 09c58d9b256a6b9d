/**
 * A seller seen through a translator or a search engine's cache is remembered as the seller's site
 * (lib/domain shownAddress): before, the site memory keyed it by the wrapper's own site
 * (turbopages.org, ampproject.org, google.com), so one translated seller page put caution on every
 * page anyone read through Yandex's translator or Google's AMP cache for the rest of the session.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { Settings } from '@/lib/settings/types';
import { siteMemory } from '@/lib/tab/site-memory';
import { parseHost, shownAddress } from '@/lib/domain';
import type { Verdict } from '@/lib/types';

const settings = DEFAULT_SETTINGS as Settings;
const seller: Verdict = { level: 'caution', reasons: [{ id: 'free-service-for-sale', evidence: 'x' }], host: '', service: 'esta' };
const none: Verdict = { level: 'none', reasons: [], host: '' };

describe('site memory through translators and caches', () => {
  it.each([
    ['https://translated.turbopages.org/proxy_u/en-ru.ru.1-2-3-4/https/esta-online.help/apply', 'https://translated.turbopages.org/proxy_u/en-ru.ru.5-6-7-8/https/www.bbc.com/news'],
    ['https://esta--online-help.cdn.ampproject.org/c/s/esta-online.help/apply', 'https://www-bbc-com.cdn.ampproject.org/c/s/www.bbc.com/news'],
    ['https://www.google.com/amp/s/esta-online.help/apply', 'https://www.google.com/amp/s/www.bbc.com/news'],
  ])('a seller through %s is the seller, and another site through the same wrapper is not it', (sellerUrl, otherUrl) => {
    const { record } = siteMemory({}, { url: sellerUrl, verdict: seller, settings });
    expect(Object.keys(record)).toEqual(['esta-online.help']);
    // the seller's other pages, direct or through the wrapper, are recalled
    expect(siteMemory(record, { url: 'https://esta-online.help/faq', verdict: none, settings }).verdict.level).toBe('caution');
    // another site read through the same wrapper is not the seller
    expect(siteMemory(record, { url: otherUrl, verdict: none, settings }).verdict.level).toBe('none');
  });
});

describe('shownAddress: the host the browser stops after a danger verdict', () => {
  it.each([
    ['https://translated.turbopages.org/proxy_u/en-es.es.1-2-3-4/https/uscis-gov.net/', 'uscis-gov.net'],
    ['https://www.google.com/amp/s/uscis-gov.net/pay', 'uscis-gov.net'],
    ['https://uscis--gov-net.cdn.ampproject.org/c/s/uscis-gov.net/', 'uscis-gov.net'],
    ['https://uscis--gov-net.translate.goog/?_x_tr_sl=en', 'uscis-gov.net'],
    ['https://uscis-gov.net/pay', 'uscis-gov.net'],
  ])('%s: %s (never the translator or Google)', (url, host) => {
    expect(parseHost(shownAddress(url)).hostname).toBe(host);
  });
});
