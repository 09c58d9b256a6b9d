/**
 * Look-alike domains: hosts that are NOT official but are named to pass for USCIS, CBP (ESTA,
 * I-94), the State Department (DV lottery, visas), E-Verify, DHS, the IRS (ITIN, EIN) or the gold
 * card (trumpcard.gov). Data: lookalike-targets.json.
 *
 * Checked in this order (classifyHost has already removed official hosts, foreign governments,
 * IPs and junk, and runs the homograph skeleton through this same function):
 *   1. embedding          an official host name inside another host at label boundaries
 *                         (`uscis.gov.example.com`, `uscis.gov-case.com`, `travel.state.gov.com`).
 *   2. pseudo-gov-suffix  the registrable label itself is `gov`/`usgov`/… under a non-gov suffix
 *                         (`uscis.gov.us`, `x.gov-us.org`). Strong with a target name, else weak.
 *   3. words              the labels split into dictionary words (words.ts): agency name +
 *                         government/portal/U.S./agency word, a typo or digit spelling of an
 *                         agency name, service word + government word, an official host's labels
 *                         with one typo, an agency name spelt across labels (`us.cis.com`) → strong;
 *                         an agency name among other words → weak.
 *   4. brand-gov-token    a brand or context word next to a government word. Strong.
 *   5. tld-swap           the official label under another suffix (`uscis.com`, `uscis.us`).
 *   6. combosquat         a brand or ambiguous service word (`estausvisa.com`, `usavisa.com`),
 *                         or a brand only in a subdomain: weak — independent guides such as
 *                         uscisguide.com and dvprograminfo.com are named the same way.
 *   6b. program suffix    a U.S. program's name as a hyphen-word of the own label where only that
 *                         program's travellers read it: under .us alone (`esta.us`), or alone or
 *                         beside any other word under the country code of a Visa Waiver country whose
 *                         language has no word `esta`, or under a cheap generic suffix (`estas.de`,
 *                         `esta-ninja.de`, `mijn-esta.nl`, `esta-go.online`): weak (PROGRAM_WORDS,
 *                         programSuffixes). Spanish/Portuguese `esta(s)` keeps .es/.pt/.br/.com out.
 *   7. typo               one edit from the short brand `uscis` (typo.ts); a letter or digit added
 *                         to `cbp`/`dhs` (`cbpa.com`): weak. A host with no trigger word reaches the
 *                         words step only through cheap pre-checks (a typo joined to words, a name
 *                         across labels).
 * A weak hit of steps 4–7 gives way to a strong one of step 3.
 * Strength: `strong` = the domain alone justifies `danger`; `weak` = only with a second signal
 * from the page (the verdict engine combines them).
 * False-positive traps (each has a test): Spanish `esta` ("this"), `i94` the highway, `dhs`
 * (many state "Department of Human Services" sites are .gov, hence official, but companies use
 * DHS too), `cbp` alone, `e-verify` HR vendors, real words one edit from `uscis`, foreign
 * government suffixes such as gov.uk (public suffixes are stripped before looking for `gov`),
 * shared hosting (the site's own label is the first label under github.io, weebly.com …), a
 * university's own subdomain (`us-student-visa.harvard.edu`: a weak name under .edu is none).
 *
 * Families registrants use for a U.S. program, and the level each earns from the address alone
 * (tests/unit/domain/program-families.test.ts; weak = notice, a red flag on the page is still needed):
 *   program name (ESTA, EVUS, DV lottery, a U.S. visa, the U.S. embassy) + a visa, application, help,
 *     "my", U.S. or traveller's-country word of the traveller's language (esta-visum, mijn-esta,
 *     loteria-de-visas, visum-usa, estajapan, usembassy-visa)                              weak
 *   ESTA as a hyphen-word beside any word under a Visa Waiver country code (step 6b)        weak
 *   a program or agency name + an "official"/government word in any language
 *     (esta-official, oficjalna-esta, evusgov, us-embassy-gov)                            strong
 *   an official host inside another host (evus.gov.example.com), typos and homographs   strong
 *   the IRS acronym as a word of its own beside an EIN, ITIN, tax-ID, refund, payment, account,
 *     filing, services or U.S. word (irs-ein-tax-id, my-irs), or under another suffix (irs.info);
 *     tax firms' and guides' joined names (irstax-forms, myirstaxrelief) stay quiet     weak
 *   the same with a government word (irsgov-refund)                                     strong
 *   ESTA after an application noun of a Romance language (formulario-esta, tramite-esta,
 *     autorisation-esta, inscription-esta, fiche-esta): Spanish/Portuguese `esta` ("this") comes
 *     before its noun, never after                                                        weak
 *   a U.S. visa class joined to the U.S. word as well as hyphenated (usbusinessvisa, ustouristvisa,
 *     usb1b2visa, like us-business-visa); a place or several countries before it stays quiet   weak
 *   a fake dot: the registered label starts with com- (usps.com-tracking-cbp.cc reads as usps.com,
 *     irs.com-refund.cc as irs.com): any agency or program word, even `cbp`              strong
 *   a U.S. e-visa (usa-evisa, us.evisa-online): the United States issues no e-visa; other
 *     countries' e-visa names (india-evisa) stay quiet                                   weak
 *   the DV lottery in Portuguese or Russian/Uzbek transliteration (lotaria-green-card,
 *     grin-karta-lotereya, loteria-dv)                                                   weak
 *   the U.S. gold card (trumpcard.gov) by its words beside the visa word: the card's name
 *     (goldcardvisa, gold-cardvisa), Trump's name (trumpvisa, trumpgoldenvisa, trumpinvestorvisa),
 *     or a U.S. word before a gold or golden visa (usagoldenvisa, americangoldvisa)       weak
 *   the same with a government word (goldcardvisa-gov), or trumpcard.gov inside a host      strong
 *   Quiet: other countries' golden visas have no U.S. word (ptgoldenvisa, greece-golden-visa,
 *   cyprusgoldenvisa: Portugal's, Greece's and Cyprus's programs, sold by lawyers and consultancies);
 *   the bank card puts the visa word first (visagoldcard); gold dealers, banks and casinos
 *   (goldmansachs, goldennugget, westernuniongold), "trump card" companies and the card game
 *   (trumpcard.com), and pages about Trump's visa policy (trumpvisaban) never name the card beside
 *   the visa word; the program's own trumpcard.gov and trumpgoldcard.gov are .gov, so official.
 *   Weak, like every program name: the gold-card names of tune-2026-12at are nearly all parked or
 *   pending registrations of one list, and an immigration lawyer may still pick such a name.
 * Weak, not strong, because guides, lawyers and travel agents pick the same words; the claim to be
 * official is the line no honest site crosses. A program name with an application or service word
 * is not proof: sellers estaantrag.com, esta-visaform.us, estavisa.pl, usagreencardlottery.org,
 * estaregistrierung.org and usa-travel-authorization.com (tests/corpus/addresses) are named like the
 * guides dvprograminfo.com and usa-info.net and the firm immigrationlawyersusa.com, so all of them are
 * notice until the page speaks. Left at none on purpose: an agency's name with `visa` (majorvisas.com,
 * visa4travel.be, any-visa.com sell the ESTA, but so do the names of multi-country visa agencies and
 * honest travel agents), a name with no program word (immigrationdirect.com, usagcservices.com,
 * jezabel-bg.com, 5mvisa.com: the card's price), a place or several countries beside `visa`
 * (washingtontravelvisa.com, americacanadaukvisitvisa.com, named like travel agents), `dv` beside
 * `visa` (visa-dv.com: two letters), and the bare `esta` under .es/.com/.org (esta.es poses as the portal, esta.org is a
 * U.S. trade association): only the page tells them apart. Spanish and Portuguese `esta` ("this") keeps
 * ESTA off .com/.es/.pt/.br unless another word names the program.
 */
