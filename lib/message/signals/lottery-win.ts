/**
 * lottery-win: "you won" / "you have been selected" — the Diversity Visa ("green card lottery")
 * winner template that scam e-mails copy in many languages ("randomly selected", "registered for
 * further consideration", "felicidades, usted ha sido seleccionado"). The State Department never
 * e-mails or texts winners; the Entrant Status Check on dvprogram.state.gov is the only notice
 * (lib/data/facts.json, url.dv-lottery).
 *
 * Weak, and an amplifier only (check.ts): the Entrant Status Check's own words ("You have been
 * randomly selected for further processing") say the same, so being selected is not a red flag
 * until the message also wants money, details or a click on an unknown address.
 */
import { firstUnwarned } from '../sentences';
import type { PreparedMessage } from '../prepare';
import type { SignalHit } from './types';

const WIN = new RegExp(
  [
    String.raw`\b(?:you|your (?:entry|application|profile|name|number|family)) (?:have|has) (?:been )?(?:randomly |officially )?(?:selected|chosen|picked|won)\b`,
    String.raw`\byou(?: have|'ve)? won\b|\bcongratulations[,!]? (?:you|your|dear)\b|\brandomly selected\b|\bregistered for further (?:consideration|processing)\b|\b(?:lottery|dv) winner\b|\bwinner of the\b`,
    String.raw`\b(?:usted )?(?:ha sido|fue) (?:seleccionad[oa]|elegid[oa]|escogid[oa])\b|\busted (?:ha )?gano\b|\bfelicidades[,!]? (?:usted|su)\b|\bganador(?:a|es)? de (?:la )?loteria\b`,
    String.raw`(?:中签|被选中|抽中|赢得)`,
    String.raw`\b(?:đã )?(?:trúng tuyển|trúng xổ số|được chọn)`,
    String.raw`(?:당첨|선정되었습니다|선발되었습니다)`,
    String.raw`\b(?:nanalo ka|ikaw ay napili|napili ka)\b`,
  ].join('|'),
  'g',
);

export default function lotteryWin(msg: PreparedMessage): SignalHit | undefined {
  const hit = firstUnwarned(msg.page, WIN, 20);
  return hit ? { evidence: hit.evidence, strength: 'weak', service: 'dv-lottery' } : undefined;
}

/*
Examples:
  fires:      "Congratulations! You have been selected in the DV-2027 Green Card Lottery"
  must not:   "Scammers e-mail people saying they won the green card lottery"
*/
