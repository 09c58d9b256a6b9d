/**
 * asks-for-secrets: the message asks the reader to send, confirm or type their A-Number, USCIS
 * receipt number, online access code, passport, Social Security number, bank or card details, a
 * password or a one-time code ("Reply with your A-Number", "confirm your SSN at…", "envíe su
 * número de pasaporte"). Scammers use these to take over USCIS accounts and identities.
 *
 * Weak on its own: a lawyer may ask a client for the receipt number. A red flag with an agency
 * voice, a look-alike or unknown link, or a payment demand (check.ts).
 * Traps, suppressed: the official one-time-code texts ("Your USCIS verification code is 123456.
 * Do not share it") and every warning ("USCIS will never ask for your A-Number by text"): negations
 * and warning words in the sentence.
 */
import { firstUnwarned } from '../sentences';
import type { ServiceId } from '../../types';
import type { PreparedMessage } from '../prepare';
import type { SignalHit } from './types';

const SECRET = String.raw`(?:a-?numbers?|alien (?:registration )?numbers?|receipt numbers?|(?:online )?access codes?|passport(?: number| details| information| copy| photo)?|social security(?: number)?|ssn|itin|bank (?:account|details|information|login)|(?:credit |debit )?card (?:number|details|information)|password|pin|(?:verification|one-time|security|otp) codes?|date of birth|numero (?:a|de extranjero|de recibo|de pasaporte|de seguro social)|codigo de (?:acceso|verificacion)|pasaporte|seguro social|datos bancarios|contrasena|tarjeta de credito)`;
const ASK = new RegExp(
  [
    String.raw`\b(?:send|reply with|respond with|provide|submit|confirm|verify|update|enter|give|share|text|email|e-mail|upload|forward|type|input|fill in)\s(?:us\s|me\s)?(?:\w+\s){0,4}?${SECRET}\b`,
    String.raw`\b${SECRET}\s(?:is |are )?(?:required|needed|must be (?:verified|confirmed|updated|provided))\b`,
    String.raw`\b(?:envie|enviar|envienos|mande|mandenos|responda con|proporcione|proporcionar|confirme|confirmar|verifique|verificar|actualice|actualizar|ingrese|ingresar|comparta|compartir|escriba|necesitamos|dar(?:nos)?|denos)\s(?:\w+\s){0,4}?${SECRET}\b`,
  ].join('|'),
  'g',
);

function serviceOf(words: string): ServiceId | undefined {
  if (/access code|codigo de acceso/.test(words)) return 'access-code';
  if (/receipt number|numero de recibo/.test(words)) return 'case-status';
  return undefined;
}

export default function asksForSecrets(msg: PreparedMessage): SignalHit | undefined {
  const hit = firstUnwarned(msg.page, ASK, 50);
  if (!hit) return undefined;
  const service = serviceOf(hit.match);
  return { evidence: hit.evidence, strength: 'weak', ...(service ? { service } : {}) };
}

/*
Examples:
  fires:      "Reply with your A-Number and date of birth to keep your case open"
  must not:   "Your USCIS verification code is 123456. Do not share this code."
*/
