/**
 * shortened-link: a link on a link-shortening service (bit.ly, tinyurl.com… lib/data/shorteners.json).
 * Where it really goes cannot be seen without opening it, so the checker cannot judge the address,
 * and says so. Weak: shops and newsletters shorten links too. USCIS texts link to uscis.gov.
 */
import type { PreparedMessage } from '../prepare';
import type { SignalHit } from './types';

export default function shortenedLink(msg: PreparedMessage): SignalHit | undefined {
  const link = msg.links.find((l) => l.shortener);
  return link ? { evidence: link.written, strength: 'weak' } : undefined;
}

/*
Examples:
  fires:      "Update your case: bit.ly/3xYz"
  must not:   "Check your case at uscis.gov/casestatus"
*/
