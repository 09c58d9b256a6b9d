/**
 * The message-signal registry: one import line per signal, in evaluation order (the order reasons
 * are listed in). A signal's id is its file name. tests/meta/message-signals.test.ts keeps this
 * list, the files, their tests and their messages in step.
 *
 * Page signals (lib/signals) that read a message as they read a page's text run too, listed by id
 * in PAGE_SIGNALS_IN_MESSAGES: not forked, the same functions on the same prepared text. The others
 * need a page (claims-official judges a page's self-description and is replaced here by
 * claims-agency; sensitive-data-request reads form fields).
 */
import claimsAgency from './claims-agency';
import paymentDemand from './payment-demand';
import asksForSecrets from './asks-for-secrets';
import offersFreeService from './offers-free-service';
import lotteryWin from './lottery-win';
import threat from './threat';
import secrecy from './secrecy';
import pressOne from './press-one';
import jobOffer from './job-offer';
import newNumber from './new-number';
import familyEmergency from './family-emergency';
import recoveryOffer from './recovery-offer';
import parcelHeld from './parcel-held';
import moneyOffer from './money-offer';
import accountLocked from './account-locked';
import refundLure from './refund-lure';
import chargeCallback from './charge-callback';
import sellsDocuments from './sells-documents';
import unofficialApplication from './unofficial-application';
import shortenedLink from './shortened-link';
import freeHostLink from './free-host-link';
import disguisedLink from './disguised-link';
import senderLinkMismatch from './sender-link-mismatch';
import cheapHostLink from './cheap-host-link';
import pressureAsk from './pressure-ask';
import type { SignalId } from '../../signals';
import type { MessageSignal } from './types';

export const MESSAGE_SIGNALS = [
  ['claims-agency', claimsAgency],
  ['payment-demand', paymentDemand],
  ['asks-for-secrets', asksForSecrets],
  ['offers-free-service', offersFreeService],
  ['lottery-win', lotteryWin],
  ['threat', threat],
  ['secrecy', secrecy],
  ['press-one', pressOne],
  ['job-offer', jobOffer],
  ['new-number', newNumber],
  ['family-emergency', familyEmergency],
  ['recovery-offer', recoveryOffer],
  ['parcel-held', parcelHeld],
  ['money-offer', moneyOffer],
  ['account-locked', accountLocked],
  ['refund-lure', refundLure],
  ['charge-callback', chargeCallback],
  ['sells-documents', sellsDocuments],
  ['unofficial-application', unofficialApplication],
  ['shortened-link', shortenedLink],
  ['free-host-link', freeHostLink],
  ['disguised-link', disguisedLink],
  ['sender-link-mismatch', senderLinkMismatch],
  ['cheap-host-link', cheapHostLink],
  ['pressure-ask', pressureAsk],
] as const satisfies ReadonlyArray<readonly [id: string, run: MessageSignal]>;

/** A message signal's id: its file name. */
type MessageSignalId = (typeof MESSAGE_SIGNALS)[number][0];

export const MESSAGE_SIGNAL_IDS: readonly MessageSignalId[] = MESSAGE_SIGNALS.map(([id]) => id);

/** Signals about the links alone: they run on every message, also one about nothing immigration. */
export const LINK_SIGNAL_IDS: readonly MessageSignalId[] = ['shortened-link', 'free-host-link', 'disguised-link', 'sender-link-mismatch', 'cheap-host-link'];

/** Page signals run on a message's text, in this order (ids of lib/signals). */
export const PAGE_SIGNALS_IN_MESSAGES: readonly SignalId[] = [
  'impersonation-phone',
  'access-code-for-sale',
  'free-service-for-sale',
  'fee-mirroring',
  'payment-red-flags',
  'notario-offer',
  'not-affiliated-disclaimer',
  'about-uscis-services',
];

/** Hits that never count alone, only make another red flag worse (see check.ts). */
export const AMPLIFIER_IDS: readonly MessageSignalId[] = ['lottery-win', 'threat'];

/** Every reason id a message verdict can carry (messages need an explanation for each). */
export const MESSAGE_REASON_IDS: readonly MessageReasonId[] = [...MESSAGE_SIGNAL_IDS, ...PAGE_SIGNALS_IN_MESSAGES, 'lookalike-domain'];

/** Every reason a message verdict can give: a message signal, a page signal, or the look-alike address rule. */
export type MessageReasonId = MessageSignalId | SignalId | 'lookalike-domain';
