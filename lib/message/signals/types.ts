/**
 * The contract every message signal follows: a pure function of a prepared message returning one
 * hit (short evidence quoted from the message) or undefined. Same hit shape and strengths as the
 * page signals (lib/signals/types.ts):
 *  - 'strong'  a red flag on its own
 *  - 'weak'    counts only together with another red flag
 *  - 'context' not a red flag: says what the message is, or amplifies another red flag (see check.ts)
 */
import type { SignalHit } from '../../signals/types';
import type { PreparedMessage } from '../prepare';

export type MessageSignal = (msg: PreparedMessage) => SignalHit | undefined;
export type { SignalHit };
