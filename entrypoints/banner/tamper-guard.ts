/**
 * Keeps the banner on screen, whole and readable while the page fights it, and reports each fight
 * to the background, whose lib/tab/tamper.ts decides when the page gets the full-page warning
 * (covers say whether they overlap the banner and whether the person opened them). What it watches:
 * - removal or moving of the host, also by replacing the whole <html> element (MutationObserver
 *   on the document and on whichever element is the root now);
 * - the host's style and attributes (./host.ts repair(): style, aria-hidden, inert, dir, hidden,
 *   popover, zoom) as they change;
 * - aria-hidden or inert on <html>, which would hide the banner from screen readers or make it dead
 *   to clicks and keys along with the page;
 * - other elements in the top layer (popovers, modal dialogs, full screen) opened after ours; full screen the
 *   person started is no fight, but a warning (not the notice hint) leaves it, as it starts, when the warning shows
 *   and at each check: in full screen the warning's buttons could not be used (./host.ts leaveFullScreen);
 * - every CHECK_MS, what an observer cannot see: a closed popover, covering elements (sampled at
 *   several points), inherited invisibility, a rendered size shrunk by CSS.
 * Its listeners are added again after a page rewrites itself with document.open(), which erases them (./dom.ts onNewRoot).
 * Every check is cheap: only the root's own children and the host's attributes are observed.
 */
import { onNewRoot, ownHosts } from './dom';
import { leaveFullScreen, raise, shrunk, showOnTop, type LockedHost } from './host';

const CHECK_MS = 1_000;
/** Attributes on <html> that would take the banner out of reach along with the page. */
const ROOT_HIDERS = ['aria-hidden', 'inert'];
/** Points across the banner (fractions of its width and height) that must show the banner. */
const PROBES = [
  [0.1, 0.3],
  [0.5, 0.5],
  [0.9, 0.3],
  [0.3, 0.8],
  [0.7, 0.8],
] as const;

export interface TamperGuard {
  /** Starts watching a newly shown host (the previous one is forgotten). */
  watch(host: LockedHost): void;
}

/** What the banner knows about a cover (lib/tab/tamper.ts decides whether it counts). */
export interface CoverDetail {
  /** The covering top-layer element overlaps the banner (a centred cookie dialog does not). */
  overlapsBanner?: boolean;
  /**
   * Full screen, which only the person can start (browsers require a click or key for it). Not
   * dialogs or popovers: a page-opened one can carry "user activation" left from the navigation.
   */
  userOpened?: boolean;
}
export type Tampered = (what: string, detail?: CoverDetail) => void;

/** `current()` is the host on screen (null when none); `tampered` is told of each fight. */
export function startTamperGuard(current: () => LockedHost | null, tampered: Tampered): TamperGuard {
  const hostObserver = new MutationObserver(() => {
    const host = current();
    if (!host) return;
    const what = host.repair();
    if (what) {
      tampered(what);
      showOnTop(host.el);
    }
  });
  watchRoot(current, tampered);
  const onToggle = (event: Event) => {
    const host = current();
    if (!host || event.target === host.el) return;
    const cover = topLayerCover(host.el);
    if (cover && !cover.userOpened) {
      tampered('covered by a popover', cover);
      raise(host.el);
    }
  };
  const onFullScreen = () => outOfFullScreen(current());
  const listen = () => {
    document.addEventListener('toggle', onToggle, true);
    document.addEventListener('fullscreenchange', onFullScreen, true);
  };
  listen();
  // document.open() erases them (./dom.ts onNewRoot).
  onNewRoot(listen);
  window.setInterval(() => {
    const host = current();
    if (host) check(host, tampered);
  }, CHECK_MS);
  return {
    watch: (host) => {
      hostObserver.disconnect();
      hostObserver.observe(host.el, { attributes: true });
      outOfFullScreen(host);
    },
  };
}

