/**
 * The once-per-site rule of the `notice` hint (lib/tab/notice-hint.ts), kept in storage.session:
 * the record lasts while the browser is open, survives the service worker stopping, and is gone
 * when the browser closes (one browsing period).
 */
import { storage } from 'wxt/utils/storage';
import { noticeHint, readHintRecord, type HintAsk } from '../tab/notice-hint';

const hintsItem = storage.defineItem<unknown>('session:notice-hints', { fallback: {} });

/** Whether the hint shows on this page; records the site when it is the first time. */
export async function claimNoticeHint(ask: HintAsk): Promise<boolean> {
  const record = readHintRecord(await hintsItem.getValue().catch(() => ({})));
  const answer = noticeHint(record, ask);
  if (answer.record !== record) await hintsItem.setValue(answer.record).catch(() => undefined);
  return answer.show;
}
