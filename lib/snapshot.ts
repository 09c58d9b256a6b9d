/**
 * Builds a bounded PageSnapshot from a DOM Document. The document is passed in (no globals), so
 * the same code runs in the content script and, with linkedom, in Node for the CLI and tests.
 *
 * Bounded and cheap: one walk over the tree that stops at MAX_TEXT characters, skipping
 * script/style/noscript/template/svg subtrees; reads attributes only (never field values) and
 * never asks for layout (no innerText, no getComputedStyle), so it cannot force a reflow.
 */
import { MAX_FIELDS, MAX_LINK_HOSTS, MAX_TEXT, type FieldSnapshot, type FormSnapshot, type PageSnapshot } from './types';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD']);
const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const MAX_ATTR = 200;
const MAX_FORMS = 50;

function attr(el: Element, name: string): string {
  const v = el.getAttribute(name);
  return v ? v.slice(0, MAX_ATTR) : '';
}

function hostOf(href: string, base: string): string {
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase() : '';
  } catch {
    return '';
  }
}

/** Visible-ish text of the document, whitespace-collapsed, capped. */
export function collectText(doc: Document, max = MAX_TEXT): { text: string; truncated: boolean } {
  const root = doc.body ?? doc.documentElement;
  if (!root) return { text: '', truncated: false };
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode: (node: Node) =>
      node.nodeType === 1 && SKIP.has((node as Element).tagName.toUpperCase()) ? FILTER_REJECT : FILTER_ACCEPT,
  });
  const parts: string[] = [];
  let length = 0;
  let truncated = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    const value = node.nodeValue;
    if (!value) continue;
    parts.push(value);
    length += value.length + 1;
    if (length > max * 1.2) {
      truncated = true;
      break;
    }
  }
  let text = parts.join(' ').replace(/\s+/g, ' ').trim();
  if (text.length > max) {
    text = text.slice(0, max);
    truncated = true;
  }
  return { text, truncated };
}

function labelFor(doc: Document, el: Element): string {
  const aria = attr(el, 'aria-label');
  if (aria) return aria;
  const id = el.getAttribute('id');
  if (id) {
    for (const label of Array.from(doc.getElementsByTagName('label'))) {
      if (label.getAttribute('for') === id) return (label.textContent ?? '').trim().slice(0, MAX_ATTR);
    }
  }
  const wrapping = el.closest('label');
  return wrapping ? (wrapping.textContent ?? '').trim().slice(0, MAX_ATTR) : '';
}

/** Forms and their fields (attributes and labels only). Fields outside any <form> count as one form. */
export function collectForms(doc: Document, pageUrl: string): FormSnapshot[] {
  const forms = new Map<Element | null, FormSnapshot>();
  let count = 0;
  for (const el of Array.from(doc.querySelectorAll('input, select, textarea'))) {
    if (count >= MAX_FIELDS) break;
    const form = el.closest('form');
    let entry = forms.get(form);
    if (!entry) {
      if (forms.size >= MAX_FORMS) continue;
      const action = form ? attr(form, 'action') : '';
      entry = { actionHost: action ? hostOf(action, pageUrl) : '', fields: [] };
      forms.set(form, entry);
    }
    const field: FieldSnapshot = {
      type: (attr(el, 'type') || el.tagName.toLowerCase()).toLowerCase(),
      name: attr(el, 'name'),
      id: attr(el, 'id'),
      placeholder: attr(el, 'placeholder'),
      autocomplete: attr(el, 'autocomplete'),
      label: labelFor(doc, el),
    };
    entry.fields.push(field);
    count++;
  }
  return [...forms.values()];
}

/** Distinct link host names, capped. */
export function collectLinkHosts(doc: Document, pageUrl: string): string[] {
  const hosts = new Set<string>();
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const host = hostOf(a.getAttribute('href') ?? '', pageUrl);
    if (host) hosts.add(host);
    if (hosts.size >= MAX_LINK_HOSTS) break;
  }
  return [...hosts];
}

/** The whole snapshot. Never throws: a broken document gives an empty snapshot. */
export function collectSnapshot(doc: Document, url: string): PageSnapshot {
  try {
    const { text, truncated } = collectText(doc);
    return {
      url,
      title: (doc.title ?? '').slice(0, 500),
      text,
      truncated,
      forms: collectForms(doc, url),
      linkHosts: collectLinkHosts(doc, url),
      lang: (doc.documentElement?.getAttribute('lang') ?? '').slice(0, 20),
    };
  } catch {
    return { url, title: '', text: '', truncated: false, forms: [], linkHosts: [], lang: '' };
  }
}
