/**
 * decide(url, page?): the one verdict for a page, with its reasons.
 *
 * Precedence (first rule that applies wins):
 *  1. non-web URL (about:, file:, chrome: …) ........................ none
 *     (an http(s) URL whose host cannot be read still gets the page rules below)
 *  2. official host (uscis.gov, named federal, sourced allowlist, any .gov/.mil) ... official
 *     Signals are NOT evaluated on official hosts: uscis.gov rightly asks for A-Numbers.
 *  3. strong look-alike domain (uscis-gov.net, myuscisgov.com) ...... danger
 *  4. page claims to be USCIS / an official government site (claims-official) ... danger
 *  5. weak look-alike domain (a typo of the short brand) + any strong signal ... danger
 *     (not one that rests on the site's name alone: that name is the look-alike's evidence too)
 *  6. any strong signal (selling a free service, gift-card payment, notario offer…) ... caution
 *     or two different weak signals, or a weak look-alike host with one weak signal
 *     (a weak look-alike alone stays `notice` on an immigration page: "uscisguide.com" guides)
 *  7. page about USCIS services, or a weak look-alike address alone ... notice
 *     ("This site is not USCIS. The real site is uscis.gov.": a look-alike is always visible)
 *  8. otherwise ...................................................... none
 * Another country's government (immigration.gov.vu) is never a look-alike: its page is judged
 * like any host's, but never `danger`, with a neutral "foreign-government" reason.
 * Which service's free official route the verdict shows is decided apart, never changing the level: routeService below.
 * Called with no page at navigation time (rules 1–3 only) and again with a snapshot.
 * Page signals run only when isAboutImmigrationAt(text, host) holds (the content script's pre-filter:
 * the text, or a host named after a government step, lib/text/site-names.ts),
 * so the extension and this function agree. IP and local hosts (tests, intranets) get no domain
 * verdict but their pages are still read.
 *
 * False-positive traps (see each signal's header): quoted scam warnings, a lawyer's own fees and
 * intake forms, news quoting prices, guides quoting the .gov banner. Weak signals (a disclaimer,
 * an A-Number field, Zelle) never raise the level alone.
 */
import { classifyHost, isDangerAddress, parseHost, type HostVerdict } from '../domain';
import { hostOfUrl, isWebUrl, proxiedPageUrl } from '../domain/url';
import { factText } from '../facts';
import { SIGNALS, type SignalId } from '../signals';
import type { SignalHit } from '../signals/types';
import { preparePage } from '../text/prepare';
import { isAboutImmigrationAt } from '../text/relevance';
import type { HostInfo, PageSnapshot, Reason, ServiceId, Verdict } from '../types';
import { SERVICE_WORDING } from './reasons';

const USCIS = { id: 'uscis', name: 'USCIS', host: 'uscis.gov' } as const;

/** The official site's host from a facts.json URL ("https://www.ssa.gov/" → "ssa.gov"). */
const siteOf = (id: 'url.ssa' | 'url.irs'): string => hostOfUrl(factText(id)).replace(/^www\./, '');
/**
 * The agency a copy of its own pages imitates, when claims-official found it made only of ssa.gov's or irs.gov's pieces (its
 * hit's service): the warning names that agency and its own site (facts.json url.ssa, url.irs), not USCIS.
 */
const COPIED_AGENCIES: Partial<Record<ServiceId, NonNullable<Verdict['impersonates']>>> = {
  ssa: { id: 'ssa', name: 'Social Security Administration', host: siteOf('url.ssa') },
  irs: { id: 'irs', name: 'Internal Revenue Service', host: siteOf('url.irs') },
};

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

/**
 * Runs every signal on the page; a throwing signal counts as no hit (and never breaks the verdict). `sells` is the service
 * middleman-service found the page's business doing, kept when a priced signal's reason stands in for its own (routeService).
 */
