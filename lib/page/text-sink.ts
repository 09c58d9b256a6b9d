/**
 * Where the page reader's text walk (lib/page/snapshot.ts) puts what it reads: the first `max` characters and, on a
 * longer page, the walk's last `tailMax` in a ring (lib/text/ends.ts: what a person sees first and what sits last are
 * both judged, within a fixed bound). Text is joined by single spaces, or glued to the last part (pieces of one word).
 * Linear: each character is copied into the ring once and dropped at most once.
 */
import { SEAM } from '../text/ends';

/** Where the text walk puts what it reads: up to `max` characters, then (when `tailMax` > 0) the walk's last `tailMax`. */
export interface Sink {
  parts: string[];
  length: number;
  max: number;
  truncated: boolean;
  /** Skip text whose element is not rendered (display: none, visibility: hidden, opacity: 0). */
  skipHidden: boolean;
  /**
   * The page's end (lib/text/ends.ts): once `max` is reached the walk goes on, and what it reads goes here, a ring
   * that keeps the last `tailMax` characters (`tailFrom`: the first part still kept). 0: the walk stops at `max`.
   */
  tailMax: number;
  tail: string[];
  tailFrom: number;
  tailLength: number;
  /** The first part of the tail continues the head's last word (the cap fell inside a text node). */
  tailGlued: boolean;
}

export function sink(max: number, skipHidden: boolean, tailMax = 0): Sink {
  return { parts: [], length: 0, max, truncated: false, skipHidden, tailMax, tail: [], tailFrom: 0, tailLength: 0, tailGlued: false };
}

/** Adds `value` to `sink` (after a space, or glued to the last part); false when the walk can stop (the cap was reached and no end is kept). */
export function add(sink: Sink, value: string, glue: boolean): boolean {
  if (sink.tail.length > 0) return addToTail(sink, value, glue);
  const separator = sink.parts.length > 0 && !glue ? 1 : 0;
  if (sink.length + separator + value.length > sink.max) {
    const room = sink.max - sink.length - separator;
    if (room > 0) sink.parts.push(value.slice(0, room));
    sink.length = sink.max;
    if (sink.tailMax === 0) {
      sink.truncated = true;
      return false;
    }
    sink.tailGlued = room > 0 || glue;
    sink.tail.push(room > 0 ? value.slice(room) : value);
    sink.tailLength = sink.tail[0]!.length;
    return dropOldest(sink);
  }
  if (separator === 0 && sink.parts.length > 0) sink.parts[sink.parts.length - 1] += value;
  else sink.parts.push(value);
  sink.length += separator + value.length;
  return true;
}

function addToTail(sink: Sink, value: string, glue: boolean): boolean {
  const last = sink.tail.length - 1;
  if (glue && last >= sink.tailFrom) sink.tail[last] += value;
  else {
    sink.tail.push(value);
    sink.tailLength += 1;
  }
  sink.tailLength += value.length;
  return dropOldest(sink);
}

/** Drops the tail's oldest characters past `tailMax` (whole parts, then the start of one); true. Amortised linear. */
function dropOldest(sink: Sink): boolean {
  while (sink.tailLength > sink.tailMax) {
    sink.truncated = true;
    const first = sink.tail[sink.tailFrom]!;
    const excess = sink.tailLength - sink.tailMax;
    if (first.length + 1 <= excess && sink.tailFrom < sink.tail.length - 1) {
      sink.tailFrom++;
      sink.tailLength -= first.length + 1;
    } else {
      sink.tail[sink.tailFrom] = first.slice(excess);
      sink.tailLength -= excess;
    }
  }
  if (sink.tailFrom > 1_024 && sink.tailFrom * 2 > sink.tail.length) {
    sink.tail = sink.tail.slice(sink.tailFrom);
    sink.tailFrom = 0;
  }
  return true;
}

/** What the sink holds: the head, then the end of the walk (after SEAM where a middle was left out). */
export function sinkText(sink: Sink): string {
  const head = sink.parts.join(' ');
  if (sink.tail.length === 0) return head;
  return `${head}${sink.truncated ? SEAM : sink.tailGlued ? '' : ' '}${endText(sink)}`;
}

/** The end the sink kept (its last `tailMax` characters read past its head). */
export function endText(sink: Sink): string {
  return sink.tail.slice(sink.tailFrom).join(' ');
}
