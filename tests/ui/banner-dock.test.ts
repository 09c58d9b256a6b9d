import { afterEach, describe, expect, it } from 'vitest';
import { dockAbove } from '@/entrypoints/banner/layout';

/** A banner `height` px tall (happy-dom lays nothing out). */
function banner(height: number): HTMLElement {
  const el = document.createElement('div');
  el.getBoundingClientRect = () => ({ x: 0, y: 0, left: 0, top: 0, right: 360, bottom: height, width: 360, height, toJSON: () => ({}) });
  document.documentElement.append(el);
  return el;
}

/** Every margin-top <html> has from now on (one entry per change of its style attribute). */
function marginsFrom(): () => string[] {
  const html = document.documentElement;
  const seen: string[] = [];
  const watch = new MutationObserver((records) => {
    for (const r of records) seen.push(r.oldValue ?? '');
  });
  watch.observe(html, { attributes: true, attributeFilter: ['style'], attributeOldValue: true });
  return () => {
    for (const r of watch.takeRecords()) seen.push(r.oldValue ?? '');
    watch.disconnect();
    // The old values after the first, then the value now: each state <html> went through.
    return [...seen.slice(1), html.getAttribute('style') ?? ''].map((style) => /margin-top:\s*([^;!]*)/.exec(style)?.[1]?.trim() ?? 'none');
  };
}

afterEach(() => {
  document.documentElement.removeAttribute('style');
  for (const el of [...document.documentElement.children]) if (el.tagName === 'DIV') el.remove();
});

describe('dockAbove', () => {
  it("pushes the page down by the banner's height on top of the page's own margin, and gives the margin back", () => {
    document.documentElement.style.marginTop = '5px';
    const undock = dockAbove(banner(100));
    expect(document.documentElement.style.getPropertyValue('margin-top')).toBe('105px');
    expect(document.documentElement.style.getPropertyPriority('margin-top')).toBe('important');
    undock();
    expect(document.documentElement.style.getPropertyValue('margin-top')).toBe('5px');
    expect(document.documentElement.style.getPropertyPriority('margin-top')).toBe('');
  });

  it('hands the push-down to the next banner without giving it back in between', async () => {
    // Given back for a moment, a page scrolled to its bottom was clamped to its shorter height and
    // jumped by the banner's height when the next banner pushed it down again (phone-scale.spec.ts).
    document.documentElement.style.marginTop = '5px';
    const first = dockAbove(banner(100));
    const margins = marginsFrom();
    const second = dockAbove(banner(120));
    first(true);
    await Promise.resolve();
    // The page's own 5 px stays the base (not the first banner's 105).
    expect(margins()).toEqual(['125px']);
    second();
    expect(document.documentElement.style.getPropertyValue('margin-top')).toBe('5px');
  });
});
