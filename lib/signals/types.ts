/**
 * The contract every signal follows. A signal is a pure function of a prepared page: it
 * returns one hit (with short evidence quoted from the page) or undefined.
 *
 * strength:
 *  - 'strong'  a red flag on its own: the verdict becomes `caution` (or `danger` on a weak look-alike host)
 *  - 'weak'    common on legitimate pages too (a law firm's intake form asks for an A-Number):
 *              counts only together with another red flag or weak hit, or a weak look-alike host
 *  - 'context' not a red flag at all: says what the page is about (`notice`)
 */
import type { HitReasonId, ServiceId } from '../types';
import type { PreparedPage } from '../text/prepare';

export type Strength = 'strong' | 'weak' | 'context';

/** A page made ready once per verdict and shared by all signals (built by lib/text/prepare.ts). */
export type { PreparedPage } from '../text/prepare';

export interface SignalHit {
  /** What matched, quoted from the page (short). */
  evidence: string;
  strength: Strength;
  /** The government service the matched words are about, when known. */
  service?: ServiceId;
  /** The reason the verdict gives for the hit when it is not the signal's id (lib/types.ts HIT_REASON_IDS). */
  reason?: HitReasonId;
  /**
   * When the evidence is not the page's words but what its forms ask for: the field kinds
   * (shown translated). Without it, `evidence` is a quote of the page and is shown as one.
   */
  fields?: string[];
  /**
   * The hit rests on the site's name alone (a business named after the service): the same name a
   * look-alike domain check reads, so the two are one piece of evidence, not two (lib/verdict).
   */
  byName?: true;
  /**
   * A hint worth showing only when it helped raise the level (a learned score: alone on a
   * lawyer's or guide's page, "reads like a paid service" would be a reason without a warning).
   * At `notice` it is left out of the reasons; it still counts as a weak hit (lib/verdict).
   */
  onlyWithOthers?: true;
}

export type Signal = (page: PreparedPage) => SignalHit | undefined;
