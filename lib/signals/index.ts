/**
 * The signal registry: one import line per signal, in evaluation order (the order reasons are
 * listed in). A signal's id is its file name. tests/meta/signals.test.ts keeps this list, the
 * files and their tests in step.
 */
import accessCodeForSale from './access-code-for-sale';
import freeServiceForSale from './free-service-for-sale';
import middlemanService from './middleman-service';
import feeMirroring from './fee-mirroring';
import claimsOfficial from './claims-official';
import impersonationPhone from './impersonation-phone';
import paymentRedFlags from './payment-red-flags';
import notarioOffer from './notario-offer';
import sensitiveDataRequest from './sensitive-data-request';
import notAffiliatedDisclaimer from './not-affiliated-disclaimer';
import readsLikeSeller from './reads-like-seller';
import aboutUscisServices from './about-uscis-services';
import type { Signal } from './types';

export const SIGNALS = [
  ['claims-official', claimsOfficial],
  ['impersonation-phone', impersonationPhone],
  ['access-code-for-sale', accessCodeForSale],
  ['free-service-for-sale', freeServiceForSale],
  ['middleman-service', middlemanService],
  ['fee-mirroring', feeMirroring],
  ['payment-red-flags', paymentRedFlags],
  ['notario-offer', notarioOffer],
  ['sensitive-data-request', sensitiveDataRequest],
  ['not-affiliated-disclaimer', notAffiliatedDisclaimer],
  ['reads-like-seller', readsLikeSeller],
  ['about-uscis-services', aboutUscisServices],
] as const satisfies ReadonlyArray<readonly [id: string, run: Signal]>;

/** A signal's id: its file name. */
export type SignalId = (typeof SIGNALS)[number][0];

export const SIGNAL_IDS: readonly SignalId[] = SIGNALS.map(([id]) => id);

export type { PreparedPage, Signal, SignalHit, Strength } from './types';
