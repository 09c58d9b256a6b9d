/**
 * The look-alike targets of lib/data/lookalike-targets.json, compiled once, and the shapes of a
 * look-alike hit. Shared by lookalike.ts (the steps), typo.ts (one-edit typos) and words.ts.
 *
 * The fields of lookalike-targets.json. targets: checked in order; the first matching one is
 * reported. embed: official host names that must not appear inside another host. brands:
 * distinctive strings (found anywhere in the site's own label: strong). weakBrands: the same for
 * strings that legitimate businesses also use (weak alone). usFalseFriends: words ending in 'us'
 * whose last two letters are not the start of a brand (`mtabuscis` is bus+cis, `lotusvisa` is
 * lotus+visa). contexts: ambiguous words, as regular expressions over the host without its public
 * suffix; 'alone' is the strength without a government word ('none' = not reported alone). typos:
 * short brands whose one-edit variants are reported (weak: they collide with real words). tldSwap:
 * labels that, registered under a non-government suffix, copy the official name. pseudoGovSuffixes:
 * where a bare `gov.<suffix>` registration is reported even without a target word (elsewhere
 * gov.<cc> is often a foreign government the Public Suffix List lacks, e.g. gov.hr). neutral:
 * popular contractor hosts of unverified status: neither official nor look-alikes. triggers (per
 * target), speed only: a host that spells none of a target's triggers (hyphens between letters
 * allowed) skips its checks except typos; one that spells no trigger at all gets only the typo
 * checks. triggerWords: other words that need the full checks (every pseudoGovLabel and government
 * token spells one of them or 'official', so a typo host with a government word is strong on both
 * paths). Every brand, weak brand, embedded host, tldSwap label and context of a target must spell
 * one of its triggers (tests/meta/domain-data.test.ts checks them and the patterns' alternatives; a
 * unit test compares with the unfiltered path). programSuffixes: lookalike.ts step 6b (a program's
 * name beside any word, under the country code of a Visa Waiver country whose language has no
 * Spanish or Portuguese `esta`, or under a cheap generic suffix).
 */
import targetsData from '../data/lookalike-targets.json';
import type { ServiceId } from '../types';
import { triggerMask } from './scan';

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
export interface CompiledTarget {
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

export const TARGETS: readonly CompiledTarget[] = targetsData.targets.map((t) => ({
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
export const GOV_TOKENS: ReadonlySet<string> = new Set(targetsData.govTokens);
export const PSEUDO_GOV: ReadonlySet<string> = new Set(targetsData.pseudoGovLabels);
export const PSEUDO_GOV_SUFFIXES: ReadonlySet<string> = new Set(targetsData.pseudoGovSuffixes);

export function hit(pattern: LookalikePattern, strength: Strength, target: Target, evidence: string): LookalikeHit {
  return { pattern, strength, target, evidence };
}

