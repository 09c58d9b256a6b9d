/**
 * lottery-win: "you won" — a lottery, a prize or a windfall. Two families:
 *  - the Diversity Visa ("green card lottery") winner template scam e-mails copy in many languages
 *    ("Congratulations, you've won", "randomly selected and registered for further consideration",
 *    "Selection guarantees that you will receive a Green Card", "сте победител"). The State
 *    Department never e-mails or texts winners; the Entrant Status Check on dvprogram.state.gov is
 *    the only notice (lib/data/facts.json, url.dv-lottery);
 *  - prize and windfall e-mails: a jackpot winner "donating" millions, an unclaimed prize, boxes of
 *    cash with "your name as the receiver", a "fund release" of the reader's "over due contract
 *    payment" or inheritance (the advance-fee letter; the release fee comes next).
 *
 * A draw the reader entered, with its prize collected in person or by mail, is not a windfall: a
 * charity raffle's "Congratulations. You have won … claim your prize at the raffle table by showing a
 * staff member this message", a state lottery's "44 unclaimed prizes … check their tickets", a raffle
 * site's "It will never ask for payment" (tests/corpus/messages, batch tune-2026-12-06f). With such a
 * cue, and no link, e-mail address or phone number to reach a stranger and no money asked, the win is
 * 'weak' (an amplifier, check.ts): the scam needs a way to reach the winner and a fee.
 *
 * Strength:
 *  - 'strong' with winner or prize words (congratulations, won, winner, prize, guarantee, a sum in
 *    the millions): the official Entrant Status Check never says them;
 *  - 'weak' for being "selected" alone, and then an amplifier only (check.ts): the Entrant Status
 *    Check's own words are "You have been randomly selected for further processing", so being
 *    selected is not a red flag until the message also wants money, details or a click elsewhere.
 */
import { wideWords, wordsPattern } from '../../text/normalize';
import type { PreparedMessage } from '../prepare';
import { firstUnwarned } from '../sentences';
import type { SignalHit } from './types';

// French, Portuguese, Russian, Vietnamese and Tagalog winner words.
const WIN_WORDS = [
  'félicitations', 'vous avez été sélectionné', 'vous avez été sélectionnée', 'vous avez été tiré au sort', 'vous avez gagné', 'billet chanceux', 'billet gagnant', 'qui gagne',
  'parabéns', 'você foi sorteado', 'você foi sorteada', 'você foi selecionado', 'você foi selecionada', 'você ganhou', 'foi sorteado',
  'поздравляем', 'вы выиграли', 'вы стали победителем', 'были отобраны', 'был отобран', 'были выбраны',
  'chúc mừng', 'đã trúng', 'may mắn trúng', 'trúng thưởng', 'trúng xổ số', 'trúng tuyển', 'khách hàng may mắn', 'được chọn',
  'nanalo ka', 'nanalo', 'nagwagi', 'ikaw ay napili', 'napili ka', 'binabati kita',
];
const WIN = new RegExp(
  [
    String.raw`\b(?:you|your (?:entry|application|profile|name|number|family|email|e-mail)) (?:have|has|are|were|was) (?:been )?(?:among (?:those )?)?(?:randomly |officially )?(?:selected|chosen|picked|won)\b`,
    // "Your email address has won $850,000", "your mobile number won"
    String.raw`\byour (?:e-?mail address|email id|mobile number|phone number|cell number|sim ?card(?: number)?|ticket(?: number)?|ip address) (?:has |have |had )?(?:just )?(?:won|been selected|emerged)\b`,
    String.raw`\byou(?: have|'ve| are| were)? (?:won|the winner|a winner|among the winners)\b|\bcongratulations\b|\brandomly selected\b|\bregistered for further (?:consideration|processing)\b|\b(?:lottery|dv|jackpot|prize) winner\b|\bwinner of the\b|\blucky (?:\w+ ){0,3}?winners?\b`,
    String.raw`\b(?:usted )?(?:ha sido|fue) (?:seleccionad[oa]|elegid[oa]|escogid[oa])\b|\busted (?:ha )?gano\b|\bfelicidades\b|\bganador(?:a|es)?\b|\bseleccionad[oa]s? al azar\b|\bpremio mayor\b`,
    String.raw`\b(?:gewinner|gewonnen|preisgeld|gagnant|vous avez gagne|vincitore|vencedor|fitues)\w*|победител\w*|спечели\w*`,
    String.raw`(?:中签|中獎|中奖|被选中|抽中|赢得|恭喜)`,
    String.raw`(?:당첨|선정되었습니다|선발되었습니다|축하합니다)`,
    // Words in their natural spelling, folded by wordsPattern (Vietnamese keeps some marks when folded).
    wordsPattern(WIN_WORDS),
  ].join('|'),
  'g',
);
// A windfall: millions for the reader ("$5.8M USD … bears your name as the receiver", "donarte
// $10 millones", "1.217.610.00 EUROS … der ihnen zusteht"), not millions in the news.
const WINDFALL = /(?:\$ ?[\d.,]{1,20} ?(?:m\b|million|billion)|\b[\d.,]{1,20} (?:million|millones|millionen|millions)\b|\b\d[\d.,]{6,20}[,.]\d\d ?(?:euros?|usd|dollars)\b)/g;
// Millions for the reader, or millions the reader is asked to help move, or millions given to a handful
// of "individuals around the world" (the Powerball donation e-mail); ("solicit your assistance in
// the Transfer of US$10,900,000.00": the advance-fee "partner" letter).
const FOR_YOU =
  /\b(?:your name|to you|for you|receiver|beneficiar\w*|donat\w*|donarte|claim|unclaimed|inheritance|compensation|your (?:assistance|support|help|cooperation|partnership|bank account)|usted|ihnen|zusteht|ihrem namen|vous|a ti|para ti|(?:five|ten|\d+|cinco|diez) (?:individuals|individuos|people|personas|lucky))\b/;
