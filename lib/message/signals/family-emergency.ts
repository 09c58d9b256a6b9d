/**
 * family-emergency: the message opens as a grandchild, child or relative of the reader ("Hi Grandpa",
 * "Grandma, it's me", "Mamá, soy yo", "Lola, ako ito") who is in trouble — in jail, arrested, in an
 * accident, in hospital, held at the border — and asks for money now, or asks the reader to keep it
 * from the rest of the family ("Don't tell Mom and Dad"). This is the "grandparent" or "family
 * emergency" scam: a stranger plays the relative, and a fake lawyer or officer may take over to
 * collect "bail" by wire, gift card or courier (FTC and AARP warnings; tests/corpus/messages). Families
 * of migrants get the same call about a relative "detained at the border".
 *
 * Strength: 'strong' when the relative's voice comes with money and with trouble or secrecy; 'weak'
 * for trouble and money without the relative's voice at the start. A relative who asks for money
 * with no trouble and no secret ("Mom, can you send me $20 for lunch?") is ordinary: nothing.
 * Traps, suppressed: warnings and stories about the scam (the voice must open the message, and a
 * sentence naming the scam does not count).
 */
import { firstUnwarned } from '../sentences';
import type { PreparedMessage } from '../prepare';
import type { SignalHit } from './types';

// A relative's voice opening the message (folded text, first 60 characters).
const RELATIVE = new RegExp(
  String.raw`^\W{0,3}(?:(?:hi|hey|hello|hola|oi|ola|allo|salut|bonjour)\W{1,3})?(?:grandma|grandpa|granny|gran|nana|nan|grandmother|grandfather|mom|mum|mommy|mama|mother|dad|daddy|papa|father|auntie|aunt|uncle|abuel[ao]|abuelit[ao]|mami|papi|tia|tio|vovo|vo|mae|pai|mamie|papy|lola|lolo|nanay|tatay|tita|tito|inay|itay)\b|^\W{0,3}(?:it'?s me|its me|soy yo|sou eu|c'est moi|ako ito|ako to)\b|^\W{0,3}(?:(?:hi|hey|hello)\W{1,3})?(?:this is|it'?s) your (?:\w+ )?(?:grandson|granddaughter|grandchild|son|daughter|nephew|niece)\b|^\W{0,3}(?:奶奶|爷爷|爺爺|外婆|外公|妈|媽|爸|할머니|할아버지|엄마|아빠)`,
);
const TROUBLE = /\b(?:jail|prison|arrested|bail|bond|accident|hospital|detained|police station|in trouble|border|mugged|robbed|carcel|preso|presa|detenid[oa]|fianza|accidente|policia|frontera|me asaltaron|prisao|acidente|fianca|caution|accident|kulungan|nakakulong|naaksidente|ospital)\b|坐牢|被抓|车祸|車禍|医院|醫院|保释|保釋|경찰서|사고|병원|보석금/;
const MONEY = /\b(?:send (?:me )?(?:some )?(?:money|cash|\$)|wire (?:it|me|the money|money)|need (?:some |the )?(?:cash|money|\$\s?\d)|bail money|western union|moneygram|gift ?cards?|zelle|cash ?app|(?:mandame|enviame|mande|envie|deposita|depositame|manda) (?:\w+ )?(?:dinero|plata|lana|dolares|\$)|necesito (?:\w+ )?(?:dinero|plata|lana|dolares)|preciso de (?:\w+ )?dinheiro|manda (?:o )?dinheiro|de l'argent|padalhan|magpadala|pera)\b|\$\s?\d|汇款|匯款|转账|轉賬|打钱|打錢|송금|돈을 보내/;
const KEEP_SECRET = /\b(?:don'?t|do not|please don'?t|never) (?:tell|say anything to|let) (?:mom|mum|dad|my (?:mom|mum|dad|parents|mother|father)|the family|anyone|my wife|my husband)\b|\b(?:don'?t|do not|never|or) let anyone know\b|\bno (?:le )?(?:digas|diga|cuentes|cuente) (?:nada )?a (?:mi |mis )?(?:mama|papa|papas|padres|familia|nadie)\b|\bnao (?:conte|fala|diga) (?:nada )?(?:pra|para|a) (?:a |o )?(?:mae|pai|ninguem)\b|\bne (?:dis|dites) rien a (?:maman|papa|personne)\b|\bhuwag mong sabihin kay (?:nanay|tatay|mama|papa)\b|别告诉|別告訴|不要告诉|不要告訴|말하지 마/;

export default function familyEmergency(msg: PreparedMessage): SignalHit | undefined {
  const { text } = msg.page;
  if (!MONEY.test(text)) return undefined;
  const voice = RELATIVE.test(text.slice(0, 60));
  const trouble = firstUnwarned(msg.page, new RegExp(TROUBLE.source, 'g'), 10);
  const secret = firstUnwarned(msg.page, new RegExp(KEEP_SECRET.source, 'g'), 10);
  // The trouble is the story the reader is asked to pay for; the secret is secrecy.ts's to quote.
  if (voice && (trouble || secret)) return { evidence: (trouble ?? secret)!.evidence, strength: 'strong' };
  if (trouble && secret) return { evidence: trouble.evidence, strength: 'weak' };
  return undefined;
}

/*
Examples:
  fires:      "Hi Grandpa. I need some cash. Can you wire it to me? Don't tell Mom and Dad, please." (strong)
  must not:   "Mom, can you send me $20 for lunch?";
              "Scammers call grandparents: 'Grandma, I'm in jail, send bail money.' Hang up and call your family."
*/
