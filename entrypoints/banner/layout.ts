/**
 * Where the banner sits: beside the page, not over it (issue 19). A warning that hides the page's
 * heading and first line ("Order now… $129") leaves the person unable to compare it with what the
 * page says, so while a top banner shows, the page is pushed down by the banner's height: <html>
 * gets a top margin (inline, !important, added to the page's own). The banner itself stays in the
 * top layer at the top of the window (./host.ts), so everything that keeps it safe is unchanged.
 *
 * - The height follows the banner (ResizeObserver): folded to a strip, the page moves back up.
 * - A page that replaces <html> or rewrites its style gets the margin again at the next check:
 *   this is not counted as a fight (it only moves the page's own content) and never touches the
 *   banner.
 * - CSS zoom on <html> scales the margin too, so it is divided by that zoom.
 * - Known limit: a page's own position: fixed header is not moved (it is placed against the
 *   window, not <html>); the banner covers its top rows as before.
 * - A new banner (each new verdict draws one) takes over the margin without removing it first:
 *   measured with the margin gone, a page scrolled to its bottom was clamped to its shorter height
 *   and jumped by the banner's height (a focused card field ~380 px down off a phone's screen,
 *   the field guard with it: tests/e2e/phone-scale.spec.ts).
 */

const CHECK_MS = 1_000;
const MARGIN = 'margin-top';

interface Saved {
  value: string;
  priority: string;
  /** The page's own computed top margin before we added ours, in CSS px. */
  base: number;
}

/** The page's own margin, per <html>, kept while a banner after another holds the push-down. */
const saved = new WeakMap<HTMLElement, Saved>();

/**
 * Pushes the page down by `banner`'s height until the returned function is called; called with
 * `handOver` (a next banner was docked), it leaves the margin to that banner's dock.
 */
export function dockAbove(banner: HTMLElement): (handOver?: boolean) => void {
  let root: HTMLElement | null = null;

  const apply = () => {
    const html = document.documentElement;
    if (!(html instanceof HTMLElement)) return;
    if (html !== root) {
      root = html;
      if (!saved.has(html)) {
        saved.set(html, {
          value: html.style.getPropertyValue(MARGIN),
          priority: html.style.getPropertyPriority(MARGIN),
          base: parseFloat(getComputedStyle(html).marginTop) || 0,
        });
      }
    }
    const { base } = saved.get(html)!;
    const zoom = (html as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom;
    const scale = typeof zoom === 'number' && Number.isFinite(zoom) && zoom > 0 ? zoom : 1;
    const height = banner.isConnected ? banner.getBoundingClientRect().height : 0;
    const want = `${Math.round((base + height / scale) * 100) / 100}px`;
    if (html.style.getPropertyValue(MARGIN) !== want || html.style.getPropertyPriority(MARGIN) !== 'important') {
      html.style.setProperty(MARGIN, want, 'important');
    }
  };

  const resize = new ResizeObserver(apply);
  resize.observe(banner);
  const styleWatch = new MutationObserver(apply);
  const watchRoot = () => {
    styleWatch.disconnect();
    if (document.documentElement) styleWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
  };
  watchRoot();
  const timer = setInterval(() => {
    if (document.documentElement !== root) watchRoot();
    apply();
  }, CHECK_MS);
  apply();

  return (handOver) => {
    resize.disconnect();
    styleWatch.disconnect();
    clearInterval(timer);
    const html = document.documentElement;
    const old = html instanceof HTMLElement ? saved.get(html) : undefined;
    if (handOver || !html || !old) return;
    saved.delete(html);
    if (old.value === '') html.style.removeProperty(MARGIN);
    else html.style.setProperty(MARGIN, old.value, old.priority);
  };
}
