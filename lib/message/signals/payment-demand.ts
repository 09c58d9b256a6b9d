/**
 * payment-demand: the message tells the reader to pay, often against a clock — "your case has an
 * outstanding fee", "pay $150 within 24 hours", "payment required to avoid cancellation", "debe
 * pagar una multa", "请在24小时内缴纳费用". USCIS never asks for fees by text, e-mail or phone
 * (FACTS.md "How USCIS takes money"); fees are paid inside a USCIS online account or on a form.
 *
 * Weak: a lawyer's or a shop's reminder to pay an invoice is ordinary. It becomes a red flag with
 * another one (an agency voice, a look-alike link, gift cards, a threat: check.ts).
 * Traps, suppressed: warnings and negations ("USCIS will never ask you to pay by phone", "no
 * pague"); receipts that report a payment ("Your payment of $40 was received") are not demands.
 */
import { wideWords, wordsPattern } from '../../text/normalize';
import { firstUnwarned } from '../sentences';
import type { PreparedMessage } from '../prepare';
import type { SignalHit } from './types';

const DEMAND = new RegExp(
  [
    String.raw`\b(?:must|need to|needs to|have to|has to|required to|requested to|asked to|please|kindly|immediately|urgently)\s(?:\w+\s){0,3}?(?:pay|make (?:a|the) payment|settle|deposit|send (?:the |a )?(?:payment|fee|money))\b`,
    String.raw`\b(?:outstanding|unpaid|pending|overdue|remaining|past due|missing|additional) (?:\w+ ){0,2}?(?:fees?|balance|payments?|amount|fines?|charges?|penalty)\b`,
    String.raw`\b(?:payment|fee|fees|balance|amount|fine) (?:is |are |was |of [^.!?]{1,20}? is )?(?:required|due|needed|pending|overdue|owed|not received)\b`,
    // paying or sending an amount: "pay $85", "send $150 for shipping", "pague $200", "envíe 350 dólares"
    String.raw`\b(?:pay|send|wire|transfer|deposit|pague|pagar|paga|envie|enviar|deposite|transfiera) (?:us |me |nos |a |the |un |una |la |el )?(?:\w+ )?(?:fee |tarifa |cuota |multa )?(?:of |de )?(?:us ?\$|\$)\s?\d`,
    String.raw`\b(?:pay|pague|pagar|paga|envie|enviar) (?:\w+ ){0,3}?\d[\d,.]* ?(?:dollars|dolares|usd)\b`,
    String.raw`\bpay (?:via|by|with|through|using) \w+`,
    String.raw`\b(?:fee|fine|penalty|payment|charge) of (?:us ?)?\$\s?\d`,
    // a price to renew, apply or unlock now: "renew now for USD 89", "apply today for only $49"
    String.raw`\b(?:renew|apply|register|reactivate|unlock|activate|reinstate|update)\b(?: \w+){0,3}? for (?:only |just )?(?:us ?\$|\$|usd ?|eur ?|€)\s?\d`,
    String.raw`\bpay (?:it |the (?:\w+ )?fee |your (?:\w+ )?fee |\$\s?\d+ )?(?:now|immediately|today|within|before|by|at|here|online)\b`,
    String.raw`\b(?:debe|tiene que|necesita|deberá|debera) (?:\w+ ){0,2}?(?:pagar|abonar|depositar|cancelar (?:la|el|una|un) (?:multa|tarifa|cuota|saldo|pago))\b`,
    String.raw`\bpague (?:\w+ ){0,3}?(?:ahora|inmediatamente|hoy|antes|dentro|en las proximas)\b`,
    // pay-or-else and pay-for-release: "if you pay $2,000…", "si usted paga 4,500 dólares…"
    String.raw`\b(?:if you (?:don'?t |do not )?pay|unless you pay|si (?:usted )?(?:no )?(?:paga|pagas|abona|deposita))\b`,
    String.raw`\b(?:tarifa|cuota|pago|multa|saldo|cargo) (?:pendiente|vencid[oa]|adicional|atrasad[oa])\b`,
    String.raw`\btenga (?:listo|preparado) el (?:pago|dinero)\b`,
    // French and Portuguese: "vous devez payer", "veuillez régler les frais", "deve pagar a taxa"
    String.raw`\b(?:devez|devrez|veuillez|doit|doivent|il faut) (?:\w+ ){0,3}?(?:payer|regler|verser|virer|envoyer (?:l'argent|les frais|la somme))\b|\bpayer (?:les |des |la |une )?(?:frais|amende|somme|caution)\b`,
    String.raw`\b(?:deve|devera|precisa|tem que|tera que) (?:\w+ ){0,3}?(?:pagar|depositar|transferir)\b|\b(?:pagar|pague) (?:a |uma )?(?:taxa|multa)\b|\b(?:via|por) pix\b`,
    String.raw`\bmagpadala ng (?:₱|php ?|p)\s?\d|\bmagbayad\b`,
    String.raw`(?:缴纳|支付|付款|缴费|交费)`,
    // Vietnamese, folded by wordsPattern: the imperative ("phải nộp", "vui lòng chuyển", "nộp phí"),
    // not the bare noun of a method ("chuyển khoản" = a bank transfer), which warnings name too.
    wordsPattern(['phải nộp', 'phải đóng', 'phải thanh toán', 'phải chuyển', 'vui lòng nộp', 'vui lòng đóng', 'vui lòng thanh toán', 'vui lòng chuyển', 'nộp phí', 'đóng phí'], true),
    String.raw`(?:납부|결제|송금|입금|이체)(?:하십시오|하세요|해야|해 주십시오|하시기|하셔야)|돈을 내지 않으면|(?:벌금|수수료|보석금)을`,
    String.raw`\b(?:kailangan|dapat) (?:\S+ ){0,2}?(?:magbayad|bayaran|ipadala ang bayad)\b`,
    String.raw`(?:оплатит\w*|заплатит\w*|перевест\w* деньги|оплат\w* сбор)`,
    // the other languages' imperatives and pay-or-else: "Bayar segera", "Lunasi!", "ödemezseniz", "zapłać", "يرجى تسوية",
    // "پرداخت کنید", "お支払いください", "paga subito", "Pague HOJE", "por favor, pague"
    String.raw`\b(?:pague (?:hoje|ja|agora)|efetue o pagamento|(?:pagamento|pagar|pague) (?:d[ao] |a |uma )?(?:coima|divida)|por favor,? pague)\b`,
    wideWords(
      [
        'bayar segera', 'segera bayar', 'silakan bayar', 'harap bayar', 'lunasi', 'wajib membayar', 'lakukan pembayaran', 'ödeyin', 'ödeyiniz', 'ödemezseniz',
        'ödeme yapın', 'ödeme yapınız', 'заплатите', 'погасите', 'сплатіть', 'оплатіть', 'погасіть', 'zapłać', 'dokonać wpłaty', 'ureguluj', 'opłać',
        'يرجى تسوية', 'يرجى سداد', 'ادفع', 'قم بالدفع', 'بوابة الدفع', 'پرداخت کنید', 'واریز کنید', 'بپردازید', 'پرداخت نمایید', 'お支払いください',
        'お支払いのお願い', '納めてください', '納付してください', '支払ってください', 'pagare entro', 'paga ora', 'paga subito', 'effettua il pagamento',
        'devi pagare', "to'lang", "to'lashingiz kerak", 'ادا کریں', 'ادائیگی کریں', 'भुगतान करें', 'जमा करें',
      ],
      true,
    ),
  ].join('|'),
  'g',
);
// A receipt reports a payment; it does not ask for one. Nor does money the reader is to collect: "save this letter …
// to collect any missing payments" (the Child Tax Credit, a free tax service's text, tune-2026-12-06w).
const REPORTED =
  /\b(?:was received|has been received|were received|thank you for your payment|payment confirmation|receipt for your payment|hemos recibido su pago)\b|\b(?:collect|claim|receive|recover|get) (?:any |your |the |all |those |these )?(?:outstanding|unpaid|pending|remaining|missing|additional) (?:\w+ )?(?:payments?|amount|balance)\b/;

// Criminal charges, not money: "Lying to officers can lead to additional charges" (a know-your-rights flyer,
// tune-2026-12-06h). Skipped only where the sentence names no money ("…face charges unless you pay $500" still counts).
const CRIMINAL = /\b(?:lead|result)s? (?:in|to) (?:\w+ )?charges|\b(?:fac\w*|criminal|felony|press\w*|drop\w*) (?:\w+ )?charges|\bcharges (?:against|were filed|filed)/;
const MONEY = /\$|\d|\b(?:pay|paid|fee|fine|usd|dollar|money)/;

export default function paymentDemand(msg: PreparedMessage): SignalHit | undefined {
  const hit = firstUnwarned(msg.page, DEMAND, 50, (sentence) => REPORTED.test(sentence) || (CRIMINAL.test(sentence) && !MONEY.test(sentence)));
  return hit ? { evidence: hit.evidence, strength: 'weak' } : undefined;
}

/*
Examples:
  fires:      "Your case has an outstanding fee of $150. Pay within 24 hours"
  must not:   "USCIS will never ask you to pay a fee by phone", "Your payment of $40 was received"
*/
