/**
 * threat: the message threatens arrest, deportation, a warrant, jail, a cancelled visa or status,
 * or legal action ("a warrant has been issued", "you will be deported", "su visa será cancelada",
 * "将被驱逐出境"). Impostors use fear so people pay before they think (FTC).
 *
 * Weak, and an amplifier only (check.ts): real DHS and ICE messages can be stern ("you are required
 * to leave the United States"), so a threat counts only with another red flag — a payment demand,
 * gift cards, a request for details, an unknown link.
 * Traps, suppressed: warnings that describe the trick ("scammers threaten deportation").
 */
import { firstUnwarned } from '../sentences';
import type { PreparedMessage } from '../prepare';
import type { SignalHit } from './types';

const THREAT = new RegExp(
  [
    String.raw`\b(?:arrest(?:ed)?|warrant|deport(?:ed|ation)?|removal proceedings|detained|detention|jail|prison|legal action|prosecut\w*|criminal charges?|law enforcement)\b`,
    String.raw`\b(?:cancel\w*|revok\w*|terminat\w*|suspend\w*|deni\w*|blocked) (?:\w+ ){0,2}?(?:visa|status|green card|case|application|residency|citizenship|work permit)\b`,
    String.raw`\b(?:visa|status|green card|case|application|residency|work permit) (?:will be|has been|may be|is being) (?:\w+ )?(?:cancel\w*|revok\w*|terminat\w*|suspend\w*|deni\w*|closed)\b`,
    String.raw`\b(?:arresto|arrestad[oa]s?|orden de (?:arresto|deportacion|captura)|deportad[oa]s?|deportacion|detenid[oa]s?|carcel|accion legal|cancelacion de su|(?:visa|estatus|caso|residencia) (?:sera|ha sido|fue) (?:cancelad[oa]|revocad[oa]|suspendid[oa]))\b`,
    String.raw`(?:逮捕|驱逐|遣返|拘留|通缉)`,
    String.raw`\b(?:bắt giữ|trục xuất|bị bắt|lệnh bắt)`,
    String.raw`(?:체포|추방|구속|강제 출국)`,
    String.raw`\b(?:aarestuhin|ipapa-deport|ide-deport|ikukulong|arestuhin)\b`,
  ].join('|'),
  'g',
);

export default function threat(msg: PreparedMessage): SignalHit | undefined {
  const hit = firstUnwarned(msg.page, THREAT, 30);
  return hit ? { evidence: hit.evidence, strength: 'weak' } : undefined;
}

/*
Examples:
  fires:      "Failure to pay will result in your arrest and deportation"
  must not:   "Scammers threaten people with deportation"
*/
