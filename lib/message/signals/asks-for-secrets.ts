/**
 * asks-for-secrets: the message asks the reader to send, confirm or type their A-Number, USCIS
 * receipt number, online access code, passport, Social Security number, bank or card details, a
 * password or a one-time code ("Reply with your A-Number", "confirm your SSN at…", "envíe su
 * número de pasaporte"). Scammers use these to take over USCIS accounts and identities.
 *
 * Weak on its own: a lawyer may ask a client for the receipt number. Strong for a code the reader's
 * phone just received ("te llegó un mensaje con un código. ¿Me lo puedes enviar?"): forwarding it
 * hands over a WhatsApp, bank or USCIS account, and nobody may ask for it — also in the languages the hold-outs arrive in, a code
 * word with "send it to me" beside it ("kun je die naar mij doorsturen", "把验证码发给我", "인증번호 보내줘", "nitumie": msglure24;
 * from general knowledge of the hijack script, no real message of it in those languages in the corpus yet). A red flag with an agency
 * voice, a look-alike or unknown link, or a payment demand (check.ts).
 * Traps, suppressed: the official one-time-code texts ("Your USCIS verification code is 123456.
 * Do not share it"), every warning ("USCIS will never ask for your A-Number by text"): negations
 * and warning words in the sentence; and the codes family and friends pass on, a door, a gate, the Wi-Fi, a discount
 * ("Stuur me even de wifi-code", "mandami il codice sconto": OTHER_CODE, OTHER_CODE_WIDE).
 */
import { matches, windowAround } from '../../text/context';
import { quote } from '../../text/normalize';
import { CODE_WIDE, OTHER_CODE_WIDE, SEND_ME_WIDE } from '../family-words';
import { firstUnwarned, warns } from '../sentences';
import type { ServiceId } from '../../types';
import type { PreparedMessage } from '../prepare';
import type { SignalHit } from './types';

const SECRET = String.raw`(?:a-?numbers?|alien (?:registration )?numbers?|receipt numbers?|(?:online )?access codes?|passport(?: number| details| information| copy| photo)?|social security(?: number)?|ssn|itin|bank (?:account|details|information|login)|(?:credit |debit )?card (?:number|details|information)|password|pin|(?:verification|one-time|security|otp) codes?|date of birth|numero (?:a|de extranjero|de recibo|de pasaporte|de seguro social)|codigo de (?:acceso|verificacion)|pasaporte|seguro social|datos bancarios|contrasena|tarjeta de credito)`;
const ASK = new RegExp(
  [
    String.raw`\b(?:send|reply with|respond with|provide|submit|confirm|verify|update|enter|give|share|text|email|e-mail|upload|forward|type|input|fill in)\s(?:us\s|me\s)?(?:\w+\s){0,4}?${SECRET}\b`,
    String.raw`\b${SECRET}\s(?:is |are )?(?:required|needed|must be (?:verified|confirmed|updated|provided))\b`,
    String.raw`\b(?:envie|enviar|envienos|mande|mandenos|responda con|proporcione|proporcionar|confirme|confirmar|verifique|verificar|actualice|actualizar|ingrese|ingresar|comparta|compartir|escriba|necesitamos|dar(?:nos)?|denos)\s(?:\w+\s){0,4}?${SECRET}\b`,
    // Korean and Chinese: "소셜시큐리티 번호 등 개인 정보가 필요하다", "请提供您的护照号码"
    String.raw`(?:소셜\s?시큐리티\s?번호|사회\s?보장\s?번호|여권\s?번호|계좌\s?번호|주민\s?등록\s?번호|카드\s?번호|비밀\s?번호|인증\s?번호)[^.?!]{0,20}?(?:필요|알려|보내|입력|불러|확인해)`,
    String.raw`(?:提供|告诉|告訴|发送|發送|报一下|報一下|输入|輸入)(?:一下)?(?:你|您)?的?(?:护照号码|護照號碼|银行卡号|銀行卡號|银行账号|銀行帳號|身份证号|身份證號|社安号|社安號|密码|密碼|验证码|驗證碼)`,
  ].join('|'),
  'g',
);

