/**
 * family-emergency: the message opens as a grandchild, child or relative of the reader ("Hi Grandpa",
 * "Grandma, it's me", "Abuela, soy yo", "奶奶，是我", "Bà ơi, cháu đây", "Lola, ako ito", "할머니, 저예요")
 * who is in trouble — in jail, arrested, in an accident, in hospital, held at the border — and asks for money now, or asks the reader to keep it
 * from the rest of the family ("Don't tell Mom and Dad"). This is the "grandparent" or "family
 * emergency" scam: a stranger plays the relative, and a fake lawyer or officer may take over to
 * collect "bail" by wire, gift card or courier (FTC and AARP warnings; tests/corpus/messages). Families
 * of migrants get the same call about a relative "detained at the border".
 *
 * Strength: 'strong' when the relative's voice comes with money and with trouble or secrecy; 'weak'
 * for trouble and money without the relative's voice at the start. A relative who asks for money
 * with no trouble and no secret ("Mom, can you send me $20 for lunch?") is ordinary: nothing.
 * Trouble is of two kinds. Custody (jail, arrest, bail, the police station) is the scam's story. A mishap (an
 * accident, the hospital, the border, a robbery) is also what real families text about with a small, ordinary
 * request ("Dad, I had a small accident, everyone is ok. Can you send me $50 for the tow truck?", "Mami, ya crucé
 * la frontera … Mándame $40 para el boleto"): with a mishap the voice counts only beside a secret, or money the
 * way the scam asks for it — Western Union, MoneyGram, gift cards, a wire, a courier — or a large sum
 * (BIG_SUM dollars or more). Audit of session 16 (fpaudit3): every tune scam this signal caught had custody or a
 * secret.
 * Traps, suppressed: warnings and stories about the scam (the voice must open the message; a message
 * naming the scam anywhere is a warning, even one that opens by quoting it). Where the relative speaks,
 * a negated request ("don't tell Mom", "别告诉爸妈") is part of the story: only words naming the scam
 * count as a warning there (sentences.ts, 'scam-words', as for secrecy).
 */
import { prices } from '../../text/money';
import { wordsPattern } from '../../text/normalize';
import { firstUnwarned, warns } from '../sentences';
import type { PreparedMessage } from '../prepare';
import type { SignalHit } from './types';

// A relative's voice opening the message (folded text, first 60 characters).
const RELATIVE = new RegExp(
  [
    String.raw`^\W{0,3}(?:(?:hi|hey|hello|hola|oi|ola|allo|salut|bonjour)\W{1,3})?(?:grandma|grandpa|granny|gran|nana|nan|grandmother|grandfather|mom|mum|mommy|mama|mother|dad|daddy|papa|father|auntie|aunt|uncle|abuel[ao]|abuelit[ao]|mami|papi|tia|tio|vovo|vo|mae|pai|mamie|papy|lola|lolo|nanay|tatay|tita|tito|inay|itay)\b`,
    String.raw`^\W{0,3}(?:it'?s me|its me|soy yo|sou eu|c'est moi|ako ito|ako to|ako po ito)\b`,
    String.raw`^\W{0,3}(?:(?:hi|hey|hello)\W{1,3})?(?:this is|it'?s) your (?:\w+ )?(?:grandson|granddaughter|grandchild|son|daughter|nephew|niece)\b`,
    String.raw`^\W{0,3}(?:奶奶|爷爷|爺爺|外婆|外公|姥姥|妈|媽|爸|是我|我是你的?(?:孙|孫|儿子|兒子|女儿|女兒)|할머니|할아버지|엄마|아빠|저예요|나야)`,
    // Vietnamese: "Bà ơi, cháu đây", "Alo mẹ ơi, con đây"
    String.raw`^\W{0,3}(?:alo\W{1,3})?` + wordsPattern(['bà ơi', 'ông ơi', 'bà nội', 'bà ngoại', 'ông nội', 'ông ngoại', 'mẹ ơi', 'má ơi', 'ba ơi', 'bố ơi', 'cô ơi', 'chú ơi', 'dì ơi', 'cháu đây', 'con đây', 'cháu của bà', 'cháu của ông']),
  ].join('|'),
);
// Custody: the scam's own story (see the header).
const CUSTODY_WORDS = [
  String.raw`\b(?:jail|prison|arrested|bail|bond|detained|police station|in trouble|carcel|preso|presa|detenid[oa]|fianza|policia|prisao|fianca|(?:la|une|sa|ma) caution|kulungan|nakakulong|nakulong|hinuli|nahuli ng pulis|presinto|piyansa)\b`,
  String.raw`坐牢|被抓|被警察|被捕|拘留|派出所|警察局|撞了人|保释|保釋|경찰서|경찰에 잡혀|체포|구치소|유치장|보석금|합의금`,
  wordsPattern(['bị bắt', 'công an', 'cảnh sát', 'ở tù', 'bị giam', 'tạm giam', 'bảo lãnh', 'tại ngoại']),
];
// A mishap: what real families text about too.
const MISHAP_WORDS = [
  String.raw`\b(?:accident|hospital|border|mugged|robbed|accidente|frontera|me asaltaron|acidente|naaksidente|aksidente|ospital)\b`,
  String.raw`车祸|車禍|医院|醫院|사고|병원`,
  wordsPattern(['tai nạn', 'đụng xe', 'tông xe', 'bệnh viện']),
];
const CUSTODY = new RegExp(CUSTODY_WORDS.join('|'), 'g');
const TROUBLE = new RegExp([...CUSTODY_WORDS, ...MISHAP_WORDS].join('|'), 'g');
const MONEY = new RegExp(
  [
    String.raw`\b(?:send (?:me )?(?:some )?(?:money|cash|\$)|wire (?:it|me|the money|money)|need (?:some |the )?(?:cash|money|\$\s?\d)|bail money|western union|moneygram|gift ?cards?|zelle|cash ?app|(?:mandame|enviame|mande|envie|deposita|depositame|manda) (?:\w+ )?(?:dinero|plata|lana|dolares|\$)|necesito (?:\w+ )?(?:dinero|plata|lana|dolares)|preciso de (?:\w+ )?dinheiro|manda (?:o )?dinheiro|de l'argent|padalhan|magpadala|ipadala|gcash|pera)\b|\$\s?\d`,
    String.raw`汇款|匯款|转账|轉賬|打钱|打錢|寄钱|寄錢|汇钱|匯錢|송금|돈을 보내|돈 좀 보내|돈\s?(?:좀\s?)?부쳐|이체|입금`,
    wordsPattern(['chuyển tiền', 'gửi tiền', 'chuyển khoản', 'cần tiền', 'tiền bảo lãnh', 'tiền viện phí']),
  ].join('|'),
);
/** Money asked for the way the scam asks for it (see the header), or a large sum in dollars. */
const SCAM_MONEY = /\b(?:western union|moneygram|money gram|gift ?cards?|tarjetas? de regalo|wire (?:it|me|the money|money|transfer)|bail money|bitcoin|courier)\b|汇款|匯款|송금|chuyển tiền/;
const BIG_SUM = 500;

