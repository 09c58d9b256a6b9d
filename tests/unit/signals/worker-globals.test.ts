/**
 * The page signals run in the extension's service worker, where Node's `process` does not exist
 * (the bundler replaces `process.env.NODE_ENV` only). A signal that reads `process.env` throws there,
 * and decide() counts a throwing signal as no hit: the signal is silently off in the browser while
 * every Node test passes. Here each signal runs with `process` hidden, as in the worker.
 */
import { describe, expect, it } from 'vitest';
import { SIGNALS } from '@/lib/signals';
import { page } from './helpers';

/** Pages that take the signals deep (service, cues, prices, warnings, a form). */
const PAGES = [
  'How long does my ESTA take? Most applications are approved within 72 hours. What does the service fee cover? Our experts check every answer. Refund policy: if your ESTA is denied, we refund our fee.',
  'USCIS online access code. Get your access code today. Fast service. Only $49. Pay by Zelle or gift card. Call USCIS at 1-888-555-0100.',
  'ESTA申請代行サービス。当社はESTAの申請を代行しております。代行手数料は9,800円です。お客様の情報を入力し、申請いたします。',
];

function withoutProcess<T>(run: () => T): T {
  const saved = Object.getOwnPropertyDescriptor(globalThis, 'process');
  Object.defineProperty(globalThis, 'process', { value: undefined, configurable: true, writable: true });
  try {
    return run();
  } finally {
    if (saved) Object.defineProperty(globalThis, 'process', saved);
  }
}

describe('page signals in the service worker (no Node globals)', () => {
  it.each(SIGNALS.map(([id, run]) => [id, run] as const))('%s runs without process', (_id, run) => {
    for (const text of PAGES) {
      const p = page(text, { url: 'https://esta-help.example.com/' });
      const inNode = run(p);
      expect(withoutProcess(() => run(p))).toEqual(inNode);
    }
  });
});
