import { describe, expect, it } from 'vitest';
import { GRACE_MS, grace } from '@/lib/tab/grace';

describe('grace', () => {
  it('is not over until GRACE_MS after it starts or restarts', () => {
    let now = 1_000;
    const wait = grace(() => now);
    expect(wait.over()).toBe(false);
    now += GRACE_MS - 1;
    expect(wait.over()).toBe(false);
    now += 1;
    expect(wait.over()).toBe(true);
    wait.restart();
    expect(wait.over()).toBe(false);
    now += GRACE_MS;
    expect(wait.over()).toBe(true);
  });
});