function evaluate(page: PageSnapshot, host: HostInfo): { relevant: boolean; hits: Hit[]; sells?: ServiceId } {
  const prepared = preparePage(page, host);
  if (!isAboutImmigrationAt(prepared.raw, host.hostname)) return { relevant: false, hits: [] };
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
  const sells = hits.find((h) => h.id === SELLER_SIGNAL)?.service;
  return { relevant: true, hits: withoutSubsumed(hits), ...(sells ? { sells } : {}) };
}

/** The signal that names the service a page sells: it found the business doing that step (lib/signals/middleman-service.ts). */
const SELLER_SIGNAL: SignalId = 'middleman-service';

/**
 * The service whose free official route the verdict shows (Verdict.service), first that applies:
 *  1. the service the page sells (`sells`: middleman-service found the business doing that step), even when a priced
 *     signal's reason stands in for its own (SUBSUMED_BY). Another signal's service rests on one matched phrase, often a
 *     generic one: a passport courier's "send us your application package" reads as a forms package to
 *     free-service-for-sale, and "get the form free at uscis.gov/forms" sends a passport buyer the wrong way (tune batch
 *     real-2026-12ba, passport25);
 *  2. a strong signal's service, in registry order (a priced ESTA, the access code sold);
 *  3. the agency a look-alike address imitates;
 *  4. the service an information page is about (about-uscis-services), then a weak signal's.
 * None: the USCIS route (lib/guide/routes.ts). Only the route and the reason's wording follow from this; never the level.
 */
function routeService(sells: ServiceId | undefined, { strong, weak, about }: SplitHits, hv: HostVerdict): ServiceId | undefined {
  return (
    sells ??
    strong.find((h) => h.service)?.service ??
    (hv.kind === 'lookalike' ? hv.target.service : undefined) ??
    about?.service ??
    weak.find((h) => h.service)?.service
  );
}

/**
 * A signal that says less than another one that fired on the same page: middleman-service (a
 * business doing a free step, seen from its cues) adds nothing when the page's price for that
 * step was already quoted.
 */
const SUBSUMED_BY: Partial<Readonly<Record<SignalId, readonly SignalId[]>>> = {
  'middleman-service': ['access-code-for-sale', 'free-service-for-sale'],
};

function withoutSubsumed(hits: readonly Hit[]): Hit[] {
  const ids = new Set(hits.map((h) => h.id));
  return hits.filter((h) => !(SUBSUMED_BY[h.id] ?? []).some((id) => ids.has(id)));
}

/** The signal hits for a page (empty when the page is not about immigration). */
export function runSignals(url: string, page: PageSnapshot): Hit[] {
  return evaluate(page, parseHost(typeof url === 'string' ? url : '')).hits;
}

/** Signal hits as reasons: a hit quotes the page unless it names form fields instead (see lib/verdict/evidence.ts). */
function reasonsOf(hits: readonly Hit[]): Reason[] {
  return hits.map((h) => {
    // a hit telling another thing than its signal has its own reason (lib/types.ts HIT_REASON_IDS: an advertorial)
    const id = h.reason ?? h.id;
    return {
      ...(h.fields?.length ? { id, evidence: h.evidence, fields: [...h.fields] } : { id, evidence: h.evidence, quote: h.evidence }),
      // the service picks the reason's own words where it has them (lib/verdict/reasons.ts: an ITIN seller)
      ...(h.service && SERVICE_WORDING.get(id)?.includes(h.service) ? { service: h.service } : {}),
    };
  });
}

export function decide(url: string, page?: PageSnapshot): Verdict {
  // A page shown by a translator or cache of a search engine is judged at its own address (lib/domain/url.ts).
  const original = typeof url === 'string' ? proxiedPageUrl(url) : undefined;
  if (original !== undefined) return judge(original, page && typeof page === 'object' ? { ...page, url: original } : page);
  return judge(url, page);
}