function serviceOf(words: string): ServiceId | undefined {
  if (/access code|codigo de acceso/.test(words)) return 'access-code';
  if (/receipt number|numero de recibo/.test(words)) return 'case-status';
  return undefined;
}

// Forwarding a code the reader's phone just received: how WhatsApp and bank accounts are taken
// over ("te llegó un mensaje con un código. ¿Me lo puedes enviar?", "I sent you a code by mistake,
// send it back"). Nobody has a right to that code, whoever asks: strong.
const CODE_SENT = /\b(?:you (?:just )?(?:got|received|will (?:get|receive))|(?:i|we) (?:just )?sent you|sent to your (?:phone|number)|(?:te|le) (?:llego|llegara|va a llegar|acaba de llegar|envie|mande|enviamos|mandamos)|(?:vai|vas|voce) (?:receber|recebeu)|chegou)\b[^.!?]{0,60}?\b(?:code|codigo|codigos|codes|pin|otp)\b/g;
const CODE_BACK = /\b(?:send|forward|give|tell|share|read|text|pass) (?:me |us )?(?:it|that|this|the code|the number|them)\b|\b(?:me lo|melo|me la|mandamelo|enviamelo|pasamelo|dimelo|enviarmelo|mandarmelo|pasarmelo|me (?:envias|mandas|pasas|dices|das) (?:el|ese)|me (?:puedes|podrias|puede) (?:enviar|mandar|pasar|dar|decir))\b|\bme (?:manda|envia|passa)\b/;

// Codes people do pass on: a door or gate code, a Wi-Fi password, a promo code.
const OTHER_CODE = /\b(?:door|gate|garage|building|wi-?fi|promo|promotional|discount|coupon|zip|postal|dress|qr|referral|puerta|porton|descuento|cupon)\s(?:code|codigo)|\b(?:codigo|code) (?:de (?:la )?(?:puerta|porton|descuento|wifi)|postal)\b/;

// ...and in the languages the hold-outs arrive in (family-words.ts): a code and "send it to me" beside it ("kun je die naar mij
// sturen", "把验证码发给我", "인증번호 보내줘", "OTP बता दो", "nitumie code"). A one-time-code text never asks for the code back.
const CODE_ANY = new RegExp(CODE_WIDE, 'g');
const SEND_ME = new RegExp(SEND_ME_WIDE);
// ...and the codes people pass on in those languages too (the door, the gate, the Wi-Fi, a discount: review24)
const OTHER_CODE_ANY = new RegExp(`${OTHER_CODE.source}|${OTHER_CODE_WIDE}`);

function forwardsCode(msg: PreparedMessage): SignalHit | undefined {
  for (const [found, back, other] of [[CODE_SENT, CODE_BACK, OTHER_CODE], [CODE_ANY, SEND_ME, OTHER_CODE_ANY]] as const) {
    for (const m of matches(msg.page, found, 10)) {
      const [s, e] = windowAround(msg.page.text, m.index, m.index + m[0].length);
      const near = msg.page.text.slice(s, e);
      if (warns(near) || !back.test(near) || other.test(near)) continue;
      return { evidence: quote(msg.page.raw, s, e, 160), strength: 'strong' };
    }
  }
  return undefined;
}

export default function asksForSecrets(msg: PreparedMessage): SignalHit | undefined {
  const code = forwardsCode(msg);
  if (code) return code;
  const hit = firstUnwarned(msg.page, ASK, 50);
  if (!hit) return undefined;
  const service = serviceOf(hit.match);
  return { evidence: hit.evidence, strength: 'weak', ...(service ? { service } : {}) };
}

/*
Examples:
  fires:      "Reply with your A-Number and date of birth to keep your case open" (weak);
              "Te llegó un mensaje con un código. ¿Me lo puedes enviar?" (strong)
  must not:   "Your USCIS verification code is 123456. Do not share this code."
*/
