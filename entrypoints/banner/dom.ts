/**
 * A tiny DOM builder for UI inside a closed shadow root. Children that are strings become text
 * nodes, so nothing a page (or a translation) says can ever become markup.
 */
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

/** Runs `handler` only for real user actions: synthetic events a page dispatches are ignored. */
export function onTrusted(target: EventTarget, type: string, handler: (event: Event) => void): void {
  target.addEventListener(type, (event) => {
    if (!event.isTrusted) return;
    handler(event);
  });
}

/**
 * Inline, !important styles on the host element. An element's own style attribute wins over any
 * page stylesheet, even !important rules, so page CSS cannot hide, move or restyle the host.
 */
export function lockHostStyle(host: HTMLElement, declarations: Record<string, string>): string {
  const css = Object.entries(declarations)
    .map(([name, value]) => `${name}: ${value} !important;`)
    .join(' ');
  host.setAttribute('style', css);
  return css;
}

/** The extension's own host elements (banner, field guard): not "something covering the banner". */
export const ownHosts = new WeakSet<Element>();
