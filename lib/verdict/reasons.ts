/**
 * Reason ids → their messages: `signal_<id>_title` and `signal_<id>_explain`, with the id's
 * hyphens as underscores (Chrome message keys allow [A-Za-z0-9_@] only). The one mapping: the
 * popup, the options page, the warning page and the banner all use it (no imports, so the
 * banner's bundle stays small). tests/meta/signals.test.ts checks every id has both messages.
 *
 * A reason about a step whose cost no stored source states has its own words: the generic
 * middleman reason calls the step "free or for the official fee", which nobody sourced for the
 * ITIN (no stored IRS page gives its cost, checked 2026-12-07), so an ITIN seller's reason says the
 * site is not the IRS and points to the IRS's own site instead: `signal_<id>_itin_<part>`. A DV-entry seller's reason
 * names the lottery rather than "an ESTA or a form", says the site is not the U.S. government and points to the State
 * Department's entry site, the one place that says who was selected (facts.json url.dv-lottery): `signal_<id>_dv_lottery_<part>`.
 * A business paying the SEVIS I-901 fee for the person says it is not the U.S. government, that the person can pay the fee
 * at the I-901 site (facts.json url.sevis-fee) and that a school, sponsor or relative may pay it too; no amount (no stored
 * source states today's): `signal_<id>_sevis_fee_<part>`.
 * A passport expediter's reason says it is not the U.S. government, that it gets or renews the passport for its own fee,
 * and that it cannot get it faster than a State Department passport agency (facts.json url.passport); the passport route
 * beside it says filling in the form and making an appointment are free (free.passport-form-and-appointment):
 * `signal_<id>_passport_<part>`.
 */
import type { ReasonId } from '../types';

/** Reason ids with their own words for a service (SERVICE_WORDING[id] lists the services). */
export const SERVICE_WORDING: ReadonlyMap<string, readonly string[]> = new Map([
  ['middleman-service', ['itin', 'dv-lottery', 'sevis-fee', 'passport']],
  ['site-memory', ['itin']],
]);

const keyPart = (s: string): string => s.replace(/[^A-Za-z0-9_@]/g, '_');

/**
 * The message key of a reason's title or explanation; `service`, the service the reason is about,
 * picks its own words where SERVICE_WORDING has them. Ids from older stored settings map the same way.
 */
export function reasonKey(id: ReasonId | string, part: 'title' | 'explain', service?: string): string {
  const own = typeof service === 'string' && SERVICE_WORDING.get(String(id))?.includes(service) === true;
  return `signal_${keyPart(String(id))}${own ? `_${keyPart(service)}` : ''}_${part}`;
}
