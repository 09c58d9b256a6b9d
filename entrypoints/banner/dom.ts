/**
 * A tiny DOM builder for UI inside a closed shadow root. Children that are strings become text
 * nodes, so nothing a page (or a translation) says can ever become markup.
 */
import type { Grace } from '@/lib/tab/grace';

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/**
 * Runs `handler` only for real user actions: synthetic events a page dispatches are ignored, and
 * so is anything during `wait` (see GRACE_MS) when one is given.
 */
export function onTrusted(target: EventTarget, type: string, handler: (event: Event) => void, wait?: Grace): void {
  target.addEventListener(type, (event) => {
    if (!event.isTrusted) return;
    if (wait && !wait.over()) return;
    handler(event);
  });
}

/**
 * Calls `again` each time the page puts a new root element in its document; returns a function that stops.
 * `document.open()` does, and on the way it erases every event listener of the document, of its window and of every
 * node in it, shadow roots included, the extension's own script world's too (HTML's document open steps; checked in
 * Chromium 156): a seller that rewrote itself after the banner showed, even with the very same words, left the field
 * guard deaf to the clicks and keys that make a field the person's choice (it never showed on the card field), and the
 * banner's buttons dead. Observers and timers survive it; listeners must be added again. Adding a listener that is
 * still there changes nothing, so `again` may also run after a page that only swapped its <html> element.
 */
export function onNewRoot(again: () => void): () => void {
  let root = document.documentElement;
  const observer = new MutationObserver(() => {
    const now = document.documentElement;
    if (now === null || now === root) return;
    root = now;
    again();
  });
  observer.observe(document, { childList: true });
  return () => observer.disconnect();
}

/** Declarations as an inline style: each one `!important`. */
export function styleText(declarations: Record<string, string>): string {
  return Object.entries(declarations)
    .map(([name, value]) => `${name}: ${value} !important;`)
    .join(' ');
}

/**
 * The extension's own host elements (banner, field guard): not "something covering the banner". One set per
 * page, shared in the extension's script world: banner.js runs again at each new verdict, and a second set
 * would forget the first run's hosts (the reader then read the banner's own words as the page's, the new
 * verdict redrew the banner and closed its "trust this site?" question). The reader skips these hosts' roots.
 */
export const ownHosts = (window.__officialOrNotHosts ??= new WeakSet<Element>());
