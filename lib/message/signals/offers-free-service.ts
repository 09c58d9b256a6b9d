/**
 * offers-free-service: the message offers to get the reader something USCIS or the State
 * Department gives for free or only through its own site — an online access code, a case-status
 * check, blank forms, a DV lottery entry, "faster processing" of a case, a "guaranteed" green card
 * or visa ("We can get your access code today", "Le ayudamos a acelerar su caso por $200").
 * A priced page-style offer is also caught by the page signals (access-code-for-sale,
 * free-service-for-sale), which check.ts runs on the message too.
 *
 * Strong when money is named in the same window (a price, "fee", "pay", "cost"), or when the offer is
 * the online access code (only USCIS issues it, by mail); weak otherwise (a nonprofit's volunteer
 * may offer to help check a case for free). Also a result promised "sin fallo" (without fail) or
 * "100% guaranteed", strong with a price; appointments the government books for free sold ("Tengo
 * citas para CBP One disponibles, $500", "vendo citas para la embajada"), a parole sponsor "ready"
 * (supporters may not charge), a benefit promised within a time ("en 2 meses tienes tu permiso de
 * trabajo") — strong with a price or a sale.
 * Traps, suppressed: warnings ("no one can speed up your case for a fee") and negations.
 */
import { matches, windowAround } from '../../text/context';
import { prices } from '../../text/money';
import { warns } from '../sentences';
import { quote, wordsPattern } from '../../text/normalize';
import type { ServiceId } from '../../types';
import type { PreparedMessage } from '../prepare';
import type { SignalHit } from './types';

