/**
 * refund-lure: money said to be waiting for the reader — a tax refund, a rebate, a benefit, a
 * "bill adjustment refund", an e-transfer from a tax agency — that they must claim, confirm or
 * deposit through a link or a form: "HMRC Refund: You have an outstanding Tax refund of £276.74 …
 * claim your Tax refund at: https://gov-tax.refundpr.com/", "[ I.R.S ] You will receive a tax refund
 * of $573.00, but cannot process it due to incomplete personal information. Please confirm your
 * information in the link", "Canada Revenue Agency has sent you an INTERAC e-Transfer … To deposit
 * your money, click here", "You received P1,250 bill adjustment refund from MERALCO. Confirm via
 * (link)". Tax agencies do not announce refunds by text or e-mail with a link (HMRC, IRS, CRA
 * warnings quoted in tests/corpus/messages); the page takes card and bank details.
 *
 * Strength:
 *  - 'strong' when tax or government money and the claim come with a link that is not a government
 *    address, or words that send the reader to one ("click here", "(link)", "fill out the following
 *    form"); and for any refund the reader "received" or has "outstanding" (a utility's, a shop's)
 *    only with such words in the message itself;
 *  - 'weak' for tax money and a claim with no way to act in the message, or with official links
 *    only ("Confirm your refund status at irs.gov").
 * An airline's or a shop's refund ("You are entitled to a refund", "Request a refund") is not tax
 * money and says nothing "received" or "outstanding": not a hit.
 * A refund reported as done ("Your refund of $23.50 was issued to your card") is not a hit: it asks
 * nothing.
 * The same in German, Italian and French e-mails (tune-2026-12-06ag): "Steuerrückerstattung … reichen Sie die Anfrage ein … Weiter
 * (LINK)", "rimborso fiscale … compili il modulo", with the claim words of those languages; a refund reported as paid ("Ihre
 * Steuererstattung wurde auf Ihr Konto überwiesen") asks nothing. The French tax office's "overpaid" is its refund too ("Trop-perçu
 * constaté sur votre avis d'imposition 2023. Suivez le lien afin de procéder au remboursement", tune-2026-12-06ar: msg27).
 * Traps, suppressed: warnings ("HMRC will never text you about a tax refund").
 */
import { wideWords, wordsPattern } from '../../text/normalize';
import { onlyUnofficialLinks, sendsToLink } from '../cues';
import type { PreparedMessage } from '../prepare';
import { strongestInWindow, warns } from '../sentences';
import type { SignalHit } from './types';

// Money from a tax office or a government for the reader: a tax refund or rebate, a relief or benefit
// payment, an agency that "sent you" money (folded text).
const TAX = new RegExp(
  [
    String.raw`\b(?:tax(?:es)?|income tax|tax year|hmrc|irs|i\.r\.s|cra) (?:\w+ ){0,2}?(?:refunds?|rebates?|reimbursements?)\b|\b(?:refunds?|rebates?) (?:\w+ ){0,4}?(?:tax year|from (?:the )?(?:irs|hmrc|cra|revenue agency|government|treasury))\b|\bincome tax return\b`,
    String.raw`\b(?:stimulus|relief|benefit|unemployment insurance) (?:check|payment|fund|funds|program\w*|bonus)\b|\bfederal government with a sum\b`,
    String.raw`\b(?:revenue agency|hmrc|irs|cra|treasury|tax office|tax authority|government)\b[^.!?]{0,30}?\b(?:has )?(?:sent|issued|approved|credited|transferred) you\b`,
    String.raw`\b(?:devolucion|reembolso|reintegro) (?:de|del) (?:impuestos?|irs|hacienda)\b|\brestituicao (?:do|de) (?:imposto|ir)\b|\bremboursement d'impots?\b`,
    String.raw`(?:退税|退稅|税款退还|稅款退還|세금 ?환급|환급금)|` + wordsPattern(['hoàn thuế'], true),
    // German (in one word, "Steuerrückerstattung"), Italian and French tax refunds (msgmail20, tune-2026-12-06ag)
    wideWords(['steuererstattung', 'steuerrückerstattung', 'steuerrückzahlung', 'rimborso fiscale', 'rimborsi fiscali', 'rimborso irpef', "rimborso dell'irpef", 'rimborso delle imposte', 'remboursement fiscal', "remboursement d'impôt",
      // the French tax office's "overpaid" ("Trop-perçu constaté sur votre avis d'imposition … procéder au remboursement")
      'trop-perçu', 'trop perçu'], true),
  ].join('|'),
  'g',
);
// Any refund the reader "received" or has "outstanding", from anyone ("You received P1,250 bill
// adjustment refund from MERALCO"): counts only with words that send the reader to a link.
const OWED = /\b(?:you (?:have )?(?:received|got|have) [^.!?]{0,40}?\b(?:refunds?|rebates?|reimbursement)|(?:outstanding|pending|unclaimed) (?:\w+ )?(?:refunds?|rebates?))\b/g;
// What the reader must do to get it.
const CLAIM = new RegExp(
  [
    String.raw`\b(?:claim|confirm|deposit|accept|redeem|collect|apply|verify|update|complete|fill (?:out|in))\b`,
    String.raw`\b(?:reclame|reclamar|confirme|confirmar|cobre|cobrar|solicite|deposite|actualice|complete)\b|\b(?:resgate|confirme|solicite|receba)\b|\b(?:reclamez|confirmez|recevez|demandez)\b`,
    String.raw`(?:领取|領取|确认|確認|申请|申請|수령|신청|확인)|` + wordsPattern(['nhận', 'xác nhận'], true),
    // "reichen Sie die … Anfrage ein", "beantragen", "compilare il modulo", "inviare la richiesta", "ottenere", "recevoir"
    wideWords(['reichen sie', 'einreichen', 'beantragen', 'anfrage', 'antrag', 'erstattungsformular', 'das formular', 'richiesta', 'richiedere', 'compilare', 'compila', 'modulo', 'ottenere', 'riceverlo', 'formulaire', 'réclamer', 'obtenir',
      // "Suivez le lien afin de procéder au remboursement"
      'procéder au remboursement'], true),
  ].join('|'),
);

export default function refundLure(msg: PreparedMessage): SignalHit | undefined {
  const away = onlyUnofficialLinks(msg);
  const official = msg.links.length > 0 && !away;
  const tax = strongestInWindow(msg.page, TAX, 10, (_m, near) => {
    if (warns(near) || !CLAIM.test(near)) return undefined;
    return !official && (away || sendsToLink(msg, near)) ? 'strong' : 'weak';
  });
  if (tax?.strength === 'strong') return tax;
  const owed = strongestInWindow(msg.page, OWED, 10, (_m, near) => (!warns(near) && CLAIM.test(near) && sendsToLink(msg, near) ? 'strong' : undefined));
  return owed ?? tax;
}

/*
Examples:
  fires:      "HMRC Refund: You have an outstanding Tax refund of £276.74 from 2020 to 2021. Follow instructions to claim your Tax refund at: https://gov-tax.refundpr.com/" (strong);
              "Your tax refund is ready. Confirm your details to receive it." (weak)
  must not:   "HMRC will never send notifications of a tax rebate by text. Do not click links.",
              "Your refund of $23.50 was issued to your card ending 1234."
*/
