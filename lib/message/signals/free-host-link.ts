/**
 * free-host-link: a link to a free website anyone can make — Google Sites, Wix, Weebly, Blogspot,
 * GitHub Pages, Netlify… (lib/data/shared-hosts.json) — whose chosen name uses a government agency
 * ("uscis-help.weebly.com") or an immigration program ("sites.google.com/view/citoyennet-et-
 * immigration-cana", the site of a fake "Visa immigration Canadienne CIC" page, Africa Check).
 * Agencies do not publish on free site builders; a site named after them or their programs is how
 * fake programs and sellers collect fees and documents. The address engine judges the shared host
 * itself, which is nobody's: the name is the only thing to go on.
 *
 * Strength: 'strong' when the name uses an agency, or a program in a message that is little more
 * than the link; 'weak' for a program name in a longer message (a nonprofit's clinic page on Wix).
 * Not shorteners (shortened-link) and not official hosts.
 */
import { classifyInput } from '../../domain';
import { sharedHostOf } from '../../domain/match';
import sharedHosts from '../../data/shared-hosts.json';
import { AGENCY_IN_LINK_NAME, linkName, TOPIC_IN_LINK_NAME } from '../links';
import type { PreparedMessage } from '../prepare';
import type { SignalHit } from './types';

// Hosts that serve many people's pages by path (sites.google.com, docs.google.com…), minus shorteners.
const BY_PATH: ReadonlySet<string> = new Set(sharedHosts.byPath);

function hostOf(url: string): string {
  return (/^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]*)/i.exec(url)?.[1] ?? '').toLowerCase().replace(/\.$/, '');
}

export default function freeHostLink(msg: PreparedMessage): SignalHit | undefined {
  let weak: SignalHit | undefined;
  for (const link of msg.links) {
    if (link.shortener) continue;
    const host = hostOf(link.url);
    const shared = BY_PATH.has(host) ? host : sharedHostOf(host);
    if (shared === null || classifyInput(link.url).kind === 'official') continue;
    const name = linkName(link, BY_PATH.has(host) ? '' : shared);
    if (AGENCY_IN_LINK_NAME.test(name)) return { evidence: link.written, strength: 'strong' };
    if (!TOPIC_IN_LINK_NAME.test(name)) continue;
    if (msg.linkOnly) return { evidence: link.written, strength: 'strong' };
    weak ??= { evidence: link.written, strength: 'weak' };
  }
  return weak;
}

/*
Examples:
  fires:      "https://sites.google.com/view/citoyennet-et-immigration-cana/accueil" (strong);
              "Renew your green card: uscis-renewal.weebly.com" (strong)
  must not:   "Photos from the picnic: https://maria-family.wixsite.com/photos", "https://www.uscis.gov/green-card"
*/
