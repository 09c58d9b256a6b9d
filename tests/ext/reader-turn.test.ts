/**
 * The page reader's injection (entrypoints/background/reader.ts) with WXT's fake browser: each
 * top document gets the reader once, and an event about the document before cannot use up the
 * next one's turn. Found by a fresh-clone CI run: a page that loaded, then a look-alike whose
 * danger is on the page itself; the first page's load event reached the worker after the
 * look-alike committed, took its turn, and the look-alike was never read (no warning).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { documentCommitted, forgetDocuments, injectReader } from '@/entrypoints/background/reader';

const TAB = 7;

/** The targets the reader's file is injected into, in order (the frame word before it is tests/ext/frame-word.test.ts's). */
function recordInjections(): unknown[] {
  const calls: unknown[] = [];
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection: { target: unknown; files?: string[] }) => {
    if (injection.files) calls.push(injection.target);
    return [];
  });
  return calls;
}

describe('reader injection turns', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    forgetDocuments(TAB);
  });

  it('a late load event of the page before does not take the next page\'s turn', async () => {
    const calls = recordInjections();
    documentCommitted({ tabId: TAB, frameId: 0, url: 'https://www.bananabread-recipes.com/easy', documentId: 'A' });
    documentCommitted({ tabId: TAB, frameId: 0, url: 'https://www.greencard-renewal-center.com/i-90', documentId: 'B' });
    // the first page's onCompleted, handled after the second page committed
    await injectReader(TAB, 'https://www.bananabread-recipes.com/easy', 'A', null);
    await injectReader(TAB, 'https://www.greencard-renewal-center.com/i-90', 'B', null);
    expect(calls).toContainEqual({ tabId: TAB, documentIds: ['B'] });
    expect(calls).not.toContainEqual({ tabId: TAB, documentIds: ['A'] });
  });

  it('a document gets the reader once, however many load events arrive', async () => {
    const calls = recordInjections();
    documentCommitted({ tabId: TAB, frameId: 0, url: 'https://example.org/', documentId: 'C' });
    await injectReader(TAB, 'https://example.org/', 'C', null);
    await injectReader(TAB, 'https://example.org/', 'C', null);
    expect(calls).toEqual([{ tabId: TAB, documentIds: ['C'] }]);
  });
});