// The advance-fee "fund" letter: money already in the reader's name, waiting for a release ("to have
// your fund release process completed which is your over due Contract payment", "release of your
// inheritance fund"). No sum needed: the letter names one later, with the release fee.
const FUND =
  /\b(?:your (?:over ?due |outstanding |long awaited |long awaiting |approved |compensation |inheritance |contract |winning |abandoned )?(?:fund|funds|inheritance|compensation|contract payment)s? release|(?:release|releasing) of (?:your|the) (?:over ?due |outstanding |approved )?(?:fund|funds|inheritance|compensation fund|contract payment|winnings|prize money)|unclaimed (?:prize|inheritance|lottery|winnings))\b/g;
// "whether you were selected", "to see if you have been selected": the Entrant Status Check reminder
// asks; it does not say you won.
// The same question in Spanish and Russian news on the results ("ya puedes consultar si fuiste una de las personas
// preseleccionadas", "как проверить, стали ли вы победителем"), and the winners spoken of as a group ("Los ganadores
// obtienen una visa"): a report on the draw, not a win announced to the reader. "Usted es uno de los ganadores" still is.
const ASKS_WHETHER =
  /\b(?:whether|if) (?:or not )?(?:you|your entry) (?:have|has|were|was|are|is)(?: been)? (?:randomly )?(?:selected|chosen)\b|\bsi (?:usted )?(?:ha sido|fue|fuiste|ganaste|gano|saliste) (?:seleccionad|elegid|sorteado|sorteada|preseleccionad|ganador|uno de|una de)|(?:стали|стал|стала|выиграли|выиграл|выиграла|оказались|попали) ли вы(?![а-яё])|(?<![а-яё])ли (?:ваша )?заявка (?:выиграла|выигрышн|отобран)/;
