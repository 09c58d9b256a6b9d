/**
 * shortened-link: a link on a link-shortening service (bit.ly, tinyurl.com… lib/data/shorteners.json).
 * Where it really goes cannot be seen without opening it, so the checker cannot judge the address,
 * and says so. Weak: shops and newsletters shorten links too. USCIS texts link to uscis.gov.
 *
 * Strong when the short link's own name claims an agency ("bit.ly/USCIS-fee") or, in a message that
 * is little more than the link, an immigration program ("https://tinyurl.com/CANADA-immigration2022"
 * pasted alone): the name is chosen to look official while the address hides where it goes. A
 * nonprofit's flyer with a "bit.ly/immigration-clinic" link says more than the link: weak.
 */
import type { FoundLink } from '../links';
import type { PreparedMessage } from '../prepare';
import type { SignalHit } from './types';

// Agency names in a short link's path (lower case, any separators): always strong.
const AGENCY_SLUG = /(?:^|[^a-z])(?:uscis|cbp|dhs|ice|esta|ircc|cic|usembassy|embassy|embajada|consulat\w*|statedept|travelstate)(?:[^a-z]|$)/;
// Immigration programs in a short link's path: strong when the message is the link and little else.
const TOPIC_SLUG = /immigra|inmigra|imigra|visa|vis[ao]s?(?:[^a-z]|$)|green-?card|citizenship|ciudadan|citoyen|passport|pasaporte|asylum|asilo|lotter|loteria|parole|work-?permit|permiso|(?:^|[^a-z])(?:dv|tps|daca)(?:[^a-z]|$)/;

function slug(link: FoundLink): string {
  const path = link.url.replace(/^[a-z]+:\/\/[^/]*/i, '');
  try {
    return decodeURIComponent(path).toLowerCase();
  } catch {
    return path.toLowerCase();
  }
}

export default function shortenedLink(msg: PreparedMessage): SignalHit | undefined {
  const shortened = msg.links.filter((l) => l.shortener);
  if (shortened.length === 0) return undefined;
  const named = shortened.find((l) => AGENCY_SLUG.test(slug(l)));
  if (named) return { evidence: named.written, strength: 'strong' };
  const topic = shortened.find((l) => TOPIC_SLUG.test(slug(l)));
  if (topic && msg.linkOnly) return { evidence: topic.written, strength: 'strong' };
  return { evidence: shortened[0]!.written, strength: 'weak' };
}

/*
Examples:
  fires:      "Update your case: bit.ly/3xYz" (weak); "https://tinyurl.com/CANADA-immigration2022" (strong)
  must not:   "Check your case at uscis.gov/casestatus"
*/