function judge(url: string, page?: PageSnapshot): Verdict {
  const { host, verdict: hv } = classify(url);
  // Not a web page: nothing to judge. A web page whose host could not be read still gets the
  // page verdict below (a look-alike must not escape by making its address unreadable).
  const httpPage = isWebUrl(typeof url === 'string' ? url.trim() : url);
  if (!host.isWeb || (hv.kind === 'not-applicable' && hv.why === 'not-web') || (!host.valid && !httpPage)) {
    return { level: 'none', reasons: [], host: '' };
  }
  const base = { host: host.hostname };

  if (hv.kind === 'official') {
    const id = hv.entity === 'government' ? 'government-host' : 'official-host';
    return { ...base, level: 'official', reasons: [{ id, evidence: `${hv.matched} (${hv.name})` }], official: hv.entity };
  }

  const domainReason: Reason[] =
    hv.kind === 'lookalike'
      ? [{ id: 'lookalike-domain', evidence: hv.evidence }]
      : hv.kind === 'foreign-government'
        ? [{ id: 'foreign-government', evidence: hv.matched }]
        : [];
  const impersonated = hv.kind === 'lookalike' ? { id: hv.target.id, name: hv.target.name, host: hv.target.host } : undefined;
  const looks = impersonated ? { impersonates: impersonated } : {};

  let hits: Hit[] = [];
  let sells: ServiceId | undefined;
  if (page && typeof page === 'object') {
    try {
      ({ hits, sells } = evaluate(page, host));
    } catch {
      hits = [];
    }
  }
  const split = splitHits(hits);
  const service = routeService(sells, split, hv);
  const withService = service ? { service } : {};

  if (hv.kind === 'foreign-government') {
    // Never danger: the strongest page verdict for another country's government is caution.
    const { impersonates: _never, ...v } = judgePage(base, split, hv, withService, domainReason, undefined);
    return v.level === 'danger' ? { ...v, level: 'caution' } : v;
  }
  return { ...judgePage(base, split, hv, withService, domainReason, impersonated), ...looks };
}

interface SplitHits {
  strong: Hit[];
  weak: Hit[];
  about: Hit | undefined;
  redFlags: Hit[];
}

function splitHits(hits: readonly Hit[]): SplitHits {
  return {
    strong: hits.filter((h) => h.strength === 'strong'),
    weak: hits.filter((h) => h.strength === 'weak'),
    about: hits.find((h) => h.strength === 'context'),
    redFlags: hits.filter((h) => h.strength !== 'context'),
  };
}

/** Rules 3–8 (see the top of this file). */
function judgePage(
  base: { host: string },
  { strong, weak, about, redFlags }: SplitHits,
  hv: HostVerdict,
  withService: { service?: ServiceId },
  domainReason: Reason[],
  impersonated: Verdict['impersonates'],
): Verdict {
  if (isDangerAddress(hv)) {
    return { ...base, ...withService, level: 'danger', reasons: [...domainReason, ...reasonsOf(redFlags)], impersonates: impersonated ?? USCIS };
  }
  const claims = strong.find((h) => h.id === 'claims-official');
  if (claims) {
    const copied = claims.service !== undefined ? COPIED_AGENCIES[claims.service] : undefined;
    return { ...base, ...withService, level: 'danger', reasons: [...domainReason, ...reasonsOf(redFlags)], impersonates: impersonated ?? copied ?? USCIS };
  }
  const weakLookalike = hv.kind === 'lookalike';
  if (weakLookalike && strong.some((h) => h.byName !== true)) {
    return { ...base, ...withService, level: 'danger', reasons: [...domainReason, ...reasonsOf(redFlags)], impersonates: impersonated ?? USCIS };
  }
  const distinctWeak = new Set(weak.map((h) => h.id)).size;
  if (strong.length > 0 || distinctWeak >= 2 || (weakLookalike && distinctWeak > 0)) {
    return { ...base, ...withService, level: 'caution', reasons: [...domainReason, ...reasonsOf(redFlags)] };
  }
  if (about) {
    return { ...base, ...withService, level: 'notice', reasons: [...domainReason, ...reasonsOf(weak.filter((h) => h.onlyWithOthers !== true)), ...reasonsOf([about])] };
  }
  return { ...base, ...withService, level: weakLookalike ? 'notice' : 'none', reasons: domainReason };
}
