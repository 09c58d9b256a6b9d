/**
 * The host elements of the extension's in-page UI (banner, field guard): a custom element whose
 * own inline !important styles beat any page CSS, shown in the top layer, holding a closed shadow
 * root. `repair()` puts back whatever the page changed on it:
 * - its style attribute (any change: the page restyled it),
 * - attributes it has no business setting (aria-hidden hides the warning from screen readers,
 *   inert makes it dead to clicks and keys, dir flips it, hidden hides it…): only ours are kept,
 * - CSS zoom: zoom multiplies down the tree (`html { zoom: .03 }` shrank the banner to 33×9 px),
 *   so the host carries the inverse of its parent's zoom (`currentCSSZoom`, Chromium 128+,
 *   Firefox 126+) and ends up at zoom 1. That alone is not counted as a fight: some pages zoom
 *   themselves for their own reasons.
 */
import { ownHosts, styleText } from './dom';

/** Attributes the extension sets on its hosts; the page's additions are removed. */
const OWN_ATTRIBUTES = new Set(['style', 'popover', 'data-level', 'data-kind']);

export interface LockedHost {
  readonly el: HTMLElement;
  /** Restores the host; returns what the page had changed ('' when nothing, or only the zoom). */
  repair(): string;
  /** Changes some of our own declarations (e.g. `top` once the content's height is known). */
  move(changes: Record<string, string>): void;
}

/** The zoom that cancels the one `el`'s parent (or, before it is attached, <html>) has. */
function counterZoom(el: Element): number {
  const parent = (el.parentElement ?? document.documentElement) as (Element & { currentCSSZoom?: number }) | null;
  const zoom = parent?.currentCSSZoom;
  return typeof zoom === 'number' && Number.isFinite(zoom) && zoom > 0 ? 1 / zoom : 1;
}

/**
 * How much larger than the page the host must be drawn so that it shows at its own size on a phone
 * page drawn smaller than the screen: a page's `<meta name="viewport">` (`initial-scale=0.1`,
 * `width=3000`; 37% with none) scales everything, the banner included (10% left it ~33 px tall,
 * unreadable). 1 on desktops and on pages drawn at their size or zoomed in by the person.
 */
export function visualCounter(): number {
  const scale = window.visualViewport?.scale;
  return typeof scale === 'number' && Number.isFinite(scale) && scale > 0 && scale < 1 ? 1 / scale : 1;
}

/**
 * The part of the window the person sees, in the host's own px once it carries visualCounter()'s
 * zoom: its size, and where it starts as a fixed host's `left`/`top` (0 unless the person scrolled
 * the zoomed view). On desktops and pages drawn at their size: the window.
 */
export interface Screen {
  width: number;
  height: number;
  left: number;
  top: number;
}

export function visibleScreen(): Screen {
  const k = visualCounter();
  const vv = window.visualViewport;
  if (k === 1 || !vv) return { width: window.innerWidth, height: window.innerHeight, left: 0, top: 0 };
  return { width: Math.floor(vv.width / k), height: Math.floor(vv.height / k), left: vv.offsetLeft / k, top: vv.offsetTop / k };
}

/**
 * `fit(screen)`: declarations for a phone page drawn smaller than the screen (see visualCounter),
 * called only then; the host also carries that factor as zoom. Zoom multiplies lengths and
 * viewport units too, and `100vw` is the page's chosen width, not the window's, so sizes come from
 * the window's size. Without `fit`, the host ignores the page's scale. A host placed by `move()`
 * (the field guard) passes a `fit` that returns nothing and places itself in visibleScreen()'s px.
 */
export function lockedHost(tag: string, declarations: Record<string, string>, data: Record<string, string>, fit?: (screen: Screen) => Record<string, string>): LockedHost {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(data)) el.dataset[name] = value;
  ownHosts.add(el);
  // Inline, !important: an element's own style attribute wins over any page stylesheet, even
  // !important rules, so page CSS cannot hide, move or restyle the host.
  let own = { ...declarations };
  const wanted = () => {
    const k = fit ? visualCounter() : 1;
    const fitted = fit && k !== 1 ? fit(visibleScreen()) : {};
    return styleText({ ...own, ...fitted, zoom: String(counterZoom(el) * k) });
  };
  let css = wanted();
  el.setAttribute('style', css);
  el.setAttribute('popover', 'manual');
  const repair = (): string => {
    const changes: string[] = [];
    if (el.getAttribute('style') !== css) changes.push('restyled');
    for (const name of el.getAttributeNames()) {
      if (OWN_ATTRIBUTES.has(name) || name.startsWith('data-')) continue;
      el.removeAttribute(name);
      changes.push(`set ${name}`);
    }
    if (el.getAttribute('popover') !== 'manual') {
      el.setAttribute('popover', 'manual');
      changes.push('popover');
    }
    // The zoom around us may have changed (not a fight on its own): set only when different, as
    // setting the attribute wakes the observers that call repair().
    css = wanted();
    if (el.getAttribute('style') !== css) el.setAttribute('style', css);
    return changes.join(', ');
  };
  const move = (changes: Record<string, string>) => {
    own = { ...own, ...changes };
    css = wanted();
    if (el.getAttribute('style') !== css) el.setAttribute('style', css);
  };
  return { el, repair, move };
}

/**
 * Attaches the host as the last child of `home` (<html>, or the modal dialog a field guard's field is in: modalAround)
 * and puts it in the top layer, above any z-index.
 */
export function showOnTop(el: HTMLElement, home: Element = document.documentElement): void {
  if (el.parentNode !== home) home.append(el);
  try {
    if (!el.matches(':popover-open')) el.showPopover();
  } catch {
    // Top layer not available (older browser): the fixed, max z-index host still shows.
  }
}

/** Moves the host back above anything opened in the top layer after it. */
export function raise(el: HTMLElement): void {
  try {
    el.hidePopover();
    el.showPopover();
  } catch {
    /* see showOnTop */
  }
}

/**
 * Leaves the full screen a page element holds, if any. While an element is in full screen, Chromium sends clicks and
 * the Tab key only into that element: a warning of ours drawn above it (top layer) could be read but not used, its
 * buttons dead until the person found Esc (a seller put its order form in full screen on the click of "Start my
 * order"). So a warning that asks the person to act (the caution/danger banner, the field guard) leaves full screen as
 * it shows and whenever the page enters it again while it is up; "Hide for this visit" gives full screen back.
 */
export function leaveFullScreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

/**
 * The open modal dialog `field` is in, else <html>. A modal dialog makes everything outside it inert: a warning of ours
 * outside it is drawn (top layer) but answers neither the mouse nor the keyboard (a seller's checkout opened as a modal
 * dialog on "Start my order" left the field guard on its card field dead). Inside the dialog, it answers.
 */
export function modalAround(field: Element): Element {
  return field.closest('dialog:modal') ?? document.documentElement;
}

/** Smallest rendered size a warning may have; anything smaller was shrunk by the page. */
export function shrunk(el: HTMLElement): boolean {
  const rect = el.getBoundingClientRect();
  return rect.width < Math.min(200, window.innerWidth / 2) || rect.height < 16;
}
