/** The grace period of the warnings' buttons: the in-page banner and field guard (entrypoints/banner), the full-page warning. */

/**
 * How long a warning that has just appeared ignores clicks and key presses on its buttons. A page
 * can make the warning appear under a cursor that is about to click (a double click it asked for: the first click opens
 * the warning, the second lands on it), or while the person is typing (a space presses a focused button): only an
 * action taken after seeing it counts.
 */
export const GRACE_MS = 1_000;

/** The grace period of one warning: starts when created, starts again with `restart()`. */
export interface Grace {
  restart(): void;
  /** True once GRACE_MS have passed since the (re)start. */
  over(): boolean;
}

export function grace(now: () => number = () => performance.now()): Grace {
  let since = now();
  return {
    restart: () => {
      since = now();
    },
    over: () => now() - since >= GRACE_MS,
  };
}
