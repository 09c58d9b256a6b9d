import { describe, expect, it } from 'vitest';
import { MAX_SITES, noticeHint, readHintRecord, type HintRecord } from '@/lib/tab/notice-hint';
import { parseHost, siteKey } from '@/lib/domain';

const LAW = 'https://www.riveraimmigrationlaw.com/green-card-family';
const site = (url: string) => siteKey(parseHost(url));

describe('noticeHint: once per site per browsing period', () => {
  it('shows on the first page of a site, not on its next page, another tab or a later visit', () => {
    const first = noticeHint({}, { site: site(LAW), tabId: 1, url: LAW });
    expect(first.show).toBe(true);
    const next = 'https://blog.riveraimmigrationlaw.com/citizenship';
    expect(site(next)).toBe(site(LAW)); // same registrable domain
    expect(noticeHint(first.record, { site: site(next), tabId: 1, url: next }).show).toBe(false);
    expect(noticeHint(first.record, { site: site(LAW), tabId: 2, url: LAW }).show).toBe(false);
  });

  it('keeps the hint on the page it was shown on (the page is read again and again)', () => {
    const first = noticeHint({}, { site: site(LAW), tabId: 1, url: LAW });
    const again = noticeHint(first.record, { site: site(LAW), tabId: 1, url: LAW });
    expect(again).toEqual({ show: true, record: first.record });
    expect(again.record).toBe(first.record); // nothing new to store
  });

  it('shared hosting: two people’s sites on one platform are two sites', () => {
    const a = 'https://sites.google.com/view/ana-immigration/home';
    const b = 'https://sites.google.com/view/bo-immigration/home';
    const first = noticeHint({}, { site: site(a), tabId: 1, url: a });
    // siteKey keeps the full host on shared hosts that are not in the PSL; per-path is not a site.
    expect(noticeHint(first.record, { site: site(b), tabId: 1, url: b }).show).toBe(site(a) !== site(b));
    const gh1 = 'https://ana.github.io/guide';
    const gh2 = 'https://bo.github.io/guide';
    const r = noticeHint(first.record, { site: site(gh1), tabId: 1, url: gh1 });
    expect(r.show).toBe(true);
    expect(noticeHint(r.record, { site: site(gh2), tabId: 1, url: gh2 }).show).toBe(true);
  });

  it('no site, no hint; the record stays bounded, oldest forgotten first', () => {
    expect(noticeHint({}, { site: '', tabId: 1, url: 'about:blank' }).show).toBe(false);
    let record: HintRecord = {};
    for (let i = 0; i <= MAX_SITES; i++) record = noticeHint(record, { site: `s${i}.com`, tabId: 1, url: `https://s${i}.com/` }).record;
    expect(Object.keys(record)).toHaveLength(MAX_SITES);
    expect(record['s0.com']).toBeUndefined();
    expect(record[`s${MAX_SITES}.com`]).toEqual({ tabId: 1, url: `https://s${MAX_SITES}.com/` });
  });

  it('a site named like an Object property is a site like any other', () => {
    expect(noticeHint({}, { site: 'constructor', tabId: 1, url: 'https://x/' }).show).toBe(true);
    const proto = noticeHint({}, { site: '__proto__', tabId: 1, url: 'https://x/' });
    expect(proto.show).toBe(true);
    const read = readHintRecord(JSON.parse(JSON.stringify(proto.record)));
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(noticeHint(read, { site: '__proto__', tabId: 2, url: 'https://x/' }).show).toBe(false);
  });
});

describe('readHintRecord', () => {
  it('bad stored values become an empty record, good entries are kept', () => {
    for (const bad of [null, undefined, 3, 'x', [1, 2]]) expect(readHintRecord(bad)).toEqual({});
    expect(readHintRecord({ 'a.com': { tabId: 1, url: 'https://a.com/' }, 'b.com': { tabId: '1' }, 'c.com': null })).toEqual({
      'a.com': { tabId: 1, url: 'https://a.com/' },
    });
  });
});