const OFFER = new RegExp(
  [
    String.raw`\b(?:we|i) (?:can|will|'ll|could) (?:\w+ ){0,3}?(?:get|obtain|recover|retrieve|generate|send|renew) (?:you |for you )?(?:your |a |the |new )*(?:online )?(?:access codes?|case status|forms?|dv (?:lottery )?entry|lottery entry|green cards?|work permits?|visas?)\b`,
    String.raw`\b(?:we|i) (?:can|will|'ll|could) (?:\w+ ){0,2}?(?:speed up|expedite|fast-?track|accelerate|approve|guarantee|fix|unlock|reactivate) (?:\w+ ){0,2}?(?:case|application|petition|green card|visa|status|account)\b`,
    String.raw`\bguaranteed? (?:\w+ ){0,2}?(?:approval|green card|visa|citizenship|work permit|selection)\b`,
    // selling what only the person or the government can give: a parole sponsor, an affidavit, a visa
    String.raw`\b(?:we (?:offer|sell|provide)|ofrecemos|vendemos|conseguimos|tenemos) (?:\w+ ){0,2}?(?:sponsors?|sponsorship|affidavits?|patrocinadores?|patrocinio|cartas? de (?:invitacion|empleo|patrocinio)|green cards?|visas?|permisos? de trabajo|work permits?)\b`,
    String.raw`\b(?:green cards?|visas?|residencia|permisos? de trabajo|asilo|caso|aprobacion|approval|citizenship|ciudadania) garantizad[oa]s?\b|\bgarantizamos\b|\b(?:we|i) guarantee\b`,
    String.raw`\b(?:we|i) (?:can|will|'ll|could) (?:\w+ ){0,2}?(?:reopen|appeal|reverse|overturn) (?:\w+ ){0,2}?(?:case|denial|application|decision)\b|\bpodemos (?:reabrir\w*|apelar\w*|revertir\w*)\b`,
    String.raw`\b(?:le |les )?(?:ayudamos|podemos) (?:\w+ ){0,2}?(?:acelerar|agilizar|aprobar|garantizar|obtener|conseguir|recuperar) (?:\w+ ){0,2}?(?:caso|solicitud|tramite|green card|visa|codigo de acceso|permiso)\b`,
    // appointments the government books for free, sold: "Tengo citas para CBP One disponibles, $500",
    // "vendo citas para la embajada americana"
    String.raw`\b(?:(?:vendo|vendemos|ofrezco|ofrecemos|conseguimos|consigo|sell|selling|we get|i get|we can get|i can get|get you) (?:\w+ ){0,2}?(?:citas?|appointments?|turnos?|slots?)|(?:tengo|tenemos|we have|i have) (?:\w+ )?(?:citas|appointments|turnos|slots))\b[^.!?]{0,40}?\b(?:cbp ?one|embajada|consulado|embassy|consulate|uscis|biometric\w*|entrevista|interview|visa)\b`,
    // a sponsor "ready" for the reader (supporters may not charge: USCIS)
    String.raw`\b(?:parole |financial )?(?:sponsors?|supporters?|patrocinador\w*|padrinos?)\b(?: \w+){0,3}? (?:is |are |esta |estan )?(?:ready|available|disponibles?|listos?|listas?)\b`,
    // a benefit promised within a time: "en 2 meses tienes tu permiso de trabajo", "green card in 3 months"
    String.raw`\b(?:en|in) \d+ (?:dias|semanas|meses|days|weeks|months) (?:\w+ ){0,2}?(?:tienes|tiene|tendras|tendra|recibes|recibe|obtienes|obtiene|you(?:'ll| will)? (?:get|have|receive))\b[^.!?]{0,30}?\b(?:permiso|green card|residencia|visa|work permit|asilo|ciudadania|citizenship)|\b(?:green card|visa|permiso de trabajo|work permit|residencia|ciudadania|citizenship) (?:\w+ ){0,2}?(?:en|in) \d+ (?:dias|semanas|meses|days|weeks|months)\b`,
    // a result promised "without fail" for a price: "para asegurar, sin fallo de ningún tipo, la abogada cobra $2,500"
    String.raw`\b(?:asegurar|garantizar|aseguramos|garantizamos|asegura|garantiza)\b[^.!?]{0,30}?\bsin (?:fallo|falla|riesgo)s?\b|\b(?:100 ?%|cien por ciento) (?:garantizad[oa]|seguro|segura|guaranteed)\b`,
    // a visa promised: "đảm bảo 100% xin visa thành công", "bao đậu visa", "包过签证", "비자 100% 보장"
    `(?:${wordsPattern(['đảm bảo', 'bảo đảm', 'cam kết', 'bao đậu', 'bao đỗ'], true)})\\s?(?:100 ?%\\s?)?(?:${wordsPattern(['xin', 'đậu', 'đỗ', 'có'], true)}\\s)?(?:visa|${wordsPattern(['thị thực'], true)})|(?:包过|包過|包签|包簽|保签|保簽|保证出签|保證出簽)|(?:비자|영주권)\\S{0,3}\\s?100\\s?%\\s?(?:보장|승인|합격)`,
  ].join('|'),
  'g',
);
const MONEY = new RegExp(String.raw`\$\s?\d|\b(?:fee|fees|pay|payment|paid|cost|price|charge|only|just|usd|dollars|tarifa|pago|pagar|pagados?|costo|precio|dolares|zelle|efectivo|cash|sell|selling|sold|vendo|vendemos|venta|cobro|cobramos|cobra|refund|reembolso)\b|费用|費用|收费|收費|退款|수수료|비용|환불` + '|' + wordsPattern(['hoàn tiền', 'phí dịch vụ'], true));

function serviceOf(words: string): ServiceId {
  if (/access code|codigo de acceso/.test(words)) return 'access-code';
  if (/case status/.test(words)) return 'case-status';
  if (/forms?\b/.test(words)) return 'forms';
  if (/lottery|dv /.test(words)) return 'dv-lottery';
  return 'uscis';
}

export default function offersFreeService(msg: PreparedMessage): SignalHit | undefined {
  const { page } = msg;
  let weak: SignalHit | undefined;
  for (const m of matches(page, OFFER, 30)) {
    const [s, e] = windowAround(page.text, m.index, m.index + m[0].length);
    const sent = page.text.slice(s, e);
    if (warns(sent)) continue;
    const hit = { evidence: quote(page.raw, s, e, 160), service: serviceOf(m[0]) };
    // Only USCIS issues the online access code (it mails it): anyone else offering to get it is a
    // red flag even before a price is named ("We can get your access code today").
    if (hit.service === 'access-code' || MONEY.test(sent) || prices(sent).length > 0) return { ...hit, strength: 'strong' };
    weak ??= { ...hit, strength: 'weak' };
  }
  return weak;
}

/*
Examples:
  fires:      "We can get your access code today, only $49" (strong); "We can get your access code today" (strong);
              "We can speed up your case" (weak); "para asegurar, sin fallo de ningún tipo, la abogada cobra $2,500" (strong);
              "Tengo citas para CBP One disponibles esta semana, $500 por persona" (strong)
  must not:   "No one can speed up your case for a fee"
*/
