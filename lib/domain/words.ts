/**
 * Words in a host name (issue 13): each label and hyphen part is split into the words of a small
 * dictionary (lookalike-targets.json `words`), so that joins, hyphens, dots, doubled letters and
 * digits for letters give the same words: `cbpgovportal` → cbp gov portal, `usauscis` → usa
 * uscis, `usc1s-gov` → uscis gov, `egovtscis` → egov + a typo of uscis. The split covers as
 * many letters as it can, then uses as few words as it can, so a brand hidden across two real
 * words loses to them (`viruscisco` → virus cisco, `trackcasestatususcis` → … status uscis).
 *
 * Strength from the words (judgeWords):
 *   agency name + government, portal, U.S. or another agency/service word → strong
 *   a one-edit typo or digit spelling of an agency name of 5+ letters (`uscls`, `usc1s`) → strong;
 *     digits in a shorter name (`dh5`) read as the name itself
 *   service word (immigration, esta, state …) + government word → strong
 *   the labels of an official host in order, one of them misspelt (`travel.statea.com`) → strong
 *   agency name among other words; service word beside a portal or U.S. word; U.S. + government → weak
 *   an agency name of 5+ letters spelt across labels (`us.cis.com`, `my.us.cis.com`) → strong
 * A typo of an agency name joined to dictionary words (`usclshelp`) is found by its words like any
 * other; typoJoined() is the cheap test that sends such a host here from the fast path.
 * The fields of lookalike-targets.json `words`: agency: names that stand for one agency or its site
 * (-> target id); service: service words that count only beside a government, portal or U.S. word
 * (-> target id); gov: government words; portal: words of account and case pages; us: words that
 * say 'United States'; generic: ordinary words that must win over a brand hidden across them
 * (`virus cisco`, `track case status uscis`). Doubled letters are folded on both sides and digits
 * read as letters (usc1s, offic1al). typoAgencies: agency names whose one-edit typos count (5+
 * letters). phrases: official host names (without .gov) whose labels, in order, inside another host
 * (one label may carry a typo) mean that host is copied.
 * Pure; runs only on hosts that spell a trigger word (scan.ts) or carry a typo (typo.ts).
 */
import targetsData from '../data/lookalike-targets.json';
import { fold, oneEdit, readDigits } from './spelling';
import { GENERIC_TARGET, hit, TARGETS, type LookalikeHit, type Target } from './targets';

type Kind = 'agency' | 'service' | 'gov' | 'portal' | 'us' | 'generic';
interface Entry {
  word: string;
  kind: Kind;
  target?: string;
}
interface FoundWord extends Entry {
  /** The letters as written in the host (`usc1s`, `uscls`). */
  spelled: string;
  typo: boolean;
}

const W = targetsData.words;
export { fold } from './spelling';

const ENTRIES: readonly Entry[] = [
  ...Object.entries(W.agency).map(([word, target]) => ({ word, kind: 'agency' as const, target })),
  ...Object.entries(W.service).map(([word, target]) => ({ word, kind: 'service' as const, target })),
  ...W.gov.map((word) => ({ word, kind: 'gov' as const })),
  ...W.portal.map((word) => ({ word, kind: 'portal' as const })),
  ...W.us.map((word) => ({ word, kind: 'us' as const })),
  ...W.generic.map((word) => ({ word, kind: 'generic' as const })),
];
/** Folded spelling → entry (the first kind listed wins: agency before generic). */
const BY_FOLDED: ReadonlyMap<string, Entry> = (() => {
  const m = new Map<string, Entry>();
  for (const e of ENTRIES) if (!m.has(fold(e.word))) m.set(fold(e.word), e);
  return m;
})();
/** First letter → the folded words that start with it. */
const BY_FIRST: ReadonlyMap<string, readonly { folded: string; entry: Entry }[]> = (() => {
  const m = new Map<string, { folded: string; entry: Entry }[]>();
  for (const [folded, entry] of BY_FOLDED) {
    const list = m.get(folded[0] as string) ?? [];
    list.push({ folded, entry });
    m.set(folded[0] as string, list);
  }
  return m;
})();

