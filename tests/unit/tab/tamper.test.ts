import { describe, expect, it } from 'vitest';
import { readTamperReport, tamperReason } from '@/lib/tab';

describe('tamper reports from the page world', () => {
  it('keeps only known fields, of the right type, capped', () => {
    const report = readTamperReport({ type: 'banner-tampered', kind: 'covered', evidence: 'x'.repeat(1_000), overlapsBanner: 'yes', userOpened: true, extra: 1 });
    expect(report).toEqual({ kind: 'covered', evidence: 'x'.repeat(200), overlapsBanner: undefined, userOpened: true, count: 1 });
  });
  it('an old-style message (evidence only) still reads as a report', () => {
    expect(readTamperReport({ evidence: 'removed' })).toMatchObject({ kind: 'removed' });
    expect(readTamperReport({})).toMatchObject({ kind: 'tampered' });
  });
  it('the reason quotes the evidence, else the kind', () => {
    expect(tamperReason({ kind: 'covered' })).toEqual({ id: 'page-fights-warning', evidence: 'covered' });
    expect(tamperReason({ kind: 'covered', evidence: 'by a popover' }).evidence).toBe('by a popover');
  });
});

describe('the banner reports once, with its count', () => {
  it('a count of TAMPER_LIMIT escalates at once; counts are capped and default to 1', async () => {
    const { step, TAMPER_LIMIT } = await import('@/lib/tab');
    const { DEFAULT_SETTINGS } = await import('@/lib/settings');
    const ctx = { tabId: 1, settings: DEFAULT_SETTINGS as never };
    const url = 'https://example.com/';
    const page = step(null, { type: 'snapshot', url, verdict: { level: 'caution', reasons: [], host: 'example.com' } }, ctx).state;
    const once = step(page, { type: 'tamper', report: readTamperReport({ kind: 'removed', count: TAMPER_LIMIT }) }, ctx);
    expect(once.escalated).toBe(true);
    expect(readTamperReport({ count: 1e9 }).count).toBe(TAMPER_LIMIT);
    expect(readTamperReport({ count: -5 }).count).toBe(1);
    expect(readTamperReport({ count: 'x' }).count).toBe(1);
  });
});