// "Los ganadores obtienen…", "las ganadoras": the winners as a group, not the reader among them.
const WINNERS_AS_GROUP = /(?:^|[^\w])(?:los|las|a los|de los|para los|entre los) ganador(?:es|as)\b/;
// Family news of someone else's win, in the languages that drop "you" (so the winner words stand alone): a relative or
// neighbour as the winner, or hearsay ("nanalo raw si Tito sa lotto", "听说舅舅中奖了", "삼촌이 로또에 당첨됐대요",
// "nghe nói chú Ba trúng số"). The lure tells the reader that they won ("Nanalo ka", "恭喜您中奖了", "quý khách đã trúng").
const SOMEONE_ELSE_WON = new RegExp(
  String.raw`\bnanalo (?:raw |daw |na )?(?:si|sina)\b|(?:听说|聽說|据说|據說)|(?:舅舅|叔叔|阿姨|姑姑|伯伯|表哥|表姐|表弟|表妹|堂哥|堂姐|邻居|鄰居|同事)(?:也|又|竟然|居然)?(?:中奖|中獎|中了)|(?:삼촌|이모|고모|사촌|형|누나|오빠|언니|동생|친구|이웃)(?:이|가|은|는)\s|(?:됐|했|되었)대|` +
    wordsPattern(['nghe nói', 'nghe đâu'], true),
);
const READER_AMONG_WINNERS = /\b(?:uno|una) de los ganador|\b(?:usted|tu|eres|es) (?:el |la )?ganador|\b(?:usted|tu) (?:ha|has) (?:sido|ganado)|\bfelicidades\b/;
const DV = /\b(?:green card|diversity|dv(?:-\d+)?|visa lottery|loteria de visas?|loterie (?:de )?visas?)\b|영주권|绿卡|綠卡/;
// What the fake green-card lotteries promise with the card, and the real one never does: a home, a
// salary or a job, free health care ("la carte résidence américaine et un domicile et salaire",
// "free accommodation, health care, education and a job", "1년간 무료 건강보험과 … 아파트 … 직장을 보장").
const PERKS =
  /\b(?:free (?:accommodation|housing|apartment|health ?care|health insurance|medical)|(?:accommodation|housing|a job|employment) (?:is |are )?(?:guaranteed|provided|free)|un domicile|logement gratuit|(?:un |et )salaire|vivienda gratis|casa y (?:salario|trabajo)|salario garantizado)\b|무료 건강\s?보험|아파트를? 제공|직장을 보장|免费住房|免費住房|免费医疗|免費醫療/g;

// Winner words: strong. "selected" alone is what the official Entrant Status Check says.
const PRIZE = new RegExp(
  String.raw`\b(?:won|win|winners?|lucky|congratulations|prize|jackpot|guarantee\w*|million\w*|millones|felicidades|ganador\w*|gano|premio|gewinn\w*|preisgeld|gagn\w*|chanceux|felicitations|parabens|ganhou|vincit\w*|fitues\w*|nanalo)\b|победител|поздравля|выигр|гарантир|恭喜|中奖|中獎|당첨|축하|` +
    wordsPattern(['trúng', 'chúc mừng', 'may mắn'], true),
);

// Winner and prize words in Indonesian, Turkish, Arabic, Persian, Italian, Polish, Ukrainian, Japanese, Uzbek, Urdu and Hindi
// (tune-2026-12-06ab: "pin pemenang anda", "مبروك ربحت", "hai vinto"). The DV lottery's own news and guides in these languages
// say its entrants "won" ("当選しました", "برنده شدید"): there a winner word only amplifies (DV_WIDE).
const WIN_WIDE = new RegExp(
  // said to the reader, as the English "you won" (a bare "winners", "pemenang", "переможці" is a contest's news)
  wideWords(
    [
      'pemenang anda', 'anda menang', 'anda memenangkan', 'anda mendapatkan hadiah', 'anda mendapat hadiah', 'kazandınız', 'kazandın', 'ربحت', 'فزت', 'برنده شدید',
      'برنده شده اید', 'شما برنده', 'hai vinto', 'wygrałeś', 'wygrałaś', 'ви виграли', 'ви стали переможцем', 'yutib oldingiz', "g'olib bo'ldingiz", 'آپ جیت',
      'آپ نے جیت', 'आप जीत', 'आपने जीत', '当選しました', 'ご当選',
    ],
    true,
  ),
  'g',
);
const PRIZE_WIDE = new RegExp(
  wideWords(['hadiah', 'pemenang', 'جائزة', 'ربحت', 'مبروك', 'جایزه', 'برنده', 'vinto', 'vincita', 'ödül', 'ikramiye', 'kazand', 'приз', 'виграш', 'nagrod', 'wygra', '賞金', '当選', 'yutuq', 'انعام', 'इनाम'], true),
);
const DV_WIDE = /グリーンカード|永住権|لاتاری|گرین ?کارت|green ?kart|грин.?карт|лотере\S* (?:dv|сша)|\bdv-?\d{2,4}\b/;

