/**
 * Look-alike domains: hosts that are NOT official but are named to pass for USCIS, CBP (ESTA,
 * I-94), the State Department (DV lottery, visas), E-Verify or DHS. Data: lookalike-targets.json.
 *
 * Checked in this order; the first hit is returned (classifyHost has already removed official
 * hosts, IPs and junk, and runs the homograph skeleton through this same function):
 *   1. pseudo-gov-suffix  the registrable label itself is `gov`/`usgov`/… under a non-gov suffix
 *                         (`uscis.gov.us`, `x.gov-us.org`). Strong with a target name, else weak.
 *   2. embedding          an official host name sits inside another host at label boundaries
 *                         (`uscis.gov.example.com`, `uscis.gov-case.com`). Strong.
 *   3. brand-gov-token    a brand or agency word next to a government word (`uscis-gov.net`,
 *                         `cbp-dhs-gov-official.com`, `egov.uscis.us.org`). Strong.
 *   4. tld-swap           the official label under another suffix (`uscis.com`, `uscis.us`).
 *   5. combosquat         a brand inside the site's own label (`myuscis-help.org`,
 *                         `trackcasestatususcis.com`), an ambiguous service word
 *                         (`estausvisa.com`, `diversity-visa.com`), or a brand only in a
 *                         subdomain (`uscis.example.com`): weak — independent guides such as
 *                         uscisguide.com and dvprograminfo.com are named the same way.
 *   6. typo               one edit (insert, delete, substitute, swap) from the short brand
 *                         `uscis` (`usciss`, `uscls`, `uscsi`): weak, strong with a gov word.
 * Strength: `strong` = the domain alone justifies `danger`; `weak` = only with a second signal
 * from the page (the verdict engine combines them).
 * False-positive traps (each has a test): Spanish `esta` ("this"), `i94` the highway, `dhs`
 * (many state "Department of Human Services" sites are .gov, hence official, but companies use
 * DHS too), `cbp` alone, `e-verify` HR vendors, real words one edit from `uscis`, foreign
 * government suffixes such as gov.uk (public suffixes are stripped before looking for `gov`),
 * shared hosting (the site's own label is the first label under github.io, weebly.com …).
 */
import targetsData from '../data/lookalike-targets.json';
import type { HostInfo, ServiceId } from '../types';
import sharedHosts from '../data/shared-hosts.json';
import { sharedHostOf } from './match';
import { DASH, isRememberedSuffix, OFFICIAL, scanOf, TRIGGER, triggerMask } from './scan';
import { smallSet } from './small-set';

export type LookalikePattern =
  | 'embedding'
  | 'brand-gov-token'
  | 'combosquat'
  | 'typo'
  | 'tld-swap'
  | 'homograph'
  | 'pseudo-gov-suffix';
export type Strength = 'strong' | 'weak';
export interface Target {
  /** lookalike-targets.json id: picks the translated name (`agency_<id>_name`). */
  id: string;
  name: string;
  host: string;
  service: ServiceId;
}
export interface LookalikeHit {
  pattern: LookalikePattern;
  strength: Strength;
  target: Target;
  evidence: string;
}

