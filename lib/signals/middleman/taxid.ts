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
 *  - a guide whose voice is the guide ("this guide will help you apply for your EIN") or that reports others' services
 *    ("third-party services … charge $50–$300"): the sentence's helper is the guide or another business.
 * Pure; folded text (page.text), with the page's own text (page.raw, same offsets) for the acronyms' capitals.
 */
import { patternMatches, pattern, saysFree, sentenceAround, warnsAt } from '../../text/context';
import { quotedFromOthers, speaksAt } from './self';
import type { PreparedPage } from '../types';

/**
 * A business's own service doing the step: "we handle your", "our … service", "do all the work", "order your ITIN"; Spanish,
 * French and Chinese forms ("nos encargamos de", "我们的…服务", "我司"). Not "we can help you" or "can assist you with": an IRS
 * acceptance agent assists with the ITIN (a CPA firm's page: "We are a Certified Acceptance Agent and can assist you with
 * obtaining a U.S. ITIN"), and a guide helps too.
 */
const OFFER = pattern(
  String.raw`(?:we|we'll|we will|we can|let us) (?:\w+ ){0,2}?(?:handle|take care of|obtain|apply for|file|submit|prepare|process) (?:your|the entire|the whole|all)|our (?:[\w-]+ ){0,3}?(?:services?|packages?)|do all the work|order (?:your|an?|the) (?:ein|itin|tax id)`,
  ['nuestro servicio', 'nos encargamos de', 'notre service', 'nous nous chargeons', '我们的', '我們的', '我司', '为您办理', '為您辦理'],
);

/** The page's own voice in a Chinese sentence, which self.ts's word list does not carry: "我们的…服务", "我司". */
const OWN_ZH = /我们|我們|我司|本公司/;

/** The tax-ID step named: EIN and ITIN only in capitals, in the page's own text (German "ein"); the rest in folded text. */
const ACRONYM = /\b(?:F?EIN|ITIN)\b/;
const STEP_WORDS = /employer identification number|individual taxpayer identification number|tax id(?:entification)? number|\bw-?7\b|\bss-?4\b|税号|稅號|报税号码|報稅號碼|納税者番号|납세자 식별/;

/** "this process" standing for the step the page is about: "we handle the whole process". */
const THIS_PROCESS = /\b(?:this|the whole|the entire) (?:process|application)\b|\b(?:nesse|neste|esse|este|ese) (?:processo|proceso)\b|\bce processus\b|这个过程|整个过程|申请过程/;

/** The step as part of forming the company the business sells: "We file your LLC within 24 hours, then submit SS-4". */
const FORMATION = /\b(?:llc|company|corporation|entity) (?:formation|is formed|formed)\b|\bform(?:ing)? (?:your|an?|the|a new) (?:[\w-]+ )?(?:llc|company|corporation)\b|\b(?:file|filing|register(?:ing)?) (?:your|the|an?) (?:[\w-]+ )?(?:llc|company|corporation|articles)\b|\barticles of (?:organization|incorporation)\b|注册公司|公司注册|会社設立|법인 설립/;

/** Does the sentence tie the tax-ID step to forming the company (FORMATION)? middleman-service asks it of a we-do cue too. */
export const formsTheCompany = (sent: string): boolean => FORMATION.test(sent);

/** The helper being the page's guide, just before the offer: "This guide will help you apply for your EIN". */
const GUIDE_SUBJECT = /\b(?:this|the|our) (?:\w+ )?(?:guide|article|post|tutorial|blog|video|checklist)\b[^.!?,]{0,20}$/;

const MAX_OFFERS = 20;

/** Does the sentence [s, e) name the tax-ID step (the acronyms in capitals in page.raw), or point at it as "this process"? */
function namesStep(page: PreparedPage, s: number, e: number): boolean {
  const sent = page.text.slice(s, e);
  return STEP_WORDS.test(sent) || THIS_PROCESS.test(sent) || ACRONYM.test(page.raw.slice(s, e));
}

/**
 * The first sentence in which the page offers its own service for the tax-ID step (see the header), or undefined.
 * Asked only on a page about the EIN or the ITIN (middleman-service).
 */
export function taxIdOffer(page: PreparedPage): [number, number] | undefined {
  for (const m of patternMatches(page, OFFER, MAX_OFFERS)) {
    const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
    const sent = page.text.slice(s, e);
    if (!namesStep(page, s, e) || formsTheCompany(sent) || saysFree(sent) || warnsAt(page.text, s, e)) continue;
    if (GUIDE_SUBJECT.test(page.text.slice(Math.max(s, m.index - 60), m.index)) || quotedFromOthers(page.text, s, m.index)) continue;
    const order = m[0].startsWith('order ');
    if (order || OWN_ZH.test(sent) || speaksAt(page, s, e)) return [s, e];
  }
  return undefined;
}