import targetsData from '../data/lookalike-targets.json';
import type { HostInfo } from '../types';
import { sharedHostOf } from './match';
import { OFFICIAL, scanHost, scanOf, TRIGGER } from './scan';
import { readDigits } from './spelling';
import { GENERIC_TARGET, GOV_TOKENS, hit, PSEUDO_GOV, PSEUDO_GOV_SUFFIXES, TARGETS, type CompiledTarget, type LookalikeHit } from './targets';
import { letterAdded, typoIn, typoInTokens, typoOnly } from './typo';
import { judgeWords, spansLabels, typoHead, typoJoined } from './words';

export { oneEdit } from './typo';
export { GENERIC_TARGET } from './targets';
export type { LookalikeHit, LookalikePattern, Strength, Target } from './targets';

const FALSE_FRIENDS: readonly string[] = targetsData.usFalseFriends;
const DIGIT_FOR_LETTER = /[013457]/;
const NEUTRAL: readonly string[] = targetsData.neutral.map((n) => n.host);

/**
 * Hosts believed to run an agency's service for it, though no government source names them
 * (lookalike-targets.json `neutral`: the visa-appointment contractors): neither official nor a
 * look-alike. Their pages carry the service's own chrome, so claims-official reads no copy there.
 */
export function isNeutralHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return NEUTRAL.some((n) => h === n || h.endsWith('.' + n));
}
/** Program names that mean only the U.S. program → target id: a hyphen-word of a site's own label (step 6b). */
const PROGRAM_WORDS: ReadonlyMap<string, string> = new Map([
  ['esta', 'esta'],
  ['estas', 'esta'],
]);
/** Last labels of suffixes where such a word, alone or beside another one, is read as the program (step 6b). */
const PROGRAM_SUFFIXES: ReadonlySet<string> = new Set(targetsData.programSuffixes.withWord.split(" "));

