/**
 * new-number: the message says it comes from someone the reader knows, on a new number — "Hi mum,
 * I've dropped my phone, this is my new number, message me on WhatsApp", "guarda mi número, el otro
 * estará inhabilitado", the "new roaming number" texts Filipino families of overseas workers get
 * ("Ito na nga pala ang bago kong roaming number"). It is how family-impersonation and hijacked-
 * account scams start; money, gift cards, phone load or a verification code are asked for next
 * (FTC and Action Fraud warnings, Philippine DTI; messages in tests/corpus/messages).
 *
 * Strength:
 *  - 'strong' when the new number comes with the story that explains it (a dropped or broken phone,
 *    a friend's phone, a changed provider, a roaming number, the old number "disabled"), a move to
 *    WhatsApp or another app, or a request for money, load or urgency: the script, not just news;
 *  - 'weak' for the new number alone ("Hi, it's Maria, this is my new number"): people do change
 *    numbers; it counts only with another red flag (check.ts).
 * The number must be the writer's own ("my new number", "save this one"), or the writer says they
 * write from someone else's phone ("te hablo desde el móvil de un amigo"): a carrier's "your new
 * number is active" is not it.
 * Traps, suppressed: sentences that warn ("Scammers text 'Hi mum, this is my new number'").
 */
import { sentenceAround } from '../../text/context';
import { wordsPattern } from '../../text/normalize';
import { MONEY_ASK_WIDE, NEW_NUMBER_WIDE, PHONE_STORY_WIDE } from '../family-words';
import type { PreparedMessage } from '../prepare';
import { strongestInWindow, warns } from '../sentences';
import type { SignalHit } from './types';

// The writer's own new number (folded text: lower case, no Spanish accents, ’ kept as is).
const CLAIM = new RegExp(
  [
    String.raw`\b(?:this is|here['’]?s|here is|that['’]?s) (?:my|our) (?:new |temporary |temp |other )?(?:roaming |whatsapp |cell |phone |mobile )?number\b`,
    String.raw`\bmy new (?:roaming |whatsapp |temporary |temp |cell |phone |mobile )?number\b|\bnew (?:roaming )?number (?:ko|nya)\b|\bnew roaming number\b`,
    String.raw`\b(?:save|add|keep) (?:this|my new|the new) (?:one|number)\b|\bhave this number\b|\b(?:delete|remove) (?:that|the|my) (?:old )?(?:one|number)\b`,
    String.raw`\b(?:este es|es|ese es) mi (?:nuevo )?numero\b|\bmi (?:nuevo numero|numero nuevo)\b|\b(?:guard[ae]|agend[ae]|registr[ae]) (?:este|mi|el) (?:nuevo )?numero\b`,
    String.raw`\b(?:bago kong|ang bago kong|bagong) (?:roaming )?(?:number|numero)\b|\broaming number (?:ko|nya)\b`,
    // on someone else's phone: "te hablo desde el móvil de un amigo", "I'm texting from a friend's phone"
    String.raw`\bte (?:hablo|escribo) desde el (?:telefono|celular|movil) de\b|\bi'?m (?:texting|messaging|writing) (?:you )?(?:from|off|on) (?:a |my )?(?:friend|mate|colleague)['’]?s? (?:phone|number|mobile)\b|\bme (?:he quedado|quede) sin bateria\b`,
    String.raw`\b(?:meu )?(?:novo numero|numero novo)\b|\b(?:salva|salve|guarda) (?:esse|este|meu) numero\b|\bmon nouveau numero\b`,
    String.raw`(?:这是我的新号码|我的新号码|我换号了|我換號了|這是我的新號碼|我的新號碼|새 번호|번호가 바뀌었|번호 바꿨)`,
    wordsPattern(['đây là số mới', 'số điện thoại mới của', 'số mới của con', 'số mới của mẹ', 'số mới của em'], true),
    // and in German, Dutch, French, Italian, Polish, Czech, Turkish, Russian, Arabic, Hebrew, Japanese… (family-words.ts)
    NEW_NUMBER_WIDE,
  ].join('|'),
  'g',
);
// Why the number changed, or that the old one is gone: the script's story.
const STORY =
  /\b(?:dropped|broke|smashed|lost|cracked|damaged) (?:my|mine|it|the)\b|\bphone (?:is |got |was |has )?(?:broken|broke|smashed|lost|stolen|dead|died|damaged|not working)\b|\b(?:texting|messaging|writing|texting you|messaging you) (?:off|from|on) (?:a |my )?(?:mate|friend|colleague|borrowed)\w*|\bchanged (?:my )?(?:provider|network|carrier|sim)\b|\bporting\b|\broaming\b|\bold (?:one|number) (?:is |will be |has been )?(?:not working|disabled|blocked|gone|dead)\b|\bel otro (?:numero )?(?:estara|esta|quedo|queda|va a estar|se va a quedar) (?:inhabilitado|bloqueado|danado|fuera de servicio|desactivado|sin servicio)\b|\bse me (?:rompio|cayo|perdio|mojo|dano) el (?:telefono|celular|movil)\b|\b(?:perdi|rompi) (?:mi|el) (?:telefono|celular|movil)\b|\bdesde el (?:telefono|celular|movil) de (?:un|una) (?:amig|companer)\w*|\bmeu celular (?:quebrou|caiu|foi roubado)\b|手机(?:坏了|丢了|掉了)|手機(?:壞了|丟了|掉了)|폰이 (?:고장|망가|깨졌)/;
const STORY_WIDE = new RegExp(PHONE_STORY_WIDE);
// A move to a chat app, or money, load and urgency.
const ASK =
  /\b(?:whatsapp|whats app|telegram|viber|signal app|urgent|urgently|asap|emergency|money|cash|transfer|lend|loan|borrow|bill|zelle|venmo|cash ?app|gift ?cards?|load|pasaload|pera|padala|magpadala|dinero|urgente|emergencia|transferencia|deposito|prestamo|prestame|dolares|dollars|dinheiro|pix|argent)\b|\$\s?\d|急|汇款|匯款|转账|轉賬|급하|송금/;
// ...and in the other languages (family-words.ts): "Überweisung", "bonifico", "przelew", "переведи", "振り込"
const ASK_WIDE = new RegExp(MONEY_ASK_WIDE);

export default function newNumber(msg: PreparedMessage): SignalHit | undefined {
  const { page } = msg;
  return strongestInWindow(page, CLAIM, 10, (m) => {
    // The claim's own sentence decides a warning ("I can't talk, don't call" is the script's, not a warning's).
    const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
    if (warns(page.text.slice(s, e))) return undefined;
    return STORY.test(page.text) || STORY_WIDE.test(page.text) || ASK.test(page.text) || ASK_WIDE.test(page.text) ? 'strong' : 'weak';
  });
}

/*
Examples:
  fires:      "Hi mum I'm texting off a mate's phone I've dropped mine … message my new number on WhatsApp" (strong);
              "Hi, it's Maria from church, this is my new number" (weak)
  must not:   "Your new number is active. Welcome!", "Scammers text 'Hi mum, this is my new number'"
*/
