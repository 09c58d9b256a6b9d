/**
 * Reason ids → their messages: `signal_<id>_title` and `signal_<id>_explain`, with the id's
 * hyphens as underscores (Chrome message keys allow [A-Za-z0-9_@] only). The one mapping: the
 * popup, the options page, the warning page and the banner all use it (no imports, so the
 * banner's bundle stays small). tests/meta/signals.test.ts checks every id has both messages.
 */
import type { ReasonId } from '../types';

/** The message key of a reason's title or explanation. Ids from older stored settings map the same way. */
export function reasonKey(id: ReasonId | string, part: 'title' | 'explain'): string {
  return `signal_${String(id).replace(/[^A-Za-z0-9_@]/g, '_')}_${part}`;
}
