/**
 * parcel-held: a parcel "could not be delivered", is "on hold" or "detained", and the reader must
 * confirm or update an address, or pay a fee, through a link or within hours — "The USPS package has
 * arrived at the warehouse and cannot be delivered due to incomplete address information. Please
 * confirm your address in the link", "U.S. Customs: … the parcel is temporarily detained, please
 * confirm the zip code address information in the link within 24 hours". Delivery smishing is the
 * most reported text scam (FTC); USPS sends tracking texts only to people who asked for them, with
 * no link (USPIS). It takes card numbers and identities.
 *
 * Strength: 'strong' with both the held parcel and the request (confirm/update/verify an address
 * or delivery details, or a redelivery, customs or shipping fee, or the malware e-mail's "Label is
 * enclosed … print the label" and storage fee "for each day of keeping") in the same window; 'weak' for a
 * held parcel alone ("We could not deliver your package today. We will try again tomorrow").
 * The same structure in the other languages (family-words.ts): a parcel word with a held or customs word near it, and a
 * request to pay, confirm or follow a link — "DPOST: Ihr Paket … unterliegt einer Zollgebühr (2,99€), die Sie bezahlen
 * müssen unter: post-d-export.com", "お客様が不在の為 お荷物を持ち帰りました こちらにてご確認ください", "החבילה שלך ממתינה
 * למשלוח. אישור תשלום (12.80 שקל)…" (tune-2026-12-06af). An amount of money near the held parcel is the small fee.
 * A link alone is not the request: real carriers link to their own sites, and the world's carriers are more than any
 * list (OnTrac, GLS, Yurtiçi, СДЭК, SMSA…: 'weak', review19); nor is the address named as the reason ("adresát
 * nezastižen", "alamat tidak ditemukan"): the request words are verbs, payment and link words.
 * No hit: a notice whose every link is the carrier's own site (CARRIER_DOMAINS) or a government's (a real DHL or InPost
 * import-duty SMS, a national post on its government's domain): there is no lure to follow.
 * Traps, suppressed: warnings ("Scammers text that your package could not be delivered").
 */
import { hostMatches } from '../../domain/match';
import { foldArabic } from '../../text/normalize';
import { hostOfUrl } from '../../domain/url';
import { isGovernmentLink } from '../cues';
import { CARRIER_DOMAINS, HELD_WIDE, PARCEL_REQUEST_WIDE, PARCEL_WIDE } from '../family-words';
import type { PreparedMessage } from '../prepare';
import { strongestInWindow, warns } from '../sentences';
import type { SignalHit } from './types';

