/**
 * Fee-payment middlemen (session 23, tune batch real-2026-12as, fees23): a business that pays a U.S. government fee for
 * the person, for a charge — the SEVIS I-901 fee of F, J and M students, the visa application (MRV) fee, the National
 * Visa Center's immigrant-visa fees — sold mostly to people whose cards are refused abroad (Iran, Nigeria, Ghana,
 * Cameroon, Kenya), in Persian, English, Arabic, Urdu, French. Data and readings for middleman-service, kept apart like
 * services.ts and dv.ts.
 *
 * The line. The SEVIS fee is paid to DHS at fmjfee.com by card, by check or money order with the I-901 coupon, or through
 * Western Union's Quick Pay in countries that have it; a third party — a school, a sponsor, a relative or friend — may
 * pay it (facts.json url.sevis-fee, channel.sevis-fee-western-union; secondary: universities' international offices).
 * The visa fee is paid through the embassy's own appointment and payment site or the bank it names (travel.state.gov).
 *  - Middleman (fires, `caution`, with the official route): a business whose product is paying that fee for the reader:
 *    "we pay your SEVIS fee", "ما هزینه سفارت را برای شما پرداخت می کنیم", "pay your SEVIS fee in local currency with
 *    the Pay4Me App" (the site's own name as the means of payment). The reader, or anyone they trust, can pay at the
 *    source; the business adds its charge and holds the reader's money and data in between.
 *  - Not a middleman: a school or exchange sponsor that pays the fee as part of its program ("included in the program
 *    fee", "covered by the sponsor"); a bank's own card or app, the instrument with which the reader pays at the source
 *    (a site whose own name says bank); guides, universities, embassies and news that tell how to pay it, quote the
 *    amounts or the exchange rate, or say "a third party may pay it for you" (no first person, no brand of its own
 *    doing the paying); a lawyer naming the filing fees of a case (LAWYER_SELF, middleman-service).
 * What is read: a sentence that names one of these fees and has the business as the payer — first person doing the
 * paying ("we pay", "we'll make the payment", "our team will pay"), the fee paid "for you / on your behalf / through
 * us", or the site's own name as the means ("with the Pay4Me App", "via Sevpay") — in Latin script only on a page where the
 * reader pays the business for it (CHARGED: in local currency, naira, tomans, a service charge, an order). Not when the sentence warns or
 * says it does not pay, or the payment is part of a program; an employer or sponsor paying for its people charges nothing. The fee service applies only on a page that has such a
 * sentence (Service.pageCheck), so visa agencies, form sellers and guides that name a fee keep their own service.
 * No facts.json line states the SEVIS fee's amount or the visa fee's: the reason names neither.
 */
import { hasPattern, patternMatches, pattern, sentenceAround, warnsAt, type Pattern } from '../../text/context';
import { SERVICE_FEE_WORDS } from '../../text/money';
import { foldArabic } from '../../text/normalize';
import { SEVIS_FEE_ARABIC_SCRIPT } from '../../text/relevance';
import { ownLabel } from '../../domain/match';
import type { PreparedPage } from '../types';
import type { Cue } from './cues';

/** The SEVIS I-901 fee named in English (folded text): "the SEVIS fee", "the I-901 SEVIS fee", "SEVIS payment"; payment-red-flags reads it too. */
export const SEVIS_FEE_ENGLISH = String.raw`sevis(?: i-?901)?(?: fee| fees| payment)|i-?901(?: sevis)? (?:fee|fees|payment)`;

/** The SEVIS I-901 fee named (folded text). */
export const SEVIS_FEE_NAMED: Pattern = pattern(
  SEVIS_FEE_ENGLISH,
  [...SEVIS_FEE_ARABIC_SCRIPT, 'frais sevis', 'frais de sevis', 'сбор sevis', 'сбора sevis', 'sevis ücreti', 'sevis ücretini', 'tarifa sevis', 'cuota sevis', 'phí sevis', 'sevis费', 'sevis費'],
);

/** A U.S. visa or immigrant-visa fee named (folded text). */
export const VISA_FEE_NAMED: Pattern = pattern(
  String.raw`(?:u\.?s\.?a?\.? |american |united states )?visa (?:application |processing )?fees?|mrv (?:fees?|payment)|machine readable visa (?:application )?fees?|(?:nvc|immigrant visa|affidavit of support|ds-?160|ds-?260) (?:processing )?fees?|(?:consular|embassy) fees?`,
  ['هزینه سفارت', 'هزینه وقت سفارت', 'هزینه ویزا', 'هزینه mrv', 'هزینه ds-160', 'هزینه nvc', 'رسوم التأشيرة', 'رسوم السفارة', 'رسوم طلب التأشيرة', 'frais de visa', 'frais consulaires', 'frais de demande de visa', 'консульский сбор', 'консульского сбора', 'визовый сбор', 'vize ücreti', 'vize ücretini', 'konsolosluk ücreti', 'ویزا فیس', 'tarifa de visa', 'cuota de visa'],
);

/**
 * The business as the payer, in the fee's sentence (folded text): first person doing the paying, or the fee paid for the
 * reader by someone the sentence names as "us". "We recommend you pay the fee online" is the reader paying. In Latin
 * script (en, fr, es, tr) this is said by employers and exchange sponsors too, so it counts only on a page where the reader
 * is charged for it (CHARGED).
 */
