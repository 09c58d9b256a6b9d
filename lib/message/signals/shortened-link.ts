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
import { AGENCY_IN_LINK_NAME, linkName, TOPIC_IN_LINK_NAME } from '../links';
import type { PreparedMessage } from '../prepare';
import type { SignalHit } from './types';

export default function shortenedLink(msg: PreparedMessage): SignalHit | undefined {
  const shortened = msg.links.filter((l) => l.shortener);
  if (shortened.length === 0) return undefined;
  const named = shortened.find((l) => AGENCY_IN_LINK_NAME.test(linkName(l)));
  if (named) return { evidence: named.written, strength: 'strong' };
  const topic = shortened.find((l) => TOPIC_IN_LINK_NAME.test(linkName(l)));
  if (topic && msg.linkOnly) return { evidence: topic.written, strength: 'strong' };
  return { evidence: shortened[0]!.written, strength: 'weak' };
}

/*
Examples:
  fires:      "Update your case: bit.ly/3xYz" (weak); "https://tinyurl.com/CANADA-immigration2022" (strong)
  must not:   "Check your case at uscis.gov/casestatus"
*/
