/**
 * Homograph skeletons (a small part of Unicode UTS #39): a host name's characters are mapped to
 * the ASCII letters they imitate, so `uѕcis-gov.net` (Cyrillic ѕ) becomes `uscis-gov.net`.
 * Steps per character: drop invisible characters; NFD and drop combining marks (é → e); map
 * through lib/data/confusables.json (generated, non-ASCII → ASCII only); keep ASCII as is.
 * Characters with no ASCII look-alike are kept, so a skeleton with non-ASCII left in it cannot
 * equal an ASCII target. Also reports mixed scripts (Latin with Cyrillic/Greek/… in one label).
 */
import confusables from '../data/confusables.json';
import extra from '../data/confusables-extra.json';
import { isInvisible } from './invisible';

const MAP: Readonly<Record<string, string>> = { ...(extra.map as Record<string, string>), ...confusables.map };
const HOOKED: ReadonlySet<string> = new Set(Object.keys(extra.map));
const MARK_RE = /\p{M}/u;

interface Skeleton {
  /** The ASCII imitation (non-imitating characters kept). */
  skeleton: string;
  /** True when any character was mapped or dropped. */
  changed: boolean;
  /** Invisible characters were dropped. */
  invisible: boolean;
  /** A label mixes Latin letters with letters of another script. */
  mixedScripts: string[];
  /** Scripts other than Latin whose letters were mapped to Latin look-alikes (`уѕсіѕ`). */
  imitatingScripts: string[];
  /** Latin letters with a hook or stroke were read as plain letters (`uʂcis`). */
  hooked: boolean;
}

function scriptOf(ch: string): string | null {
  if (/\p{Script=Latin}/u.test(ch)) return 'Latin';
  if (/\p{Script=Cyrillic}/u.test(ch)) return 'Cyrillic';
  if (/\p{Script=Greek}/u.test(ch)) return 'Greek';
  if (/\p{Script=Armenian}/u.test(ch)) return 'Armenian';
  if (/\p{Script=Cherokee}/u.test(ch)) return 'Cherokee';
  if (/\p{L}/u.test(ch)) return 'Other';
  return null;
}

export function skeletonOf(unicodeHost: string): Skeleton {
  let changed = false;
  let invisible = false;
  let hooked = false;
  const mixed = new Set<string>();
  const imitating = new Set<string>();
  const labels = (typeof unicodeHost === 'string' ? unicodeHost : '').split('.').map((label) => {
    const scripts = new Set<string>();
    let out = '';
    for (const ch of label) {
      const code = ch.codePointAt(0) ?? 0;
      if (code < 0x80) {
        out += ch;
        if (/[a-z]/i.test(ch)) scripts.add('Latin');
        continue;
      }
      if (isInvisible(code)) {
        invisible = true;
        changed = true;
        continue;
      }
      const script = scriptOf(ch);
      if (script) scripts.add(script);
      const mapped = MAP[ch];
      if (mapped !== undefined) {
        out += mapped;
        changed = true;
        if (HOOKED.has(ch)) hooked = true;
        if (script !== null && script !== 'Latin') imitating.add(script);
        continue;
      }
      const base = [...ch.normalize('NFD')].filter((c) => !MARK_RE.test(c)).join('');
      if (base !== ch && base !== '') {
        changed = true;
        if (script !== null && script !== 'Latin') imitating.add(script);
        out += [...base].map((c) => MAP[c] ?? c).join('');
        continue;
      }
      out += ch;
    }
    if (scripts.size > 1 && scripts.has('Latin')) for (const s of scripts) if (s !== 'Latin') mixed.add(s);
    return out.toLowerCase();
  });
  return { skeleton: labels.join('.'), changed, invisible, mixedScripts: [...mixed], imitatingScripts: [...imitating], hooked };
}