const HELD = new RegExp(
  [
    String.raw`\b(?:package|parcel|shipment|delivery|item)s? (?:\w+ ){0,8}?(?:could not|cannot|can not|can't|couldn't|was unable to|is unable to|unable to|will not|won't) (?:be )?(?:deliver|delivered|cleared|verify|dispatched|shipped)\b`,
    String.raw`\b(?:could not|cannot|can not|couldn't|were unable to|was unable to|unable to|failed to) (?:deliver|release|clear|make (?:the )?delivery of) (?:your |the |a )?(?:package|parcel|shipment|item)s?\b|\bno (?:pudimos|pudo|se pudo) entregar (?:su|tu) (?:paquete|envio|pedido)\b`,
    String.raw`\b(?:package|parcel|shipment|item)s? (?:is|was|are|were|has|have)(?: \w+){0,3}? (?:on hold|held|detained|suspended|returned|moved to|being kept)\b|\b(?:package|parcel) hold\b|\bundeliverable\b|\bcould not verify your (?:location|address)\b|\bcannot be approved for delivery\b`,
    String.raw`\b(?:paquete|envio|pedido|encomienda)s? (?:\w+ ){0,6}?(?:no (?:pudo|puede|se pudo|ha podido|se ha podido|hemos podido) (?:ser )?entrega[dr]|retenid|detenid|en espera|suspendid)\w*|\baviso urgente de (?:tu|su) envio\b`,
    String.raw`\b(?:pacote|encomenda) (?:\w+ ){0,6}?(?:nao (?:pode|pôde|foi) (?:ser )?entreg|retid)\w*|\b(?:colis|livraison) (?:\w+ ){0,6}?(?:n'a pas pu etre|ne peut pas etre|en attente|bloque|retenu|trop volumineux)\w*`,
    String.raw`(?:包裹|快递|快遞)(?:\S{0,8})(?:无法|無法|未能)(?:投递|投遞|派送|送达|送達)|(?:包裹|快递|快遞)(?:\S{0,6})(?:被扣|扣留|滞留|滯留)`,
  ].join('|'),
  'g',
);
// What the reader is told to do: confirm an address or details, or pay a small fee, via a link or fast.
const REQUEST =
  /\b(?:confirm|update|verify|re-?enter|complete|correct|provide)\b(?: \w+){0,4}? (?:address|zip|details|information|delivery)|\b(?:redelivery|re-delivery|shipping|customs|handling|storage|delivery) (?:fee|charge|payment)\b|\b(?:via|in|at|on|through|using) the link\b|\blink below\b|\bwithin \d+ hours\b|\b(?:confirme|actualice|verifique|ingrese) (?:\w+ ){0,3}?(?:direccion|datos|informacion)|\b(?:tarifa|cargo|pago) de (?:envio|entrega|aduana)|\b(?:confirme|atualize) (?:\w+ ){0,3}?(?:endereco|dados)|\b(?:confirmez|mettez a jour) (?:\w+ ){0,3}?(?:adresse|informations)|(?:更新|确认|確認)(?:地址|信息|資料)|\b(?:follow|see) the instructions\b|\b(?:outstanding|unpaid) (?:\w+ )?(?:tax|customs|duty|shipping) (?:balance|fee|fees)\b|\btasas de aduanas?\b|\bsiga las instrucciones\b|\b(?:alfandeg\w*|consulte (?:os )?detalhes|acesse|acessando)\b|\b(?:choisir|choisissez|reprogrammer|reprogrammez|planifier) (?:un |une |votre )?(?:nouveau |nouvelle )?(?:creneau|point relais|date|livraison)\b|\bfrais de (?:douane|livraison|port)\b|\b(?:print|download|open) the (?:attached |enclosed )?(?:shipping )?(?:label|invoice)\b|\blabel is (?:enclosed|attached)\b|\b(?:for each|per) day of (?:keeping|storage)\b/;

const PARCEL_ALL = new RegExp(PARCEL_WIDE, 'g');
const HELD_ANY = new RegExp(HELD_WIDE);
const REQUEST_ANY = new RegExp(PARCEL_REQUEST_WIDE);
// An amount of money: the small fee ("(2,99€)", "12.80 שקל", "1,95 euro", "79.80 Kč", "₩3,000").
const AMOUNT = new RegExp(foldArabic(/(?:[$€£₪¥₩₫]|\brp\.?)\s?\d|\d(?:[.,]\d{1,2})?\s?(?:[$€£₪¥₩₫円원]|(?:eur|euro|euros|zł|zl|pln|kč|kc|czk|lv|лв|лева|руб|грн|tl|ден|шекел|שקל|ש"ח|ريال|درهم|جنيه|vnd|đồng|dong)(?![a-z]))/.source));
const onCarrierSite = (url: string): boolean => {
  const host = hostOfUrl(url);
  for (const domain of CARRIER_DOMAINS) if (hostMatches(host, domain)) return true;
  return false;
};

export default function parcelHeld(msg: PreparedMessage): SignalHit | undefined {
  // a carrier's or a government's own link ("dhl.de", "beacukai.go.id") is the safe way to act, not the lure
  const carrierOnly = msg.links.length > 0 && msg.links.every((l) => onCarrierSite(l.url) || isGovernmentLink(l.url));
  if (carrierOnly) return undefined;
  const judge = (near: string): 'strong' | 'weak' | undefined =>
    warns(near) ? undefined : REQUEST.test(near) || REQUEST_ANY.test(near) || AMOUNT.test(near) ? 'strong' : 'weak';
  const hit = strongestInWindow(msg.page, HELD, 10, (_m, near) => judge(near));
  if (hit?.strength === 'strong') return hit;
  // the other languages: a parcel word with a held or customs word near it
  return strongestInWindow(msg.page, PARCEL_ALL, 10, (_m, near) => (HELD_ANY.test(near) ? judge(near) : undefined)) ?? hit;
}

/*
Examples:
  fires:      "The USPS package has arrived at the warehouse and cannot be delivered due to incomplete address information. Please confirm your address in the link." (strong);
              "We could not deliver your package today. We will try again tomorrow." (weak)
  must not:   "Scammers text that your package could not be delivered. Do not click.", "Your package was delivered at 2:14 pm."
*/
