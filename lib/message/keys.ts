/**
 * Message keys of the message checker's words. A reason's title is the one every surface uses
 * (lib/verdict/reasons.ts: `signal_<id>_title`); its explanation is the message's own,
 * `message_<id>_explain`, because a page's explanation says "this page" and "this site".
 */
import type { Level } from '../types';

export function messageExplainKey(id: string): string {
  return `message_${String(id).replace(/[^A-Za-z0-9_@]/g, '_')}_explain`;
}

/** The one-sentence summary of a message verdict's level. */
export function messageSummaryKey(level: Level): string {
  return `message_level_${level}_summary`;
}