// The organiser's own draw: the prize collected at its table, office or retailers, the reader's ticket,
// or its promise never to ask for payment.
const ORGANISER_DRAW =
  /\b(?:at the (?:raffle|prize) (?:table|desk|booth)|(?:by )?showing (?:a |our )?(?:staff|volunteer)|pick up (?:your|the) (?:prize|winnings)|(?:claimed|cashed|redeemed) at (?:any )?(?:lottery )?retailers?|lottery (?:office|headquarters|retailers?)|check (?:their|your) tickets?|(?:your|the) winning ticket(?: number)?|never asks? (?:you )?for (?:any )?(?:payment|money|a fee|fees|your bank\w*|banking))\b/;
// Money asked of the winner: the advance-fee step.
const ASKS_MONEY =
  /\b(?:fees?|pay(?:ment)?|processing|deposit|transfer|wire|western union|moneygram|gift cards?|bank (?:details|account)|customs|tax(?:es)?|charges?|shipping cost)\b/;

/** A prize from a draw the reader entered, collected from the organiser, nothing asked and no one to reach: not a lure. */
function organiserDraw(msg: PreparedMessage): boolean {
  const { text } = msg.page;
  if (!ORGANISER_DRAW.test(text) || msg.links.length > 0 || msg.emails.length > 0 || msg.phones.length > 0) return false;
  return !ASKS_MONEY.test(text.replace(ORGANISER_DRAW, ' '));
}

export default function lotteryWin(msg: PreparedMessage): SignalHit | undefined {
  const service = DV.test(msg.page.text) ? ({ service: 'dv-lottery' } as const) : {};
  const organiser = organiserDraw(msg);
  const windfall = firstUnwarned(msg.page, WINDFALL, 20, (sentence) => !FOR_YOU.test(sentence)) ?? firstUnwarned(msg.page, FUND, 10);
  if (windfall) return { evidence: windfall.evidence, strength: organiser ? 'weak' : 'strong', ...service };
  const perks = 'service' in service ? firstUnwarned(msg.page, PERKS, 10) : undefined;
  if (perks) return { evidence: perks.evidence, strength: 'strong', ...service };
  const hit = firstUnwarned(
    msg.page,
    WIN,
    20,
    (sentence) =>
      ASKS_WHETHER.test(sentence) || SOMEONE_ELSE_WON.test(sentence) || (WINNERS_AS_GROUP.test(sentence) && !READER_AMONG_WINNERS.test(sentence)),
  );
  if (!hit) return wideWin(msg, organiser, service);
  const prize = PRIZE.test(hit.sentence) || PRIZE.test(msg.page.text.slice(0, 300));
  return { evidence: hit.evidence, strength: prize && !organiser ? 'strong' : 'weak', ...service };
}

/** A winner word of the other languages: strong with a prize word, unless the message is about the DV lottery. */
function wideWin(msg: PreparedMessage, organiser: boolean, service: { service?: 'dv-lottery' }): SignalHit | undefined {
  const hit = firstUnwarned(msg.page, WIN_WIDE, 20);
  if (!hit) return undefined;
  const dv = 'service' in service || DV_WIDE.test(msg.page.text);
  const prize = PRIZE_WIDE.test(hit.sentence) || PRIZE_WIDE.test(msg.page.text.slice(0, 300));
  return { evidence: hit.evidence, strength: prize && !dv && !organiser ? 'strong' : 'weak', ...service };
}

/*
Examples:
  fires:      "Congratulations! You have been selected in the DV-2027 Green Card Lottery" (strong);
              "Your entry has been randomly selected for further processing." (weak);
              "We have been informed this day … to have your fund release process completed which is your over due Contract payment" (strong)
              "Congratulations. You have won multiple raffle items. Please claim your prize at the raffle table by showing a staff member this message." (weak: the organiser's draw)
  must not:   "Scammers e-mail people saying they won the green card lottery"
              "Los ganadores obtienen una visa de inmigrante …", "Рассказываем, как проверить, стали ли вы победителем розыгрыша" (news on the results)
              "Ate, nanalo raw si Tito sa lotto!", "听说舅舅中奖了", "삼촌이 로또에 당첨됐대요" (family news of someone else's win)
*/
