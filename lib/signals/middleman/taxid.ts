/**
 * The tax-ID steps (the EIN, IRS Form SS-4; the ITIN, Form W-7) offered as a business's own service (middleman-service,
 * session 23, tune batch real-2026-12at). The IRS gives both numbers free; the EIN online in minutes, the ITIN by mail,
 * at its offices or through the acceptance agents it authorizes. What the seller shows is who offers what: a sentence in
 * which the page speaks of itself (we, our, its own name: self.ts) and offers to obtain the number for the reader —
 * "推荐我们的EIN申请代理服务", "我们的ITIN申请服务首先需要预约", "We handle your ITIN application", "let USA Tax Rebate do all
 * the work" — or an order step naming it ("Order Your ITIN"). Its neighbours, told apart by the same sentence:
 *  - a formation company whose EIN is a step of the company it forms and sells ("We file your LLC within 24 hours, then
 *    submit SS-4 immediately after"): the sentence names the forming (FORMATION), and the state filing is the product;
 *  - a licensed tax office naming itself (cues.ts TAX_OFFICE_SELF: a CPA, "Jane Doe, EA", an acceptance agent citing its own
 *    entry in the IRS list), or an acceptance agent only assisting ("can assist you with obtaining a U.S. ITIN"): the step belongs with its
 *    practice, as a visa case with a law office; middleman-service lets it go (representsClient), so this cue is not one
 *    a law office does not show (not in NOT_LAW_OFFICE);
 *  - a guide whose voice is the guide ("this guide will help you apply for your EIN": help is not the offer) or that reports
 *    others' services ("third-party services … charge $50–$300"): the sentence's helper is the guide or another business.
 * The line with the IRS's own helpers (itin26, session 26, tune batch real-2026-12bf): a page stops being "we do the free step
 * for you for our fee" and becomes a professional service where what it sells is what only the professional does — an
 * acceptance agent certifying the passport under the IRS's authorisation, which it names ("The Internal Revenue Service has
 * authorized us to accept applications … examine and certify the authenticity of your passport … €225": quiet, its fee and
 * all), or a tax office preparing the return the W-7 goes with ("if you engage us to prepare your U.S. non-resident income
 * tax return, we will process your W-7 at no additional cost"). It stays a seller where the number itself is the product:
 * the whole application taken over by a business with neither role ("KAMRIT Financial Services LLP manages the entire ITIN
 * application end to end … until the ITIN is issued"), a site named after the step (tax-id-number.info's refund terms,
 * SITE_NAMES.ein), or an agent's page with a shop's machinery (money-back guarantee, rush, card form: NOT_LAW_OFFICE), since
 * an authorisation to certify documents does not make the free number a product. The caution then names the IRS's own page
 * for that number (facts.json url.irs-itin, url.irs-ein); an agent's page without that machinery gets no banner at all.
 * Pure; folded text (page.text), with the page's own text (page.raw, same offsets) for the acronyms' capitals.
 */
import { patternMatches, pattern, saysFree, sentenceAround, warnsAt } from '../../text/context';
import { quotedFromOthers, speaksAt } from './self';
import type { PreparedPage } from '../types';

/**
 * The whole application taken over, said of the business by its name ("KAMRIT Financial Services LLP manages the entire ITIN
 * application end to end … until the ITIN is issued": itin26, tune batch real-2026-12bf); the sentence must still speak of the
 * page itself (speaksAt: its own name, "we"). An acceptance agent certifies the passport and a tax office prepares the return:
 * neither takes over the whole application as its product.
 */
const WHOLE_APPLICATION = String.raw`(?:manages?|handles?|takes? care of|runs?) (?:the |your )?(?:entire|whole|complete|full) (?:[\w-]+ ){0,2}?applications?(?: process)?`;

/**
 * A business's own service doing the step: "we handle your", "our … service", "do all the work", "order your ITIN"; Spanish,
 * French and Chinese forms ("nuestro servicio", "我们的…服务", "我司"). Not "we can help you" or "can assist you with": an IRS
 * acceptance agent assists with the ITIN (a CPA firm's page: "We are a Certified Acceptance Agent and can assist you with
 * obtaining a U.S. ITIN"), and a guide helps too ("This guide will help you apply for your EIN"). An order step may name
 * the service ("You can order EIN service during your business formation with IncNow® or apply directly with the IRS": tune
 * batch real-2026-12y).
 */
const OFFER = pattern(String.raw`we(?:'ll| will| can)? (?:\w+ ){0,2}?(?:handle|take care of|obtain|file|submit|prepare|process) (?:your|the entire|all)|our (?:[\w-]+ ){0,3}?services?|do all the work|order (?:your |an? |the |our )?(?:ein|itin)(?: numbers?| services?| applications?| filing)?|${WHOLE_APPLICATION}`, ['nuestro servicio', 'notre service', '我们的', '我們的', '我司']);

/** Other businesses named as the ones taking the order: "some websites let you order an EIN service for $79". */
const OTHER_SELLERS = /\b(?:some|other|many|these|such|third[- ]party) (?:\w+ )?(?:sites|websites|services|companies|businesses|firms)\b/;

/** The page's own voice in a Chinese sentence, which self.ts's word list does not carry: "我们的…服务", "我司". */
const OWN_ZH = /我们|我們|我司/;

/** The tax-ID step named: EIN and ITIN only in capitals, in the page's own text (German "ein"); the rest in folded text. */
const ACRONYM = /\b(?:F?EIN|ITIN)\b/;
const STEP_WORDS = /identification number|tax id|\bw-?7\b|\bss-?4\b|税号|稅號|报税号码|報稅號碼/;

/** The step as part of forming the company the business sells: "We file your LLC within 24 hours, then submit SS-4". */
const FORMATION = /\b(?:llc|company|corporation) (?:formation|is formed)|\b(?:form|file|register)\w* (?:your|an?|the) (?:[\w-]+ )?(?:llc|company|corporation)\b|\barticles of|注册公司|公司注册/;

/** Does the sentence tie the tax-ID step to forming the company (FORMATION)? middleman-service asks it of a we-do cue too. */
export const formsTheCompany = (sent: string): boolean => FORMATION.test(sent);

/**
 * The first sentence in which the page offers its own service for the tax-ID step (see the header), or undefined.
 * Asked only on a page about the EIN or the ITIN (middleman-service).
 */
export function taxIdOffer(page: PreparedPage): [number, number] | undefined {
  for (const m of patternMatches(page, OFFER, 20)) {
    const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
    const sent = page.text.slice(s, e);
    if (!(STEP_WORDS.test(sent) || ACRONYM.test(page.raw.slice(s, e))) || formsTheCompany(sent) || saysFree(sent) || warnsAt(page.text, s, e)) continue;
    if (quotedFromOthers(page.text, s, m.index)) continue;
    // an order step is the page's own unless the sentence gives it to other sites ("some websites let you order an EIN service")
    if (m[0].startsWith('order ') ? !OTHER_SELLERS.test(sent) : OWN_ZH.test(sent) || speaksAt(page, s, e)) return [s, e];
  }
  return undefined;
}