const PAYER_LATIN = new RegExp(
  String.raw`\b(?:we|we'll|we will|let us|our (?:team|service|app|platform|company|agents?|experts?|specialists?)(?: will| can)?)(?: also| then| will| can| gladly)? (?:pay|settle|make (?:the |your )?payments?|handle (?:the |your )?payments?)\b` +
    String.raw`|\bpay(?:s|ing)? (?:your |the |all )?(?:[\w.-]+ ){0,4}?fees? (?:for you|on your behalf|for our clients|through us|with us|via us)\b` +
    String.raw`|\b(?:nous (?:payons|reglons|effectuons le paiement)|pagamos (?:su|tu|la|el)|sizin (?:ad[iı]n[iı]za|yerinize) od(?:eme|u)|odemenizi yap[iı]yoruz)`,
);

/**
 * The same in Persian, Arabic, Urdu and Russian, where these businesses write as a company doing the payment ("پرداخت
 * هزینه MRV توسط شرکت …", "ما … پرداخت می کنیم", "برای شما پرداخت", an order for the payment, its commission): read alone.
 */
const PAYER_WIDE = new RegExp(foldArabic(/(?:پرداخت[^.!?]{0,60}?توسط (?:شرکت|ما|تیم|کارشناسان|موسسه))|(?:(?:ما|تیم ما|کارشناسان ما)[^.!?]{0,50}?پرداخت (?:می ?کنیم|میکنیم|خواهیم کرد|می نماییم))|(?:برای شما پرداخت)|(?:پرداخت[^.!?]{0,60}?(?:برای شما|به جای شما) انجام (?:می ?دهیم|میدهیم|خواهیم داد))|(?:نقوم بالدفع)|(?:ثبت سفارش پرداخت)|(?:کارمزد پرداخت)|(?:ندفع|نقوم بدفع|نسدد)|(?:دفع[^.!?]{0,40}?نيابة عنك)|(?:ہم آپ کی[^.!?]{0,40}?ادا)|(?:мы оплатим|оплатим за вас|оплатим ваш|мы оплачиваем)/.source));

/** A sentence that is not the business paying: a negation, or the fee paid as part of a program ("included", "covered by the sponsor"). */
const NOT_PAYING = /\b(?:not|never|cannot|can't|don't|doesn't|won't|no one|nobody)\b|\b(?:included|includes|part of (?:the|your|our|their) (?:program|programme|package|tuition)|covered by|we cover|at no (?:extra )?cost|free of charge)\b/;

/**
 * The reader paying the business for the payment, somewhere on the page: in their own currency ("in local currency",
 * naira, cedis, rials, tomans), or a charge of the business's ("service charge", "کارمزد", "ثبت سفارش": an order). An
 * employer or exchange sponsor that pays a visa or SEVIS fee for its people says none of this.
 */
const CHARGED: Pattern = pattern(
  String.raw`(?:in|with) (?:your )?local currenc(?:y|ies)|naira|cedis|shillings?|rials?|tomans?|service (?:fee|charge)s?|transaction fees?|commission|our (?:fee|rate|charge)s?|place (?:an|your) order|order now`,
  [...SERVICE_FEE_WORDS, 'تومان', 'ریال', 'کارمزد', 'ثبت سفارش', 'نرخ ارز', 'عمولة', 'بالجنيه', 'بالريال', 'frais de service', 'commission', 'komisyon', 'комиссия', 'в рублях'],
);

/** The site's own name (at least four letters or digits), not a bank's: "pay … with the Pay4Me App" names the payer. */
function ownBrand(page: PreparedPage): RegExp | undefined {
  const label = ownLabel(page.host);
  if (!/^[a-z0-9][a-z0-9-]{3,}$/.test(label) || /bank/.test(label)) return undefined;
  const name = label.replace(/-/g, '[- ]?');
  return new RegExp(String.raw`\b(?:with|through|via|using) (?:the |our )?${name}\b`);
}

/** Fee mentions read for a payer sentence. */
const MAX_FEE_MENTIONS = 30;
const found = new WeakMap<PreparedPage, [number, number] | null>();

/** The first sentence in which the business pays a U.S. government fee for the reader, or undefined (once per page). */
export function paysFeeAt(page: PreparedPage): [number, number] | undefined {
  const known = found.get(page);
  if (known !== undefined) return known ?? undefined;
  let at: [number, number] | null = null;
  const brand = ownBrand(page);
  let charged: boolean | undefined; // read once, and only when a Latin-script payer sentence is met
  outer: for (const fee of [SEVIS_FEE_NAMED, VISA_FEE_NAMED]) {
    for (const m of patternMatches(page, fee, MAX_FEE_MENTIONS)) {
      const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
      const sent = page.text.slice(s, e);
      const pays = PAYER_WIDE.test(sent) || ((PAYER_LATIN.test(sent) || brand?.test(sent) === true) && (charged ??= hasPattern(page, CHARGED)));
      if (!pays || NOT_PAYING.test(sent) || warnsAt(page.text, s, e)) continue;
      at = [s, e];
      break outer;
    }
  }
  found.set(page, at);
  return at ?? undefined;
}

/** Adds the 'pays-fee' cue (the business paying the fee for the reader) to `found` (middleman-service). */
export function feeCues(page: PreparedPage, cues: Map<Cue, [number, number]>): void {
  const at = paysFeeAt(page);
  if (at) cues.set('pays-fee', at);
}
