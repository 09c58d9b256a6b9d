/**
 * cheap-host-link: a link on a throw-away host — an IP address, a dynamic-DNS name, or a top-level
 * domain that costs next to nothing and that almost no company, office or shop a reader deals with
 * uses (.top, .xyz, .icu, .sbs, .cfd, .bond, .click…; the list is cues.ts's THROWAWAY_HOST, one
 * place). The host, not the words, is the tell, so it reads in any language. Weak: it counts only
 * with another red flag — a fee, a held parcel, a locked account. The endings small shops, local
 * sites and state portals use too (.info — the Jakarta police's etle-pmj.info —, .shop, .online,
 * .ru, .cn, .us) are not read here, nor government sites, nor a link a shortener or a disguise
 * already names (their own signals say it).
 */
import { onThrowawayHost } from '../cues';
import type { PreparedMessage } from '../prepare';
import type { SignalHit } from './types';

export default function cheapHostLink(msg: PreparedMessage): SignalHit | undefined {
  const link = msg.links.find((l) => !l.shortener && !l.disguised && onThrowawayHost(l.url));
  return link ? { evidence: link.written, strength: 'weak' } : undefined;
}

/*
Examples:
  fires:      "Your shipment requires a delivery fee. Visit https://ups-express.click" (weak)
  must not:   "Track your parcel at https://www.dhl.de/sendung", "Klarifikasi di https://etle-pmj.info/id"
*/
