/**
 * lib/domain/url.ts isMadeByPage: the documents a web page makes itself, with no web address of their own, that the
 * reader reads as a page of the origin that made them (entrypoints/background/messages.ts pageHome). Before, they were
 * never read: a popup written at about:blank or a blob: page showed an offer with no banner (tests/e2e/page-escapes.spec.ts).
 */
import { describe, expect, it } from 'vitest';
import { isMadeByPage } from '@/lib/domain/url';

describe('isMadeByPage', () => {
  it.each(['about:blank', 'about:srcdoc', 'about:blank#top', 'blob:https://www.shop-example.com/0f8c2b1e-7f4e-4d0a-9a51-2a0c1c1b7e11', 'BLOB:http://shop.example/x'])('%s: made by a page', (url) => {
    expect(isMadeByPage(url)).toBe(true);
  });
  it.each(['https://www.shop-example.com/', 'http://shop.example/', 'blob:null/0f8c', 'blob:chrome-extension://abc/x', 'about:newtab', 'about:blankx', 'chrome://newtab/', 'data:text/html,<p>hi', '', undefined, 42])('%s: not', (url) => {
    expect(isMadeByPage(url)).toBe(false);
  });
});