function scamMoney(text: string): boolean {
  return SCAM_MONEY.test(text) || prices(text).some((p) => p >= BIG_SUM);
}

const KEEP_SECRET = new RegExp(
  [
    String.raw`\b(?:don'?t|do not|please don'?t|never) (?:tell|say anything to|let) (?:mom|mum|dad|my (?:mom|mum|dad|parents|mother|father)|the family|anyone|my wife|my husband)\b|\b(?:don'?t|do not|never|or) let anyone know\b`,
    String.raw`\bno (?:le )?(?:digas|diga|cuentes|cuente) (?:nada )?a (?:mi |mis )?(?:mama|papa|papas|padres|familia|nadie)\b|\bnao (?:conte|fala|diga) (?:nada )?(?:pra|para|a) (?:a |o )?(?:mae|pai|ninguem)\b|\bne (?:dis|dites) rien a (?:maman|papa|personne)\b`,
    String.raw`\bhuwag (?:mo |mong |nyo |po )*(?:sabihin|ipaalam)(?: ito| to)? (?:kay|kina|sa) (?:nanay|tatay|mama|papa|inay|itay|mga magulang)\b`,
    String.raw`别告诉|別告訴|不要告诉|不要告訴|말하지 마|알리지 마`,
    wordsPattern(['đừng nói với bố mẹ', 'đừng nói với ba mẹ', 'đừng nói với mẹ', 'đừng nói với bố', 'đừng nói với ba', 'đừng nói với ai', 'đừng cho bố mẹ biết', 'đừng cho ba mẹ biết', 'đừng cho ba biết', 'đừng cho bố biết', 'đừng cho mẹ biết', 'đừng cho má biết', 'đừng cho ai biết']),
  ].join('|'),
  'g',
);

export default function familyEmergency(msg: PreparedMessage): SignalHit | undefined {
  const { text } = msg.page;
  // A message that names the scam anywhere warns about it, even one that opens with the scammer's words.
  if (!MONEY.test(text) || warns(text, 'scam-words')) return undefined;
  const voice = RELATIVE.test(text.slice(0, 60));
  // Where the relative speaks, a negated request ("don't tell Mom", "别告诉爸妈") is part of the story, not a
  // warning: only words naming the scam are, as for secrecy.
  const kind = voice ? 'scam-words' : 'any';
  const trouble = firstUnwarned(msg.page, TROUBLE, 10, undefined, kind);
  const secret = firstUnwarned(msg.page, KEEP_SECRET, 10, undefined, kind);
  // Custody, a secret, or scam-shaped money beside a mishap (see the header).
  const scamStory = Boolean(secret) || (trouble !== undefined && (firstUnwarned(msg.page, CUSTODY, 10, undefined, kind) !== undefined || scamMoney(text)));
  // The trouble is the story the reader is asked to pay for; the secret is secrecy.ts's to quote.
  if (voice && scamStory) return { evidence: (trouble ?? secret)!.evidence, strength: 'strong' };
  if (trouble && secret) return { evidence: trouble.evidence, strength: 'weak' };
  return undefined;
}

/*
Examples:
  fires:      "Hi Grandpa. I need some cash. Can you wire it to me? Don't tell Mom and Dad, please." (strong)
  must not:   "Mom, can you send me $20 for lunch?";
              "Scammers call grandparents: 'Grandma, I'm in jail, send bail money.' Hang up and call your family."
*/
