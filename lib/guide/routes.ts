/**
 * The free official route for each service a page seems to be about (Verdict.service).
 * The mapping is ServiceId → the fact id of the official URL in lib/data/facts.json, so the
 * address lives with its source; copy keys follow the service id (hyphens → underscores).
 * Unknown or missing services fall back to USCIS itself: showing uscis.gov is never wrong for
 * this product's users, while guessing a narrower route could send them to the wrong agency.
 */
import type { ServiceId } from '../types';
import { factText, type FactId } from '../facts';

/** ServiceId → fact id of the official page that offers it for free (or at the official fee). */
export const ROUTE_FACTS: Readonly<Record<ServiceId, FactId>> = {
  uscis: 'url.uscis',
  'access-code': 'url.access-code-help',
  forms: 'url.forms',
  'case-status': 'url.case-status',
  esta: 'url.esta',
  i94: 'url.i94',
  'dv-lottery': 'url.dv-lottery',
  visa: 'url.visa',
  'e-verify': 'url.e-verify',
  'trusted-traveler': 'url.trusted-traveler',
  ein: 'url.irs-ein',
  // The IRS's own page on applying for an ITIN (Form W-7 by mail, or in person at a Taxpayer Assistance Center, a VITA
  // site or an acceptance agent: facts.json url.irs-itin, checked 2026-12-07). No stored IRS page states the ITIN's cost,
  // so the route names no fee.
  itin: 'url.irs-itin',
  // The SEVIS I-901 fee is paid to DHS on fmjfee.com (secondary: universities' international offices); the route says a
  // school, sponsor or relative may pay it too, and names no amount (no stored source states today's).
  'sevis-fee': 'url.sevis-fee',
  // The State Department's passport pages (facts.json url.passport): filling in the form and booking an appointment are free
  // (free.passport-form-and-appointment). The route names no fee: the $60 expedite fee alone would read as the passport's price.
  passport: 'url.passport',
  'legal-help': 'url.eoir-legal-help',
  // a copy of an ssa.gov or irs.gov page (lib/signals/claims-official.ts): the agency's own site, named in no other route
  ssa: 'url.ssa',
  irs: 'url.irs',
};

export const SERVICE_IDS = Object.keys(ROUTE_FACTS) as ServiceId[];

/**
 * Official fee facts to mention next to a route, with the date they were checked. Only fees that
 * are current and sourced: the Diversity Visa entry fee is left out because whether an entry
 * period is open at all changes (FACTS.md: DV-2027 entry never opened as usual); its route says
 * the official fee is shown on the entry site instead.
 */
const ROUTE_FEES: Readonly<Partial<Record<ServiceId, FactId>>> = {
  esta: 'fee.esta',
};

interface Route {
  service: ServiceId;
  factId: FactId;
  /** The official https URL. */
  url: string;
  /** Its host name without "www.", for display ("uscis.gov"). */
  host: string;
  /** i18n key of the one-sentence route ("Ask for a new access code for free on myUSCIS."). No placeholders. */
  messageKey: string;
  /** i18n key of the service's name. */
  nameKey: string;
  /** Fact id of the official fee, when the service has one. */
  feeFactId?: FactId;
}

/** Is `s` one of the known service ids? Safe for any value. */
export function isServiceId(s: unknown): s is ServiceId {
  return typeof s === 'string' && Object.prototype.hasOwnProperty.call(ROUTE_FACTS, s);
}

/** Message-key stem for an id: Chrome keys allow [A-Za-z0-9_@] only. */
export function keyStem(id: string): string {
  return String(id).replaceAll('-', '_').replace(/[^A-Za-z0-9_@]/g, '_');
}

/** Display host of an https URL ("https://www.uscis.gov/forms" → "uscis.gov"); '' when unreadable. */
export function displayHost(url: string): string {
  const m = /^https:\/\/([^/?#:]+)/i.exec(String(url));
  return m?.[1] ? m[1].toLowerCase().replace(/^www\./, '') : '';
}

/** The official route for a service. Any other input (undefined, typo, junk) gives the USCIS route. */
export function routeFor(service: ServiceId | string | undefined | null): Route {
  const id: ServiceId = isServiceId(service) ? service : 'uscis';
  const factId = ROUTE_FACTS[id];
  const url = factText(factId);
  const stem = keyStem(id);
  const feeFactId = ROUTE_FEES[id];
  return {
    service: id,
    factId,
    url,
    host: displayHost(url),
    messageKey: `route_${stem}`,
    nameKey: `service_${stem}_name`,
    ...(feeFactId ? { feeFactId } : {}),
  };
}