interface Context {
  re: RegExp;
  alone: 'weak' | 'none';
}
interface CompiledTarget {
  id: string;
  target: Target;
  embed: readonly string[];
  brands: readonly string[];
  weakBrands: readonly string[];
  hyphenated: readonly RegExp[];
  contexts: readonly Context[];
  typos: readonly string[];
  tldSwap: ReadonlySet<string>;
  tldSwapStrength: Strength;
  /** scan.ts flag bits of the target's triggers: without one, only its typo checks can match. */
  mask: number;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const TARGETS: readonly CompiledTarget[] = targetsData.targets.map((t) => ({
  id: t.id,
  target: { id: t.id, name: t.name, host: t.host, service: t.service as ServiceId },
  embed: t.embed,
  brands: t.brands,
  weakBrands: t.weakBrands,
  // `us-cis`: the brand split by hyphens, starting at a label or word boundary.
  hyphenated: t.brands.map((b) => new RegExp('(^|[.-])' + [...b].map(escapeRe).join('-?') + '(?=$|[.-]|[a-z0-9])')),
  contexts: t.contexts.map((c) => ({ re: new RegExp(c.re), alone: c.alone as 'weak' | 'none' })),
  typos: t.typos,
  tldSwap: new Set(t.tldSwap.labels),
  tldSwapStrength: t.tldSwap.strength as Strength,
  mask: triggerMask(t.triggers),
}));

const g = targetsData.genericTarget;
export const GENERIC_TARGET: Target = { id: g.id, name: g.name, host: g.host, service: g.service as ServiceId };
const GOV_TOKENS: ReadonlySet<string> = new Set(targetsData.govTokens);
const PSEUDO_GOV: ReadonlySet<string> = new Set(targetsData.pseudoGovLabels);
const PSEUDO_GOV_SUFFIXES: ReadonlySet<string> = new Set(targetsData.pseudoGovSuffixes);
const FALSE_FRIENDS: readonly string[] = targetsData.usFalseFriends;
const NEUTRAL: readonly string[] = targetsData.neutral.map((n) => n.host);

/**
 * Speed: a host that contains none of the trigger words cannot match steps 1–5 (every brand,
 * embedded host and context pattern contains one), so it only gets the cheap typo check.
 * The test is the TRIGGER flag of scan.ts (same answer as a regex of the words).
 */
const TYPO_TARGETS: readonly CompiledTarget[] = TARGETS.filter((t) => t.typos.length > 0);
const TYPO_MAX = Math.max(0, ...TYPO_TARGETS.flatMap((t) => t.typos.map((b) => b.length + 1)));
/** `isShared(d)` equals `new Set(shared suffixes).has(d)` (see small-set.ts). */
const isShared = smallSet(sharedHosts.hosts.map((h) => h.suffix));

/** Damerau–Levenshtein distance exactly 1 (one insert, delete, substitution or adjacent swap). */
export function oneEdit(a: string, b: string): boolean {
  return oneEditAt(a, 0, a.length, b);
}

/** `s[from, to)` equals `b[bFrom, b.length)`. */
function sameTail(s: string, from: number, to: number, b: string, bFrom: number): boolean {
  if (to - from !== b.length - bFrom) return false;
  for (let i = from, j = bFrom; i < to; i++, j++) if (s.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/** oneEdit(s.slice(start, end), b), without the slice. */
function oneEditAt(s: string, start: number, end: number, b: string): boolean {
  const la = end - start;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && s.charCodeAt(start + i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (i === la) return false; // equal
    if (sameTail(s, start + i + 1, end, b, i + 1)) return true; // substitution
    return (
      s.charCodeAt(start + i) === b.charCodeAt(i + 1) &&
      s.charCodeAt(start + i + 1) === b.charCodeAt(i) &&
      sameTail(s, start + i + 2, end, b, i + 2)
    ); // swap
  }
  return la > lb ? sameTail(s, start + i + 1, end, b, i) : sameTail(s, start + i, end, b, i + 1);
}

/** The parts of a host its owner chose: the host minus its public suffix, and the own label. */
interface Parts {
  /** Host name without the public suffix, e.g. `egov.uscis` for egov.uscis.us.org. */
  site: string;
  /** The label the owner registered (or, on a shared host, the first label under it). */
  own: string;
  /** Labels left of `own`, joined by dots. */
  sub: string;
  tokens: string[];
}

function partsOf(host: HostInfo): Parts {
  const h = host.hostname;
  let suffix = host.publicSuffix ?? '';
  // Shared hosts that are not PSL entries (weebly.com, sites.google.com): the site's own label
  // is the first one under the shared suffix.
  const shared = host.domain !== null ? sharedHostOf(host.domain) ?? sharedHostOf(h) : null;
  if (shared !== null && h !== shared && shared.length > suffix.length) suffix = shared;
  const site = suffix !== '' && h.endsWith('.' + suffix) ? h.slice(0, -suffix.length - 1) : h;
  const lastDot = site.lastIndexOf('.');
  const own = lastDot < 0 ? site : site.slice(lastDot + 1);
  const sub = lastDot < 0 ? '' : site.slice(0, lastDot);
  return { site, own, sub, tokens: site.split(/[.-]/).filter((t) => t !== '') };
}

function govWord(tokens: readonly string[]): string | null {
  for (const t of tokens) {
    if (GOV_TOKENS.has(t)) return t;
    if (t.length > 3 && (t.endsWith('gov') || t.startsWith('gov') || t.startsWith('egov'))) return 'gov';
    if (t.length > 8 && (t.endsWith('official') || t.startsWith('official'))) return 'official';
  }
  return null;
}

function hit(pattern: LookalikePattern, strength: Strength, target: Target, evidence: string): LookalikeHit {
  return { pattern, strength, target, evidence };
}

/** Embedded official host at label boundaries, followed by more host (a `.` or `-`). */
function findEmbedded(hostname: string, needle: string): boolean {
  let from = 0;
  for (;;) {
    const i = hostname.indexOf(needle, from);
    if (i < 0) return false;
    const before = i === 0 ? '.' : hostname[i - 1];
    const after = hostname[i + needle.length];
    if ((before === '.' || before === '-') && (after === '.' || after === '-')) return true;
    from = i + 1;
  }
}

/**
 * True when `s` contains `brand` somewhere that is not the tail of a false friend: in
 * `mtabuscis` the `us` of `uscis` belongs to "bus"; in `trackcasestatususcis` it does not.
 */
export function containsBrand(s: string, brand: string): boolean {
  let from = 0;
  for (;;) {
    const i = s.indexOf(brand, from);
    if (i < 0) return false;
    const head = s.slice(0, i + 2);
    const friend = brand.startsWith('us') && FALSE_FRIENDS.some((w) => head.endsWith(w) && head.length > 2 && w.length > 2);
    if (!friend) return true;
    from = i + 1;
  }
}

function brandIn(t: CompiledTarget, s: string): string | null {
  for (const b of t.brands) if (containsBrand(s, b)) return b;
  for (const re of t.hyphenated) {
    const m = re.exec(s);
    if (m) return m[0].replace(/^[.-]/, '');
  }
  return null;
}

/** The first matching context; one that counts alone ('weak') wins over one that does not. */
function contextIn(t: CompiledTarget, s: string): { word: string; alone: 'weak' | 'none' } | null {
  let found: { word: string; alone: 'weak' | 'none' } | null = null;
  for (const c of t.contexts) {
    const m = c.re.exec(s);
    if (!m) continue;
    const word = m[0].replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
    if (c.alone === 'weak') return { word, alone: 'weak' };
    found ??= { word, alone: c.alone };
  }
  return found;
}

/** The words /-?(gov|govt|official)$/ strips; no two end with the same letter, so order is free. */
const GOV_SUFFIXES: readonly string[] = ['gov', 'govt', 'official'];

/** Every string one edit away from a typo brand (a few hundred), for O(1) look-up. */
const TYPO_VARIANTS: ReadonlyMap<string, string> = (() => {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789-';
  const out = new Map<string, string>();
  for (const brand of TYPO_TARGETS.flatMap((t) => t.typos)) {
    const add = (v: string): void => {
      if (v !== brand && v.length >= 4 && !out.has(v)) out.set(v, brand);
    };
    for (let i = 0; i <= brand.length; i++) {
      for (const c of alphabet) add(brand.slice(0, i) + c + brand.slice(i)); // insert
      if (i < brand.length) {
        add(brand.slice(0, i) + brand.slice(i + 1)); // delete
        for (const c of alphabet) add(brand.slice(0, i) + c + brand.slice(i + 1)); // substitute
        if (i + 1 < brand.length) add(brand.slice(0, i) + (brand[i + 1] ?? '') + (brand[i] ?? '') + brand.slice(i + 2)); // swap
      }
    }
  }
  return out;
})();

/**
 * First two characters of every typo variant, as a bitmap indexed by the char code pair: the
 * cheap pre-check, no slicing, no hashing. Pairs with a non-ASCII character skip the pre-check.
 */
const TYPO_HEADS = new Uint8Array(128 * 128);
for (const v of TYPO_VARIANTS.keys()) {
  const a = v.charCodeAt(0);
  const b = v.charCodeAt(1);
  if (a < 128 && b < 128) TYPO_HEADS[a * 128 + b] = 1;
}

/**
 * The typo steps alone, for hosts with no trigger word (so no `gov` either). Hot path: most
 * hosts leave after two integer checks.
 */
function typoOnly(host: HostInfo, flags: number): LookalikeHit | null {
  const d = host.domain;
  const suffix = host.publicSuffix;
  if (d === null || suffix === null || d.length <= suffix.length + 1) return null;
  const ownLength = d.length - suffix.length - 1;
  const target = TYPO_TARGETS[0];
  if (target === undefined) return null;
  const c0 = d.charCodeAt(0);
  const c1 = d.charCodeAt(1);
  const my = c0 === 109 && c1 === 121; // `my`
  if (ownLength >= 4 && ownLength <= TYPO_MAX && (c0 >= 128 || c1 >= 128 || TYPO_HEADS[c0 * 128 + c1] === 1)) {
    const own = d.slice(0, ownLength);
    const brand = TYPO_VARIANTS.get(own);
    if (brand !== undefined) return hit('typo', 'weak', target.target, `"${own}" is one letter away from "${brand}"`);
  }
  // When the host name has no '-' and no 'official' (its scan flags), neither has its end `d`,
  // so the two substring searches are skipped.
  const maybe = (flags & (DASH | OFFICIAL)) !== 0 || !(isRememberedSuffix(host.hostname, d) || host.hostname.endsWith(d));
  if (!my && !(maybe && (d.includes('-') || d.includes('official')))) {
    // Non-PSL shared hosts (weebly.com …): the site's own label is the one under the platform.
    if (host.subdomain === '' || !isShared(d)) return null;
  }
  // The own label is s[start, end): no slicing, no splitting (the hot part of this path).
  let s = d;
  let start = 0;
  let end = ownLength;
  if (host.subdomain !== '' && isShared(d)) {
    s = host.subdomain;
    start = s.lastIndexOf('.') + 1;
    end = s.length;
  }
  if (end - start < 4) return null;
  for (const t of TYPO_TARGETS) {
    const whole = typoAt(t, s, start, end);
    if (whole !== null) return hit('typo', 'weak', t.target, whole);
    const dash = s.indexOf('-', start);
    if (dash < 0 || dash >= end) continue;
    const typo = typoInTokens(t, s, start, end);
    if (typo !== null) return hit('typo', 'weak', t.target, typo);
  }
  return null;
}

/** The first typoIn hit among s.slice(start, end).split('-'), without splitting. */
function typoInTokens(t: CompiledTarget, s: string, start: number, end: number): string | null {
  let from = start;
  for (;;) {
    const dash = s.indexOf('-', from);
    const to = dash < 0 || dash >= end ? end : dash;
    const typo = typoAt(t, s, from, to);
    if (typo !== null) return typo;
    if (to === end) return null;
    from = to + 1;
  }
}

/** `s[start, end)` ends with `word` (and `word` fits in it). */
function endsWithAt(s: string, start: number, end: number, word: string): boolean {
  return end - start >= word.length && sameTail(s, end - word.length, end, word, 0);
}

/**
 * `label` starts with `my` or ends with `gov`, `govt` or `official`. Speed: looks at the last
 * letter before calling endsWith (typoIn runs on every hyphenated label of most hosts).
 */
function hasTypoAffixAt(s: string, start: number, end: number): boolean {
  if (s.charCodeAt(start) === 109 && s.charCodeAt(start + 1) === 121 && end - start >= 2) return true; // `my`
  const last = s.charCodeAt(end - 1);
  if (last === 118) return endsWithAt(s, start, end, 'gov'); // v
  if (last === 116) return endsWithAt(s, start, end, 'govt'); // t
  if (last === 108) return endsWithAt(s, start, end, 'official'); // l
  return false;
}

/**
 * One edit from a short brand: `usciss`, `uscls`, `uscsi`, also with `my` before or a
 * government word after (`myuscls`, `usclsgov`). Exact brand → null (not a typo).
 */
function typoIn(t: CompiledTarget, label: string): string | null {
  return typoAt(t, label, 0, label.length);
}

/** typoIn(t, s.slice(start, end)), slicing only to word a hit. */
function typoAt(t: CompiledTarget, s: string, start: number, end: number): string | null {
  const n = end - start;
  if (n < 4 || n > 15) return null;
  const affix = hasTypoAffixAt(s, start, end);
  for (const brand of t.typos) {
    if (n >= brand.length - 1 && n <= brand.length + 1 && oneEditAt(s, start, end, brand)) {
      return `"${s.slice(start, end)}" is one letter away from "${brand}"`;
    }
    if (affix) {
      // bare = label.replace(/^my/, '').replace(/-?(gov|govt|official)$/, '')
      const bareStart = s.charCodeAt(start) === 109 && s.charCodeAt(start + 1) === 121 ? start + 2 : start;
      let bareEnd = end;
      for (const w of GOV_SUFFIXES) {
        if (endsWithAt(s, bareStart, end, w)) {
          bareEnd = end - w.length;
          if (bareEnd > bareStart && s.charCodeAt(bareEnd - 1) === 45) bareEnd--;
          break;
        }
      }
      if ((bareStart !== start || bareEnd !== end) && oneEditAt(s, bareStart, bareEnd, brand)) {
        return `"${s.slice(bareStart, bareEnd)}" is one letter away from "${brand}"`;
      }
    }
  }
  return null;
}

/** Find the first look-alike pattern in a valid, non-official web host, or null. */
export function findLookalike(host: HostInfo, prefilter = true): LookalikeHit | null {
  if (!host.valid || host.isIp || host.hostname === '') return null;
  const h = host.hostname;
  // With the prefilter, a target whose trigger words the host does not spell is skipped (its
  // typo checks still run); without it, every target is checked (tests compare the two).
  let words = -1;
  if (prefilter) {
    const flags = scanOf(h);
    // A government word ("official" has its own flag) makes a typo strong: those hosts take the full path.
    if ((flags & (TRIGGER | OFFICIAL)) === 0) return typoOnly(host, flags);
    words = flags;
  }
  const p = partsOf(host);
  if (p.site === '' || p.own === '') return null;
  const gov = govWord(p.tokens);

  if (NEUTRAL.some((n) => h === n || h.endsWith('.' + n))) return null;

  // 1. pseudo-government registrable label: gov.us, usgov.org …
  //    Under a ccTLD, `gov.<cc>` is often a real foreign government that the PSL lacks (gov.hr):
  //    there only U.S.-specific words count; under .com/.us/… any agency word does.
  if (PSEUDO_GOV.has(p.own) && p.site !== h) {
    const usLike = PSEUDO_GOV_SUFFIXES.has(host.publicSuffix ?? '');
    for (const t of TARGETS) {
      if ((words & t.mask) === 0) continue;
      const b = brandIn(t, p.sub) ?? t.weakBrands.find((w) => containsBrand(p.sub, w)) ?? null;
      const c = contextIn(t, p.sub);
      if (b !== null || (c !== null && (usLike || c.alone === 'weak'))) {
        return hit('pseudo-gov-suffix', 'strong', t.target, `"${p.own}.${host.publicSuffix ?? ''}" is not a government suffix; "${b ?? c?.word ?? ''}" names ${t.target.name}`);
      }
    }
    if (usLike) {
      return hit('pseudo-gov-suffix', 'weak', GENERIC_TARGET, `"${host.domain ?? p.own}" poses as a government suffix but is an ordinary registration`);
    }
  }

  // 2. embedded official host name
  for (const t of TARGETS) {
    if ((words & t.mask) === 0) continue;
    for (const e of t.embed) {
      if (findEmbedded(h, e)) return hit('embedding', 'strong', t.target, `"${e}" appears inside "${h}", which belongs to "${host.domain ?? h}"`);
    }
  }

  // 3–5. brands and agency words
  for (const t of TARGETS) {
    const typo = typoIn(t, p.own);
    if (typo !== null) return hit('typo', gov !== null ? 'strong' : 'weak', t.target, typo);
    if ((words & t.mask) === 0) continue;
    const inOwn = brandIn(t, p.own);
    const inSub = inOwn === null ? brandIn(t, p.sub) : null;
    const b = inOwn ?? inSub;
    if (b !== null && gov !== null) {
      return hit('brand-gov-token', 'strong', t.target, `"${b}" with the government word "${gov}" in "${h}"`);
    }
    if (t.tldSwap.has(p.own)) {
      return hit('tld-swap', t.tldSwapStrength, t.target, `"${p.own}" registered under ".${host.publicSuffix ?? ''}" instead of ${t.target.host}`);
    }
    // Weak, not strong: real independent guides are named this way (uscisguide.com,
    // uscisformcheck.com, dvprograminfo.com in tests/corpus) and are indistinguishable by name
    // from uscis-caseupdate.info; the page must supply the second signal.
    if (inOwn !== null) return hit('combosquat', 'weak', t.target, `"${inOwn}" inside the site name "${p.own}"`);
    if (inSub !== null) return hit('combosquat', 'weak', t.target, `"${inSub}" in the subdomain of "${host.domain ?? h}"`);
    const wb = t.weakBrands.find((b) => containsBrand(p.site, b));
    if (wb !== undefined) {
      if (gov !== null) return hit('brand-gov-token', 'strong', t.target, `"${wb}" with the government word "${gov}" in "${h}"`);
      return hit('combosquat', 'weak', t.target, `"${wb}" in "${h}"`);
    }
    const c = contextIn(t, p.site);
    if (c !== null) {
      if (gov !== null) return hit('brand-gov-token', 'strong', t.target, `"${c.word}" with the government word "${gov}" in "${h}"`);
      if (c.alone === 'weak') return hit('combosquat', 'weak', t.target, `"${c.word}" in "${h}"`);
    }
  }

  // 6. one-edit typos inside a longer own label (`uscls-case.com`)
  for (const t of TARGETS) {
    const typo = typoInTokens(t, p.own, 0, p.own.length);
    if (typo !== null) return hit('typo', gov !== null ? 'strong' : 'weak', t.target, typo);
  }
  return null;
}