/** Folded one-edit variants of the typo agencies that are not words themselves → the agency. */
const TYPOS: ReadonlyMap<string, Entry> = (() => {
  const m = new Map<string, Entry>();
  const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
  for (const a of W.typoAgencies) {
    const e = BY_FOLDED.get(fold(a));
    if (e === undefined) continue;
    const add = (v: string): void => {
      const f = fold(v);
      if (f.length >= 4 && !BY_FOLDED.has(f) && !m.has(f)) m.set(f, e);
    };
    for (let i = 0; i <= a.length; i++) {
      for (const c of letters) add(a.slice(0, i) + c + a.slice(i));
      if (i < a.length) {
        add(a.slice(0, i) + a.slice(i + 1));
        for (const c of letters) add(a.slice(0, i) + c + a.slice(i + 1));
        if (i + 1 < a.length) add(a.slice(0, i) + (a[i + 1] ?? '') + (a[i] ?? '') + a.slice(i + 2));
      }
    }
  }
  return m;
})();
const TYPO_LENGTHS: readonly number[] = [...new Set([...TYPOS.keys()].map((k) => k.length))];

interface Best {
  covered: number;
  count: number;
  words: FoundWord[];
}

/** The best split of one folded token (see the top of this file); unknown letters are skipped. */
function split(token: string): Best {
  const n = token.length;
  // Best split of each prefix: letters covered, words used, and the step that reached it
  // (back-pointers; the words are collected once at the end).
  const covered = new Array<number>(n + 1).fill(-1);
  const count = new Array<number>(n + 1).fill(0);
  const from = new Array<number>(n + 1).fill(0);
  const pick = new Array<FoundWord | null>(n + 1).fill(null);
  covered[0] = 0;
  const better = (at: number, i: number, c: number, w: FoundWord | null): void => {
    const k = count[i] as number + (w === null ? 0 : 1);
    const cur = covered[at] as number;
    if (c > cur || (c === cur && k < (count[at] as number))) {
      covered[at] = c;
      count[at] = k;
      from[at] = i;
      pick[at] = w;
    }
  };
  for (let i = 0; i < n; i++) {
    const here = covered[i] as number;
    if (here < 0) continue;
    better(i + 1, i, here, null); // skip one letter
    for (const c of BY_FIRST.get(token[i] as string) ?? []) {
      if (token.startsWith(c.folded, i)) better(i + c.folded.length, i, here + c.folded.length, { ...c.entry, spelled: c.folded, typo: false });
    }
    for (const len of TYPO_LENGTHS) {
      const e = i + len <= n ? TYPOS.get(token.slice(i, i + len)) : undefined;
      // Covers its letters; an exact split of the same letters ties and wins on fewer words or
      // on coming first.
      if (e !== undefined) better(i + len, i, here + len, { ...e, spelled: token.slice(i, i + len), typo: true });
    }
  }
  const words: FoundWord[] = [];
  for (let at = n; at > 0; at = from[at] as number) {
    const w = pick[at];
    if (w != null) words.unshift(w);
  }
  return { covered: Math.max(0, covered[n] as number), count: count[n] as number, words };
}

/** `word` appears in `raw` only with one of its letters doubled (`usciss`, `uscciis`, `uuscis`). */
const doubled = (raw: string, word: string): boolean =>
  !raw.includes(word) || raw.includes(word + word.slice(-1)) || raw.includes(word.slice(0, 1) + word);

/** A token's words when dictionary words cover every letter of it (as written or with digits read as letters), else null. */
function tokenWords(raw: string): FoundWord[] | null {
  const folded = fold(raw);
  const plain = split(folded);
  // An agency name written with a doubled letter (`usciss`, `uscciis`) is a misspelling of it.
  if (plain.covered === folded.length) return plain.words.map((w) => (w.kind === 'agency' && doubled(raw, w.word) ? { ...w, typo: true } : w));
  // Folding merged two words' letters (`usclsstatus` → `usclstatus`): split the token as written.
  if (folded.length < raw.length) {
    const asWritten = split(raw);
    if (asWritten.covered === raw.length) return asWritten.words;
  }
  if (!/[013457]/.test(raw)) return null;
  const read = fold(readDigits(raw));
  const digits = split(read);
  // Digits for letters in an agency name of 5+ letters count as a misspelling of it (`usc1s`), as
  // its one-edit typos do (typoAgencies). A shorter name (`dh5`, `c8p`) is only that name: `dh5-group`
  // reads as `dhs-group` (weak), never stronger; a digit in 3 letters is as often a product code.
  return digits.covered === read.length ? digits.words.map((w) => ({ ...w, typo: w.typo || (w.kind === 'agency' && w.word.length >= 5) })) : null;
}