/**
 * A public suffix under which a U.S. program's bare name is a seller's site name (step 6b): .us, a Visa
 * Waiver country's code or a cheap generic suffix (esta.ch, estas.de, esta.online; not esta.com or esta.org).
 */
export function underProgramSuffix(publicSuffix: string): boolean {
  return publicSuffix === 'us' || PROGRAM_SUFFIXES.has(publicSuffix.slice(publicSuffix.lastIndexOf('.') + 1));
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

/**
 * A fake dot: the registered label starts with `com-`, so the label before it reads as a whole domain
 * (`usps.com-tracking-cbp.cc` reads as usps.com, `irs.com-refund.cc` as irs.com). No honest site is
 * named to be misread this way: an agency or program word in such a host counts as if beside a
 * government word (strong), even `cbp`, which is nothing alone. Only `com-` (`net-` and `org-` start
 * honest names: org-chart-…), and only a label registered under a top-level suffix: a CDN names its
 * alias of a site this way under its own suffix (`microsoft.com-c-3.edgekey.net`, a private PSL entry).
 */
const FAKE_DOT = /^com-./;

function govWord(tokens: readonly string[]): string | null {
  for (const t of tokens) {
    if (GOV_TOKENS.has(t)) return t;
    if (t.length > 3 && (t.endsWith('gov') || t.startsWith('gov') || t.startsWith('egov'))) return 'gov';
    if (t.length > 8 && (t.endsWith('official') || t.startsWith('official'))) return 'official';
  }
  return null;
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

/** The stronger of two hits (the first when equal); null only when both are. */
function stronger(a: LookalikeHit | null, b: LookalikeHit | null): LookalikeHit | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.strength === 'strong' && a.strength !== 'strong' ? b : a;
}

/**
 * The suffix of U.S. universities: EDUCAUSE gives a .edu name only to accredited U.S. post-secondary
 * institutions, so no registrant chose the words of `us-student-visa.harvard.edu`: it is the
 * university's own office page. A weak name there is no look-alike; a strong one (an official host
 * inside it, a government word) still is. `us-student-visa-edu.com` is an ordinary registration.
 */
const UNIVERSITY_SUFFIX = 'edu';

/** Find the look-alike pattern of a valid, non-official web host, or null (steps: top of file). */
export function findLookalike(host: HostInfo, prefilter = true): LookalikeHit | null {
  const la = lookalikeOf(host, prefilter);
  return la?.strength === 'weak' && host.publicSuffix === UNIVERSITY_SUFFIX ? null : la;
}

function lookalikeOf(host: HostInfo, prefilter: boolean): LookalikeHit | null {
  if (!host.valid || host.isIp || host.hostname === '') return null;
  const h = host.hostname;
  // With the prefilter, a target whose trigger words the host does not spell is skipped;
  // without it, every target is checked (tests compare the two).
  // A host that spells no trigger word gets only the typo checks (typo.ts), on both paths: a
  // government word ("official" has its own flag) sends a typo host the full way.
  const flags = scanOf(h);
  if ((flags & (TRIGGER | OFFICIAL)) === 0) {
    const typo = typoOnly(host, flags);
    if (typo !== null) return stronger(judgeWords(partsOf(host).site), typo);
    // A typo joined to words (`usclshelp.com`), or a name spelt across labels (`us.cis.com`):
    // two char-code checks and one regex test before any string is made.
    const d = host.domain;
    const joined = d !== null && typoHead(d) && typoJoined(d.slice(0, d.indexOf('.')));
    if (joined || (host.subdomain !== '' && spansLabels(h))) return judgeWords(partsOf(host).site);
    return digitsForLetters(host, prefilter);
  }
  const words = prefilter ? flags : -1;
  const p = partsOf(host);
  if (p.site === '' || p.own === '') return null;
  if (isNeutralHost(h)) return null;
  const early = embedded(host, words) ?? pseudoGov(host, p, words);
  if (early !== null) return early;
  const byWords = judgeWords(p.site);
  if (byWords?.strength === 'strong') return byWords;
  return stronger(brandSteps(host, p, words), byWords) ?? letterAdded(p.own);
}

/**
 * 3b. Digits written for the letters of a trigger word (`trave1-state.com`, `e5ta-usa.com`,
 * `dvpr0gram.com`): a host that spells no trigger word as written has its own label read with
 * letters for 0 1 3 4 5 7 and is judged again. The verdict keeps the strength the letters give, or
 * strong when a digit stands inside an agency name (a typo, as words.ts reads `usc1s`): weak for
 * `e5ta-usa`, strong for `trave1-state` and `dvpr0gram`. Only own labels with such a digit (15% of
 * the Umbrella 100k hosts that spell no trigger word) pay for the second read.
 */
function digitsForLetters(host: HostInfo, prefilter: boolean): LookalikeHit | null {
  const d = host.domain;
  const suffix = host.publicSuffix;
  if (d === null || suffix === null || d.length <= suffix.length + 1) return null;
  const own = d.slice(0, d.length - suffix.length - 1);
  if (!DIGIT_FOR_LETTER.test(own)) return null;
  // `1` stands for `i` (usc1s) or `l` (trave1): both readings are tried.
  for (const readOwn of own.includes('1') ? [readDigits(own), readDigits(own.replace(/1/g, 'l'))] : [readDigits(own)]) {
    const domain = `${readOwn}.${suffix}`;
    const hostname = host.subdomain === '' ? domain : `${host.subdomain}.${domain}`;
    if ((scanHost(hostname) & TRIGGER) === 0) continue;
    const v = findLookalike({ ...host, hostname, domain }, prefilter);
    // The words of the host as written read digits too, and call a digit in an agency name a typo (`dvpr0gram`: strong).
    if (v !== null) return stronger(judgeWords(partsOf(host).site), hit('typo', v.strength, v.target, `"${host.hostname}" reads as "${hostname}" with digits for letters (${v.evidence})`));
  }
  return null;
}

/**
 * 1. An official host name inside another host (`uscis.gov.example.com`, `travel.state.gov.com`:
 *    before the fake-suffix step, which would call the latter a bare `gov.com` registration).
 */
function embedded(host: HostInfo, words: number): LookalikeHit | null {
  const h = host.hostname;
  for (const t of TARGETS) {
    if ((words & t.mask) === 0) continue;
    for (const e of t.embed) {
      if (findEmbedded(h, e)) return hit('embedding', 'strong', t.target, `"${e}" appears inside "${h}", which belongs to "${host.domain ?? h}"`);
    }
  }
  return null;
}

/**
 * 2. Pseudo-government registrable label: gov.us, usgov.org … Under a ccTLD, `gov.<cc>` is a
 *    foreign government (foreign.ts, checked before this); under .com/.us/… any agency word counts.
 */
function pseudoGov(host: HostInfo, p: Parts, words: number): LookalikeHit | null {
  if (!PSEUDO_GOV.has(p.own) || p.site === host.hostname) return null;
  const usLike = PSEUDO_GOV_SUFFIXES.has(host.publicSuffix ?? '');
  for (const t of TARGETS) {
    if ((words & t.mask) === 0) continue;
    const b = brandIn(t, p.sub) ?? t.weakBrands.find((w) => containsBrand(p.sub, w)) ?? null;
    const c = contextIn(t, p.sub);
    if (b !== null || (c !== null && (usLike || c.alone === 'weak'))) {
      return hit('pseudo-gov-suffix', 'strong', t.target, `"${p.own}.${host.publicSuffix ?? ''}" is not a government suffix; "${b ?? c?.word ?? ''}" names ${t.target.name}`);
    }
  }
  if (!usLike) return null;
  return hit('pseudo-gov-suffix', 'weak', GENERIC_TARGET, `"${host.domain ?? p.own}" poses as a government suffix but is an ordinary registration`);
}

/** 4–7. Brands, tld swaps, service contexts and typos (the words of words.ts come first). */
function brandSteps(host: HostInfo, p: Parts, words: number): LookalikeHit | null {
  const h = host.hostname;
  const fakeDot = FAKE_DOT.test(p.own) && host.domain === `${p.own}.${host.publicSuffix ?? ''}` && !(host.publicSuffix ?? '.').includes('.');
  const gov = govWord(p.tokens) ?? (fakeDot ? p.own.slice(0, 4) : null);
  const beforeDot = fakeDot ? p.sub.slice(p.sub.lastIndexOf('.') + 1) : '';
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
    if (t.tldSwap.has(beforeDot)) {
      return hit('tld-swap', 'strong', t.target, `"${beforeDot}.${p.own}" reads as ${beforeDot}.com, not ${t.target.host}`);
    }
    if (t.tldSwap.has(p.own)) {
      return hit('tld-swap', t.tldSwapStrength, t.target, `"${p.own}" registered under ".${host.publicSuffix ?? ''}" instead of ${t.target.host}`);
    }
    // Weak, not strong: real independent guides are named this way (uscisguide.com,
    // uscisformcheck.com, dvprograminfo.com in tests/corpus); the page must supply the second signal.
    if (inOwn !== null) return hit('combosquat', 'weak', t.target, `"${inOwn}" inside the site name "${p.own}"`);
    if (inSub !== null) return hit('combosquat', 'weak', t.target, `"${inSub}" in the subdomain of "${host.domain ?? h}"`);
    const wb = t.weakBrands.find((w) => containsBrand(p.site, w));
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
  // 6b. a U.S. program's name as a hyphen-word: alone under .us or as the whole site name, or beside another word,
  // under a Visa Waiver country code (or cheap generic suffix) whose language has no such word
  const suffix = host.publicSuffix ?? '';
  const hyphenWords = p.own.split('-');
  if (underProgramSuffix(suffix)) {
    for (const token of hyphenWords) {
      const t = TARGETS.find((x) => x.id === PROGRAM_WORDS.get(token));
      if (t !== undefined) return hit('combosquat', 'weak', t.target, `"${token}" is a word of "${p.own}" under ".${suffix}"`);
    }
  }
  // one-edit typos inside a longer own label (`uscls-case.com`)
  for (const t of TARGETS) {
    const typo = typoInTokens(t, p.own, 0, p.own.length);
    if (typo !== null) return hit('typo', gov !== null ? 'strong' : 'weak', t.target, typo);
  }
  return null;
}
