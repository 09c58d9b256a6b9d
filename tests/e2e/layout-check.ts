/**
 * Phone-screen checks that run INSIDE the page (a document or a shadow root), shared by the
 * Chromium (tests/e2e/narrow.spec.ts) and Firefox (tests/e2e/firefox/narrow.spec.ts) suites.
 * Both functions are passed to the browser as source text, so each is self-contained: no imports,
 * no helpers from outside its own body.
 *
 * - `layoutProblems(root, minTarget)`: every visible button, link, select, summary, tab and field
 *   is at least `minTarget` CSS px tall and wide (WCAG 2.5.5's 44 px; a link in a running sentence
 *   is not exempt: people tap those too); nothing reaches past the window's right or left edge or
 *   makes the page (or a box) scroll sideways; no box with overflow hidden/clip cuts its text
 *   (scrollHeight/scrollWidth vs clientHeight/clientWidth), and nothing of our fixed in-page UI (a
 *   shadow root) runs past the window's top or bottom outside a box that scrolls; no two targets
 *   overlap.
 * - `enlargeText(root, factor)`: what 200% text size (Firefox for Android's and Chrome's "font
 *   size" settings, which scale px sizes too) does to the layout: every element's font size ×
 *   factor. Idempotent: our own enlargement is removed and measured again first, so it can be
 *   called again after the page added elements (a confirmation, an opened panel).
 */

export type ProblemKind = 'small-target' | 'overflow' | 'clipped' | 'overlap';

export interface LayoutProblem {
  kind: ProblemKind;
  /** tag.class "text…" of the element. */
  what: string;
  detail: string;
}

export function layoutProblems(root: Document | ShadowRoot, minTarget: number): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const win = (root instanceof Document ? root.defaultView : root.ownerDocument.defaultView) ?? window;
  const width = win.innerWidth;
  const describe = (el: Element): string => {
    const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).join('.');
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 32);
    return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''} "${text}"`;
  };
  const hiddenAway = (el: Element): boolean => el.closest('.sr-only, [hidden]') !== null;
  const all = [...root.querySelectorAll('*')].filter(
    (el) => !['STYLE', 'SCRIPT', 'OPTION', 'BR'].includes(el.tagName) && el.getClientRects().length > 0 && !hiddenAway(el),
  );
  if (root instanceof Document) {
    const html = root.documentElement;
    if (html.scrollWidth > html.clientWidth + 1) problems.push({ kind: 'overflow', what: 'page', detail: `scrolls sideways: ${html.scrollWidth} > ${html.clientWidth} px` });
  }
  const actionable = all.filter((el) => {
    if (getComputedStyle(el).visibility === 'hidden') return false;
    return el.matches('button, a[href], select, input:not([type="hidden"]), textarea, summary, [role="tab"], [role="button"]');
  });
  for (const el of actionable) {
    const r = el.getBoundingClientRect();
    if (r.height < minTarget - 0.5 || r.width < minTarget - 0.5) {
      problems.push({ kind: 'small-target', what: describe(el), detail: `${r.width.toFixed(0)}×${r.height.toFixed(0)} px` });
    }
  }
  // A shadow root holds our fixed, in-page UI: what runs past the window's bottom cannot be scrolled
  // to, unless it sits in a box that scrolls.
  const fixedUi = !(root instanceof Document);
  const scrolls = (el: Element): boolean => {
    for (let p = el.parentElement; p; p = p.parentElement) if (['auto', 'scroll'].includes(getComputedStyle(p).overflowY)) return true;
    return false;
  };
  for (const el of all) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && (r.right > width + 1 || r.left < -1)) {
      problems.push({ kind: 'overflow', what: describe(el), detail: `spans ${r.left.toFixed(0)}–${r.right.toFixed(0)} px of ${width}` });
    }
    if (fixedUi && r.height > 0 && (r.bottom > win.innerHeight + 1 || r.top < -1) && !scrolls(el)) {
      problems.push({ kind: 'clipped', what: describe(el), detail: `spans ${r.top.toFixed(0)}–${r.bottom.toFixed(0)} px of ${win.innerHeight} (off screen)` });
    }
    const style = getComputedStyle(el);
    const cuts = (o: string) => o === 'hidden' || o === 'clip';
    const sideways = el.scrollWidth > el.clientWidth + 1;
    if (style.overflowX !== 'visible' && sideways) {
      problems.push({ kind: cuts(style.overflowX) ? 'clipped' : 'overflow', what: describe(el), detail: `scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}` });
    }
    if (cuts(style.overflowY) && el.scrollHeight > el.clientHeight + 1) {
      problems.push({ kind: 'clipped', what: describe(el), detail: `scrollHeight ${el.scrollHeight} > clientHeight ${el.clientHeight}` });
    }
  }
  for (let i = 0; i < actionable.length; i++) {
    for (let j = i + 1; j < actionable.length; j++) {
      const a = actionable[i]!;
      const b = actionable[j]!;
      if (a.contains(b) || b.contains(a)) continue;
      // Line by line: a link that wraps covers two partial lines, not the rectangle around them.
      for (const ra of a.getClientRects()) {
        for (const rb of b.getClientRects()) {
          const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
          const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
          if (w > 1 && h > 1) problems.push({ kind: 'overlap', what: describe(a), detail: `overlaps ${describe(b)} by ${w.toFixed(0)}×${h.toFixed(0)} px` });
        }
      }
    }
  }
  return problems;
}

export function enlargeText(root: Document | ShadowRoot, factor: number): void {
  const key = '__oonEnlarged';
  const store = window as unknown as Record<string, WeakSet<Element> | undefined>;
  const mine = (store[key] ??= new WeakSet<Element>());
  const els = [...root.querySelectorAll('*')];
  if (root instanceof Document) els.unshift(root.documentElement);
  for (const el of els) {
    if (mine.has(el) && el instanceof HTMLElement) el.style.removeProperty('font-size');
  }
  const natural = els.map((el) => parseFloat(getComputedStyle(el).fontSize));
  els.forEach((el, i) => {
    const size = natural[i];
    if (!(el instanceof HTMLElement) || size === undefined || !Number.isFinite(size)) return;
    el.style.setProperty('font-size', `${size * factor}px`, 'important');
    mine.add(el);
  });
}