/**
 * The words of one label, or null unless words cover every hyphen part of it (numbers aside):
 * a brand found among unknown letters (`doubleverify`, a hash with `ceac` in it) is no word.
 */
export function labelWords(label: string): FoundWord[] | null {
  const out: FoundWord[] = [];
  for (const token of label.split('-')) {
    if (token === '' || /^[0-9]+$/.test(token)) continue;
    const words = tokenWords(token);
    // A word split by a hyphen (`usa-green-card`, `dv-lottery-usa`): read the label without its hyphens.
    if (words === null) return label.includes('-') ? tokenWords(label.replace(/-/g, '')) : null;
    out.push(...words);
  }
  return out;
}

/** First two letters of every typo spelling (TYPOS) as a bitmap by char codes, for typoJoined's pre-check. */
const TYPO_HEADS = new Uint8Array(128 * 128);
for (const k of TYPOS.keys()) if (k.charCodeAt(0) < 128 && k.charCodeAt(1) < 128) TYPO_HEADS[k.charCodeAt(0) * 128 + k.charCodeAt(1)] = 1;

/** `s` may start with a typo spelling of an agency name (two char-code checks; no string is made). */
export function typoHead(s: string): boolean {
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  return a < 128 && b < 128 && TYPO_HEADS[a * 128 + b] === 1;
}

/**
 * `own` starts with a typo of an agency name and the rest is dictionary words (`usclshelp`,
 * `usclsstatus`): the host needs the words check even though it spells no trigger word.
 */
export function typoJoined(own: string): boolean {
  if (own.length < 7 || !typoHead(own)) return false;
  for (const len of TYPO_LENGTHS) {
    if (own.length - len < 3 || !TYPOS.has(own.slice(0, len))) continue;
    const rest = labelWords(own.slice(len));
    if (rest !== null && rest.length > 0) return true;
  }
  return false;
}

/** Agency names long enough not to be an accident when labels are joined (`uscis`, `myuscis`, `dvprogram`, `everify`). */
const ACROSS: readonly string[] = Object.keys(W.agency).filter((a) => a.length >= 5);
/** One of them with a dot inside (`us.cis`, `dv.program`): the cheap pre-check of acrossLabels. */
const SPANS = new RegExp(ACROSS.flatMap((a) => [...a].slice(1).map((_, k) => `${a.slice(0, k + 1)}\\.${a.slice(k + 1)}`)).join('|'));

/** The letter pairs around the dot of those spellings (`s|c` of `us.cis`), by char codes. */
const SPAN_PAIRS = new Uint8Array(128 * 128);
for (const a of ACROSS) for (let k = 1; k < a.length; k++) SPAN_PAIRS[a.charCodeAt(k - 1) * 128 + a.charCodeAt(k)] = 1;

/** `host` may spell an agency name across its labels: a letter-pair check at each dot, then one regex test. */
export function spansLabels(host: string): boolean {
  for (let dot = host.indexOf('.'); dot > 0 && dot < host.length - 1; dot = host.indexOf('.', dot + 1)) {
    const a = host.charCodeAt(dot - 1);
    const b = host.charCodeAt(dot + 1);
    if (a < 128 && b < 128 && SPAN_PAIRS[a * 128 + b] === 1) return SPANS.test(host);
  }
  return false;
}

/**
 * An agency name spelt across labels: `us.cis.com`, `my.us.cis.com`, `usc.is.com`. Each label
 * alone reads as other letters; together they spell the name, which no real site needs to do.
 */
