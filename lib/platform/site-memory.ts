/**
 * The site memory (lib/tab/site-memory.ts), kept in storage.session: it lasts while the browser
 * is open, survives the service worker stopping, and is gone when the browser closes (one
 * browsing period). Pages of several tabs are judged at once, so updates run one at a time.
 */
import { storage } from 'wxt/utils/storage';
import type { Settings } from '../settings/types';
import type { TabEvent } from '../tab';
import { readSiteMemory, siteMemory, type JudgedPage } from '../tab/site-memory';
import type { Verdict } from '../types';

const memoryItem = storage.defineItem<unknown>('session:site-memory', { fallback: {} });

let queue: Promise<unknown> = Promise.resolve();

/** The verdict to use for a judged page (raised when another page of its site sells); records a seller page. */
function remember(page: JudgedPage): Promise<Verdict> {
  const run = queue.then(async () => {
    const record = readSiteMemory(await memoryItem.getValue().catch(() => ({})));
    const answer = siteMemory(record, page);
    if (answer.record !== record) await memoryItem.setValue(answer.record).catch(() => undefined);
    return answer.verdict;
  });
  queue = run.catch(() => undefined);
  return run.catch(() => page.verdict);
}

/** A tab event with the site memory applied: a judged page (navigate, snapshot) may be raised; other events pass. */
export async function throughSiteMemory(event: TabEvent, settings: Settings): Promise<TabEvent> {
  if (event.type !== 'navigate' && event.type !== 'snapshot') return event;
  return { ...event, verdict: await remember({ url: event.url, verdict: event.verdict, settings }) };
}