/** Puts the host back when the page removes it or replaces <html>; removes hiding attributes from <html>. */
function watchRoot(current: () => LockedHost | null, tampered: Tampered): void {
  let observedRoot: Element | null = null;
  const observer = new MutationObserver(() => {
    follow();
    const host = current();
    if (!host) return;
    if (host.el.parentNode !== document.documentElement) {
      tampered('removed');
      showOnTop(host.el);
    }
    const root = document.documentElement;
    for (const name of ROOT_HIDERS) {
      if (root?.hasAttribute(name)) {
        root.removeAttribute(name);
        tampered(`set ${name} on <html>`);
      }
    }
  });
  const follow = () => {
    const root = document.documentElement;
    if (!root || root === observedRoot) return;
    observedRoot = root;
    observer.observe(root, { childList: true, attributes: true, attributeFilter: ROOT_HIDERS });
  };
  observer.observe(document, { childList: true });
  follow();
}

/**
 * Another element in the top layer (a popover, a modal dialog, a fullscreen element) that is not
 * ours, or null. With several, the one that counts most: opened by the page and overlapping.
 */
function topLayerCover(el: HTMLElement): CoverDetail | null {
  const mine = el.getBoundingClientRect();
  let found: CoverDetail | null = null;
  for (const other of document.querySelectorAll(':popover-open, dialog:modal, :fullscreen')) {
    if (ownHosts.has(other)) continue;
    const r = other.getBoundingClientRect();
    const overlapsBanner = r.left < mine.right && mine.left < r.right && r.top < mine.bottom && mine.top < r.bottom;
    const userOpened = other.matches(':fullscreen');
    if (found === null || (!userOpened && (overlapsBanner || found.userOpened === true))) found = { overlapsBanner, userOpened };
  }
  return found;
}

/**
 * Full screen the person started is theirs and no fight, but a warning leaves it: a seller lured the click ("Start my
 * order") that put its own page in full screen over the banner, whose buttons the browser then kept from the mouse and
 * the keyboard (./host.ts leaveFullScreen). Not the notice hint: a video in full screen on a lawyer's page keeps the
 * screen.
 */
function outOfFullScreen(host: LockedHost | null): void {
  if (host && host.el.dataset.level !== 'notice') leaveFullScreen();
}

/** True when something else shows at one of the probe points across the host. */
function coveredAt(el: HTMLElement): boolean {
  const rect = el.getBoundingClientRect();
  if (rect.width <= 0 || rect.height <= 0) return false;
  for (const [fx, fy] of PROBES) {
    const top = document.elementFromPoint(rect.left + rect.width * fx, rect.top + rect.height * fy);
    if (top !== null && !ownHosts.has(top)) return true;
  }
  return false;
}

/** The periodic check: attached, open, on top, visible, full size. */
function check(host: LockedHost, tampered: Tampered): void {
  const el = host.el;
  if (el.parentNode !== document.documentElement) {
    tampered('removed');
    showOnTop(el);
  }
  // Zoom set on <html> since the last look changes no attribute of ours: repair it here.
  const what = host.repair();
  if (what) tampered(what);
  let cover: CoverDetail | null = null;
  try {
    if (!el.matches(':popover-open')) {
      tampered('hidden');
      el.showPopover();
    }
    // Full screen the person started is theirs and no fight; a warning leaves it (outOfFullScreen), also when the page
    // kept the fullscreenchange event from reaching us.
    cover = topLayerCover(el);
    if (cover?.userOpened) {
      outOfFullScreen(host);
      return;
    }
    if (cover === null && coveredAt(el)) cover = { overlapsBanner: true };
  } catch {
    // Top layer not available (older browser): the fixed, max z-index host still shows.
  }
  const style = getComputedStyle(el);
  if (cover || style.visibility !== 'visible' || style.display === 'none' || Number(style.opacity) < 0.95) {
    if (cover) tampered('covered', cover);
    else tampered('made invisible');
    raise(el);
  } else if (shrunk(el)) {
    tampered('shrunk');
  }
}