function acrossLabels(site: string): LookalikeHit | null {
  if (!site.includes('.') || site.length > 24) return null;
  const joined = site.replace(/\./g, '');
  if (!ACROSS.some((name) => joined.includes(name))) return null;
  const labels = site.split('.');
  const a = labelWords(joined)?.find((w) => w.kind === 'agency' && w.word.length >= 5 && !w.typo && !labels.some((label) => label.includes(w.word)));
  if (a === undefined) return null;
  return hit('embedding', 'strong', targetOf(a.target), `"${site}" spells "${a.word}" across its labels`);
}

const TARGET_BY_ID: ReadonlyMap<string, Target> = new Map(TARGETS.map((t) => [t.id, t.target]));
const targetOf = (id: string | undefined): Target => (id === undefined ? undefined : TARGET_BY_ID.get(id)) ?? GENERIC_TARGET;

/** Official names with two or more labels, as label lists (`travel.state` → travel, state). */
const PHRASES: readonly { labels: string[]; target: string }[] = Object.entries(W.phrases).map(([name, target]) => ({ labels: name.split('.'), target }));

/**
 * The labels of an official host, in order, among the host's labels and hyphen parts, one of
 * them allowed one edit (`travel.statea.com`, `esta.cbp.dhsa.com`, `atravel-state.com`).
 */
function phraseIn(parts: readonly string[]): { name: string; target: string } | null {
  for (const p of PHRASES) {
    for (let start = 0; start + p.labels.length <= parts.length; start++) {
      let edits = 0;
      let ok = true;
      p.labels.forEach((label, k) => {
        const got = parts[start + k] ?? '';
        if (got === label) return;
        if (edits === 0 && label.length >= 3 && oneEdit(got, label)) edits++;
        else ok = false;
      });
      if (ok) return { name: p.labels.join('.'), target: p.target };
    }
  }
  return null;
}

/** The verdict the words of `site` give, or null when they name no agency or service. */
export function judgeWords(site: string): LookalikeHit | null {
  const phrase = phraseIn(site.split(/[.-]/).filter((t) => t !== ''));
  if (phrase !== null) return hit('embedding', 'strong', targetOf(phrase.target), `the labels of "${phrase.name}.gov" appear in "${site}"`);
  const across = acrossLabels(site);
  if (across !== null) return across;
  let found: LookalikeHit | null = null;
  for (const label of site.split('.')) {
    const words = labelWords(label);
    const v = words === null || words.length === 0 ? null : judgeLabel(words);
    if (v !== null && (found === null || (v.strength === 'strong' && found.strength !== 'strong'))) found = v;
  }
  return found;
}

/** The rules at the top of this file, on the words of one label. */
function judgeLabel(words: readonly FoundWord[]): LookalikeHit | null {
  const of = (k: Kind): FoundWord[] => words.filter((w) => w.kind === k);
  const agency = of('agency');
  const service = of('service');
  const gov = of('gov')[0];
  const portal = of('portal')[0];
  const us = of('us')[0];
  const list = words.map((w) => w.spelled).join(' ');
  const a = agency[0];
  if (a !== undefined) {
    const t = targetOf(a.target);
    if (a.typo) return hit('typo', 'strong', t, `"${a.spelled}" spells "${a.word}" with a letter changed (words: ${list})`);
    const other = gov ?? portal ?? us ?? agency.find((x) => x.word !== a.word) ?? service[0];
    if (other !== undefined) return hit('brand-gov-token', 'strong', t, `"${a.word}" with "${other.spelled}" (words: ${list})`);
    // A bare three-letter name (`dhs.com`, `cbp.com`) is too common a company name to report.
    if (words.length === 1 && a.word.length <= 3) return null;
    return hit('combosquat', 'weak', t, `"${a.word}" among other words (words: ${list})`);
  }
  const s = service[0];
  if (s !== undefined && gov !== undefined) return hit('brand-gov-token', 'strong', targetOf(s.target), `"${s.word}" with the government word "${gov.spelled}" (words: ${list})`);
  if (s !== undefined && (portal !== undefined || us !== undefined) && s.word !== 'state') {
    return hit('combosquat', 'weak', targetOf(s.target), `"${s.word}" with "${(portal ?? us)?.spelled ?? ''}" (words: ${list})`);
  }
  if (us !== undefined && gov !== undefined) return hit('combosquat', 'weak', GENERIC_TARGET, `"${us.spelled}" with "${gov.spelled}" (words: ${list})`);
  return null;
}
