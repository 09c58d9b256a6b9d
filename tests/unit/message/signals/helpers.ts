import { describe, expect, it } from 'vitest';
import { prepareMessage } from '@/lib/message/prepare';
import type { MessageSignal } from '@/lib/message/signals/types';
import type { Strength } from '@/lib/signals/types';

/** A signal's table test: the strength it must give on each message, and messages it must stay quiet on. */
export function signalTable(id: string, signal: MessageSignal, fires: ReadonlyArray<readonly [string, Strength]>, quiet: readonly string[]): void {
  const run = (text: string) => signal(prepareMessage(text));
  describe(id, () => {
    it.each(fires)('fires on %s', (text, strength) => {
      expect(run(text)?.strength).toBe(strength);
    });
    it.each(quiet)('stays quiet on %s', (text) => {
      expect(run(text)).toBeUndefined();
    });
  });
}
