import { describe, expect, it } from 'vitest';
import { readTamperReport, tamperReason } from '@/lib/tab';

describe('tamper reports from the page world', () => {
  it('keeps only known fields, of the right type, capped', () => {
    const report = readTamperReport({ type: 'banner-tampered', kind: 'covered', evidence: 'x'.repeat(1_000), overlapsBanner: 'yes', userOpened: true, extra: 1 });
    expect(report).toEqual({ kind: 'covered', evidence: 'x'.repeat(200), overlapsBanner: undefined, userOpened: true });
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
