/**
 * disguised-link: a link written so filters and people do not see it as one — `uscis[.]gov-pay[.]com`,
 * `hxxps://…`, spaces around the dots (`uscis . gov-pay . com`), hidden zero-width characters.
 * Nobody writes a real address that way to a customer; spam senders do, so the text slips past
 * phone and e-mail filters. Weak: security teams write warnings about such links the same way.
 * The address itself is judged as usual (links.ts undoes the disguise first).
 */
import type { PreparedMessage } from '../prepare';
import type { SignalHit } from './types';

export default function disguisedLink(msg: PreparedMessage): SignalHit | undefined {
  const link = msg.links.find((l) => l.disguised);
  return link ? { evidence: link.written, strength: 'weak' } : undefined;
}

/*
Examples:
  fires:      "Pay at uscis[.]gov-pay[.]com", "hxxps://uscis-fee.help"
  must not:   "Pay at https://my.uscis.gov/"
*/
