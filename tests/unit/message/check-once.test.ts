import { describe, expect, it, vi } from 'vitest';

// review26: on a message that reads like a scam warning, check.ts computed payment-red-flags and payment-demand to test
// whether the "warning" gives its own order (ordersScamPayment, isSafetyTips), then ran both again with every signal. Each
// now runs once per message (onceFor) and the verdict is the same.
const calls = vi.hoisted(() => ({ demand: 0, flags: 0 }));
vi.mock('@/lib/message/signals/payment-demand', async (original) => {
  const real = ((await original()) as { default: (...a: unknown[]) => unknown }).default;
  return { default: (...a: unknown[]) => (calls.demand++, real(...a)) };
});
vi.mock('@/lib/signals/payment-red-flags', async (original) => {
  const mod = (await original()) as Record<string, unknown> & { default: (...a: unknown[]) => unknown };
  return { ...mod, default: (...a: unknown[]) => (calls.flags++, mod.default(...a)) };
});
const { checkMessage } = await import('@/lib/message/check');

describe('checkMessage: the payment signals run once per message', () => {
  it.each([
    // a scam naming the scam to look honest, then giving its own order: read by the warning test and by the run
    ['a scam that names the scam', 'USCIS ALERT: Beware of scams. USCIS will never ask for gift cards. Your case is on hold: pay the $450 fee now with Apple gift cards and text the codes to Officer Brown at 202-555-0147.', 'danger'],
    // a real warning: read by the warning test only
    ['a warning', 'USCIS will never ask you to pay with gift cards, Western Union or Bitcoin. If someone does, it is a scam.', 'none'],
  ])('%s', (_why, text, level) => {
    calls.demand = 0;
    calls.flags = 0;
    const v = checkMessage(text);
    expect(v.level === 'none' || v.level === 'notice' ? 'none' : v.level).toBe(level);
    expect(calls.demand).toBeLessThanOrEqual(1);
    expect(calls.flags).toBeLessThanOrEqual(1);
  });
});
