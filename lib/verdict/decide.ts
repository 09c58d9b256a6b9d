/**
 * decide(url, page?): the one verdict for a page, with its reasons.
 *
 * Precedence (first rule that applies wins):
 *  1. invalid or non-web URL ........................................ none
 *  2. official host (uscis.gov, named federal, sourced allowlist, any .gov/.mil) ... official
 *     Signals are NOT evaluated on official hosts: uscis.gov rightly asks for A-Numbers.
 *  3. strong look-alike domain (uscis-gov.net, myuscisgov.com) ...... danger
 *  4. page claims to be USCIS / an official government site (claims-official) ... danger
 *  5. weak look-alike domain (a typo of the short brand) + any strong signal ... danger
 *  6. any strong signal (selling a free service, gift-card payment, notario offer…) ... caution
 *     or two different weak signals, or a weak look-alike host with one weak signal
 *     (a weak look-alike alone stays `notice` on an immigration page: "uscisguide.com" guides)
 *  7. page about USCIS services, no red flag ......................... notice
 *  8. otherwise ...................................................... none
 * Called with no page at navigation time (rules 1–3 only) and again with a snapshot.
 * Page signals run only when isAboutImmigration(text) holds (the content script's pre-filter),
 * so the extension and this function agree. IP and local hosts (tests, intranets) get no domain
 * verdict but their pages are still read.
 *
 * False-positive traps (see each signal's header): quoted scam warnings, a lawyer's own fees and
 * intake forms, news quoting prices, guides quoting the .gov banner. Weak signals (a disclaimer,
 * an A-Number field, Zelle) never raise the level alone.
 */
import { classifyHost, parseHost, type HostVerdict } from '../domain';
import { SIGNALS, type SignalId } from '../signals';
import type { SignalHit } from '../signals/types';
import { preparePage } from '../text/prepare';
import { isAboutImmigration } from '../text/relevance';
import type { HostInfo, PageSnapshot, Reason, ServiceId, Verdict } from '../types';

const USCIS = { name: 'USCIS', host: 'uscis.gov' } as const;

interface Hit extends SignalHit {
  id: SignalId;
}

function classify(url: string): { host: ReturnType<typeof parseHost>; verdict: HostVerdict } {
  const host = parseHost(typeof url === 'string' ? url : '');
  let verdict: HostVerdict;
  try {
    verdict = classifyHost(host);
  } catch {
    verdict = { kind: 'unknown' };
  }
  return { host, verdict };
}

/** Runs every signal on the page; a throwing signal counts as no hit (and never breaks the verdict). */
function evaluate(page: PageSnapshot, host: HostInfo): { relevant: boolean; hits: Hit[] } {
  const prepared = preparePage(page, host);
  if (!isAboutImmigration(prepared.raw)) return { relevant: false, hits: [] };
  const hits: Hit[] = [];
  for (const [id, run] of SIGNALS) {
    let hit: SignalHit | undefined;
    try {
      hit = run(prepared);
    } catch {
      hit = undefined;
    }
    if (hit) hits.push({ id, ...hit });
  }
  return { relevant: true, hits };
}

/** The signal hits for a page (empty when the page is not about immigration). */
export function runSignals(url: string, page: PageSnapshot): Hit[] {
  return evaluate(page, parseHost(typeof url === 'string' ? url : '')).hits;
}

function reasonsOf(hits: readonly Hit[]): Reason[] {
  return hits.map((h) => ({ id: h.id, evidence: h.evidence }));
}

export function decide(url: string, page?: PageSnapshot): Verdict {
  const { host, verdict: hv } = classify(url);
  if (!host.valid || !host.isWeb || (hv.kind === 'not-applicable' && (hv.why === 'invalid' || hv.why === 'not-web'))) {
    return { level: 'none', reasons: [], host: '' };
  }
  const base = { host: host.hostname };

  if (hv.kind === 'official') {
    const id = hv.entity === 'government' ? 'government-host' : 'official-host';
    return { ...base, level: 'official', reasons: [{ id, evidence: `${hv.matched} (${hv.name})` }], official: hv.entity };
  }

  const domainReason: Reason[] =
    hv.kind === 'lookalike' ? [{ id: 'lookalike-domain', evidence: hv.evidence }] : [];
  const impersonated = hv.kind === 'lookalike' ? { name: hv.target.name, host: hv.target.host } : undefined;

  let hits: Hit[] = [];
  if (page && typeof page === 'object') {
    try {
      ({ hits } = evaluate(page, host));
    } catch {
      hits = [];
    }
  }
  const strong = hits.filter((h) => h.strength === 'strong');
  const weak = hits.filter((h) => h.strength === 'weak');
  const about = hits.find((h) => h.strength === 'context');
  const redFlags = hits.filter((h) => h.strength !== 'context');
  const service: ServiceId | undefined =
    strong.find((h) => h.service)?.service ??
    (hv.kind === 'lookalike' ? hv.target.service : undefined) ??
    about?.service ??
    weak.find((h) => h.service)?.service;
  const withService = service ? { service } : {};

  if (hv.kind === 'lookalike' && hv.strength === 'strong') {
    return { ...base, ...withService, level: 'danger', reasons: [...domainReason, ...reasonsOf(redFlags)], impersonates: impersonated ?? USCIS };
  }
  const claims = strong.find((h) => h.id === 'claims-official');
  if (claims) {
    return { ...base, ...withService, level: 'danger', reasons: [...domainReason, ...reasonsOf(redFlags)], impersonates: impersonated ?? USCIS };
  }
  const weakLookalike = hv.kind === 'lookalike';
  if (weakLookalike && strong.length > 0) {
    return { ...base, ...withService, level: 'danger', reasons: [...domainReason, ...reasonsOf(redFlags)], impersonates: impersonated ?? USCIS };
  }
  const distinctWeak = new Set(weak.map((h) => h.id)).size;
  if (strong.length > 0 || distinctWeak >= 2 || (weakLookalike && distinctWeak > 0)) {
    return { ...base, ...withService, level: 'caution', reasons: [...domainReason, ...reasonsOf(redFlags)] };
  }
  if (about) {
    return { ...base, ...withService, level: 'notice', reasons: [...domainReason, ...reasonsOf(weak), { id: about.id, evidence: about.evidence }] };
  }
  return { ...base, ...withService, level: 'none', reasons: domainReason };
}
