/**
 * One-edit typos of the short brands (lookalike-targets.json `typos`: `usciss`, `uscls`,
 * `uscsi`, `myuscls`, `usclsgov`), and the fast path for hosts that spell no trigger word
 * (typoOnly: most hosts leave it after two integer checks). Moved out of lookalike.ts (issue 16).
 */
import type { HostInfo } from '../types';
import sharedHosts from '../data/shared-hosts.json';
import targetsData from '../data/lookalike-targets.json';
import { DASH, isRememberedSuffix, OFFICIAL } from './scan';
import { smallSet } from './small-set';
import { oneEditAt, sameTail } from './spelling';

export { oneEdit, oneEditAt } from './spelling';
import { hit, TARGETS, type CompiledTarget, type LookalikeHit } from './targets';

/**
 * Speed: a host that contains none of the trigger words cannot match steps 1–5 (every brand,
 * embedded host and context pattern contains one), so it only gets the cheap typo check.
 * The test is the TRIGGER flag of scan.ts (same answer as a regex of the words).
 */
const TYPO_TARGETS: readonly CompiledTarget[] = TARGETS.filter((t) => t.typos.length > 0);
const TYPO_MAX = Math.max(0, ...TYPO_TARGETS.flatMap((t) => t.typos.map((b) => b.length + 1)));
/** `isShared(d)` equals `new Set(shared suffixes).has(d)` (see small-set.ts). */
const isShared = smallSet(sharedHosts.hosts.map((h) => h.suffix));

/**
 * `cbpa`, `adhs`, `cbp1`: a three-letter agency name of the words dictionary (cbp, dhs) with one
 * letter or digit added → its target. None of these 4-letter names is among the Tranco 10k and Umbrella 100k
 * registrable names (measured 2026-12-06, docs/lookalikes.md).
 */
const ADDED_LETTER: ReadonlyMap<string, { name: string; target: CompiledTarget }> = (() => {
  const out = new Map<string, { name: string; target: CompiledTarget }>();
  for (const [name, id] of Object.entries(targetsData.words.agency).filter(([w]) => /^[a-z]{3}$/.test(w))) {
    const target = TARGETS.find((t) => t.id === id);
    if (target === undefined) continue;
    for (let i = 0; i <= name.length; i++) for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789') out.set(name.slice(0, i) + c + name.slice(i), { name, target });
  }
  return out;
})();

/**
 * The site's own label is a short agency name with one letter added (`cbpa.com`, `dhsa.com`):
 * weak, so the address shows a notice. Only insertions: the names' other one-edit spellings are
 * real companies (`cbs`, `dns`), and so are the names themselves (dhs.com, cbp.com).
 */
export function letterAdded(own: string): LookalikeHit | null {
  const found = own.length === 4 ? ADDED_LETTER.get(own) : undefined;
  return found === undefined ? null : hit('typo', 'weak', found.target.target, `"${own}" is "${found.name}" with one character added`);
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
export function typoOnly(host: HostInfo, flags: number): LookalikeHit | null {
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
export function typoInTokens(t: CompiledTarget, s: string, start: number, end: number): string | null {
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
export function typoIn(t: CompiledTarget, label: string): string | null {
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
