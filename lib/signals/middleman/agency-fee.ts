/**
 * Whether a fee, price or refund a page names is the U.S. government's own, told to the reader, not the business's
 * (middleman-service asks it of its fee, pay-step and refund cues and of the priced sentence). A guide or a news item
 * quoting the agency's fee tells the reader the agency's price; a seller's fee is its own: "our fee", a service fee
 * beside the agency's.
 *
 * The line, in every language the engine reads fees in (English, and since session 26 es, pt, fr, de, it, zh, ko, vi,
 * tl: AGENCY_ACTS_WIDE): a fee said to be charged, levied, collected, set or announced by the U.S. government, the State
 * Department, DHS, CBP, USCIS or a U.S. embassy, or paid to them, is the agency's ("签证诚信费 250美元 由美国政府收取",
 * "Die USA erheben nun eine zusätzliche Gebühr von 250 Dollar", "la tasa que cobra el gobierno de Estados Unidos"; tune
 * batch real-2026-12be). A sentence in which the page speaks of itself as the business, in English or in these
 * languages (self.ts ownVoice: "nuestra tarifa", "unsere Bearbeitungsgebühr", "我们的服务费", "저희 대행 수수료", "phí dịch
 * vụ của chúng tôi"), is the page's, whatever agency it also names. A refund the law provides for, or one conditioned
 * on the traveller keeping to the visa's terms (leaving on time, not working), is the law's refund of the government's
 * fee (the visa integrity fee's), never a seller's refund policy (refundByRule).
 */
import { pricesIn } from '../../text/money';
import { wordsPattern } from '../../text/normalize';
import { GOVERNMENT } from './cues';
import { ownVoice } from './self';

/** A government body that sets, takes or announces the fee ("CBP makes online I-94 payment available", "The DOS disclosed that registration fees will not be refunded", "In an announcement by the US Department of State (DOS), the new fee…": DV $1-fee news, batch real-2026-12s). */
const GOVERNMENT_ACTS = new RegExp(
  String.raw`\b${GOVERNMENT}\b[^.!?]{0,40}?\b(?:has |have |had )?(?:announced|publishe[sd]|makes|made|introduc(?:es|ed)|sets?|charges|collects|requires|impose[sd]|adds|added|establishe[sd]|disclosed|confirmed|stated|said|says)\b|\b(?:according to|(?:an |the )?announcement (?:by|from|of)|(?:a |the )?(?:new )?(?:rule|notice|statement) (?:by|from|of)) (?:the )?(?:u\.?s\.? )?${GOVERNMENT}`,
);

/**
 * A fee reported as a law or rule being planned, introduced or dropped, which only a government does: "Die
 * geplante Einführung einer verpflichtenden Teilnahmegebühr von 250 US-Dollar … ist vom Tisch", "Zusätzlich war
 * eine Bearbeitungsgebühr von rund 400 US-Dollar für Gewinner vorgesehen", "the proposed $250 entry fee" (news on
 * the dropped DV fee, 2025, tune batch real-2026-12ad). A seller speaks of its fee as it is, not as planned.
 * (Folded text: "gebühr" reads "gebuhr", "Einführung" "einfuhrung".)
 */
const FEE_RULEMAKING =
  /\b(?:proposed|planned) (?:\$ ?[\d.,]+ |us\$ ?[\d.,]+ )?(?:\w+ ){0,2}?fees?\b|\b(?:geplante[nr]?|vorgesehene[nr]?) (?:\w+ ){0,3}?(?:einfuhrung|\w*gebuhr)|\beinfuhrung (?:einer|der|von) (?:\w+ ){0,3}?\w*gebuhr|\b(?:war|waren) (?:[^.!?]{0,80}? )?vorgesehen\b|\bgeplant war\b/;

/**
 * The agency's own fee named as the agency's (passport25): paid, payable or kept by the agency ("check or money order payable
 * to “U.S. Department of State”", "paid to CBP", "retained by the Department of State", "payable to U.S. Department of
 * State – check or money order ONLY": a city acceptance facility's fee page, tune batch real-2026-12ba), or in its
 * possessive ("the State Department's $60 expedite fee", "CBP's fee"). A guide or a news item quoting it tells the reader
 * the agency's price; a seller's own fee is "our fee", a "service fee" beside it. Folded text (curly quotes read straight).
 */
const AGENCY_TAKES = new RegExp(
  String.raw`\b(?:payable|paid|made out|retained|kept|collected|charged) (?:directly )?(?:to|by) ["']?(?:the )?(?:u\.?s\.? )?${GOVERNMENT}|\b${GOVERNMENT}'s? (?:own )?(?:\$ ?[\d.,]+ )?(?:[a-z-]+ ){0,2}?fees?\b`,
);

/**
 * The agency's fee taken apart by the parts the law names, which only the government's fee has: the ESTA's travel
 * promotion fee and its Treasury General Fund fee ("The ESTA fee structure includes a $10 processing charge and a $30
 * authorisation fee, which covers a $17 travel promotion charge and a $13 Treasury fund fee": news on the 2025 rise, tune
 * batch real-2026-12bi), in the languages the engine reads fees in ("Reiseförderungsgebühr", "frais de promotion du
 * tourisme", "taxa de promoção de viagens"), and the part the agency keeps when it refuses ("applicants rejected for an ESTA
 * pay only the $10 processing fee"). A seller's own fee has no such part; a seller naming them beside its fee
 * says "our" (ownVoice: the caller). Folded text.
 */
const FEE_PARTS = new RegExp(
  String.raw`\btravel promotion (?:act )?(?:fee|charge|fund)s?\b|\btreasury (?:general )?fund (?:fee|charge)s?\b|` +
    // the part kept when the agency refuses ("applicants rejected for an ESTA pay only the $10 processing fee")
    String.raw`\b(?:rejected|denied|refused|declined)\b[^.!?]{0,50}?\b(?:only|just)\b[^.!?]{0,25}?\b(?:processing|application|operational|administrative|administration) (?:fee|charge)s?\b|` +
    wordsPattern(['reiseförderungsgebühr', 'reisebewerbungsgebühr', 'tourismusförderungsgebühr', 'treasury general fund fee', 'frais de promotion du tourisme', 'frais de promotion touristique', 'tasa de promoción turística', 'tasa de promoción del turismo', 'taxa de promoção de viagens', 'taxa de promoção turística', 'tassa per la promozione del turismo', '旅行促进费', '旅行促進費', '旅行促進料', '여행 진흥 수수료', '여행 촉진 수수료'], false, 'wide'),
);

/**
 * The agency's fee totalled for a family or a group, as news and guides count it: "For a family of four, that translates to
 * an extra $76 in permit fees alone", "a family of four will now pay $160" (news on the 2025 ESTA rise, tune batch
 * real-2026-12bi). A seller prices a family as its offer ("family package", "our fee for a family of four"), not as what a
 * family ends up paying. Folded text.
 */
const FAMILY_TOTAL =
  /\b(?:family|group|couple|household) of (?:two|three|four|five|six|seven|eight|[2-9])\b[^.!?]{0,40}?\b(?:translates? to|means|adds? up to|comes? to|(?:will|would|must|now) (?:now )?(?:pay|cost|spend)|pays|costs? (?:rises?|goes up|jumps))\b/;

/** A family's or a group's total of the agency's fee, told (FAMILY_TOTAL), not the page's own price (ownVoice). Folded text. */
export const familyTotal = (sent: string): boolean => !ownVoice(sent) && FAMILY_TOTAL.test(sent);

/**
 * The one check that a fee, payment or price sentence is about the government's own fee, not the
 * page's (the fee and pay-step cues and the price sentence all ask it): a government body sets,
 * announces or takes it ("the Department of State has announced … the first-ever registration
 * fee", "CBP makes online I-94 application payment available": GOVERNMENT_ACTS), the fee is said to be
 * paid to or kept by the agency, or is the agency's by name (AGENCY_TAKES), or it is
 * reported as planned, introduced or dropped (FEE_RULEMAKING). A sentence in which the page speaks
 * of itself ("our fee includes the CBP fee") is the page's. Or every amount in it is the official
 * fee itself, in dollars ("the new $1 registration fee"). (An amount merely within the official fee
 * does not tell: ESTA sellers priced under today's $40 fee were over the old $21.)
 */
export function governmentsOwnFee(sent: string, official: number): boolean {
  if (ownVoice(sent)) return false;
  if (GOVERNMENT_ACTS.test(sent) || AGENCY_TAKES.test(sent) || FEE_RULEMAKING.test(sent) || FEE_PARTS.test(sent) || familyTotal(sent) || (AGENCY_HINT.test(sent) && AGENCY_ACTS_WIDE.test(sent))) return true;
  // every amount is the official fee itself, in dollars: "the new $1 registration fee" (DV), "the $40 fee"
  const amounts = pricesIn(sent);
  return official > 0 && amounts.length > 0 && amounts.every((p) => p.currency === 'USD' && Math.abs(p.amount - official) < 0.001);
}

/** U.S. government bodies in the languages the engine reads fees in, natural spelling (folded by wordsPattern). */
const AGENCY_WORDS: readonly string[] = [
  // es
  'gobierno de estados unidos', 'gobierno de ee.uu.', 'gobierno de eeuu', 'gobierno de ee. uu.', 'gobierno estadounidense', 'gobierno americano', 'gobierno federal', 'departamento de estado', 'departamento de seguridad nacional', 'oficina de aduanas y protección fronteriza', 'servicio de aduanas y protección de fronteras', 'embajada de estados unidos', 'embajada estadounidense', 'embajada americana',
  // pt
  'governo americano', 'governo dos estados unidos', 'governo dos eua', 'governo norte-americano', 'governo federal', 'departamento de segurança interna', 'embaixada americana', 'embaixada dos eua', 'embaixada dos estados unidos',
  // fr
  'gouvernement américain', 'gouvernement des états-unis', 'gouvernement fédéral', "département d'état", 'département de la sécurité intérieure', 'ambassade des états-unis', 'ambassade américaine', 'administration américaine',
  // de
  'us-regierung', 'amerikanische regierung', 'amerikanischen regierung', 'regierung der usa', 'regierung der vereinigten staaten', 'us-außenministerium', 'außenministerium', 'heimatschutzministerium', 'ministerium für innere sicherheit', 'grenzschutzbehörde', 'us-grenzschutzbehörde', 'us-botschaft', 'die usa',
  // it
  'governo americano', 'governo statunitense', 'governo degli stati uniti', 'governo usa', 'dipartimento di stato', 'dipartimento per la sicurezza interna', 'ambasciata americana', 'ambasciata degli stati uniti',
  // zh
  '美国政府', '美國政府', '联邦政府', '聯邦政府', '美国国务院', '美國國務院', '国务院', '國務院', '国土安全部', '國土安全部', '美国海关', '美國海關', '边境保护局', '邊境保護局', '移民局', '美国大使馆', '美國大使館', '使领馆', '使領館', '领事馆', '領事館', '美国当局', '美國當局',
  // ko
  '미국 정부', '미 정부', '국무부', '국토안보부', '세관국경보호청', '이민국', '미국 대사관', '주한미국대사관', '영사관', '연방 정부', '트럼프 행정부',
  // vi
  'chính phủ mỹ', 'chính phủ hoa kỳ', 'bộ ngoại giao hoa kỳ', 'bộ ngoại giao mỹ', 'bộ an ninh nội địa', 'sở di trú', 'đại sứ quán mỹ', 'đại sứ quán hoa kỳ', 'lãnh sự quán', 'chính quyền mỹ',
  // tl
  'gobyerno ng amerika', 'gobyerno ng estados unidos', 'gobyerno ng us', 'embahada ng amerika', 'embahada ng estados unidos',
];

/** What such a body does with a fee (charges, levies, collects, sets, announces, introduces), or the reader's paying it to the body. */
const AGENCY_ACT_WORDS: readonly string[] = [
  // es, pt
  'cobra', 'cobran', 'cobrará', 'cobrarán', 'cobrada', 'cobrado', 'cobradas', 'cobrados', 'impone', 'impuso', 'impõe', 'establece', 'estableció', 'estabelece', 'anunció', 'anunciou', 'recauda', 'arrecada', 'percibe', 'se paga al', 'pagada al', 'pagado al', 'paga ao', 'pago ao', 'paga al',
  // fr
  'perçoit', 'perçu', 'perçue', 'perçus', 'perçues', 'facture', 'impose', 'instaure', 'a instauré', 'annonce', 'a annoncé', 'prélève', 'payé au', 'payée au', 'payés au', 'payées au',
  // de
  'erhebt', 'erheben', 'erhoben', 'verlangt', 'verlangen', 'kassiert', 'eingeführt', 'führt', 'führen', 'festgesetzt', 'angekündigt', 'gezahlt an', 'zu zahlen an',
  // it
  'riscuote', 'impone', 'introduce', 'introdotto', 'introdotta', 'pagata al', 'pagato al',
  // zh
  '收取', '征收', '徵收', '收费', '收費', '加收', '规定', '規定', '宣布', '推出', '颁布', '頒布', '支付', '缴纳', '繳納',
  // ko
  '부과', '징수', '도입', '발표', '관리', '납부',
  // vi
  'thu phí', 'thu lệ phí', 'áp dụng', 'ban hành', 'công bố', 'nộp cho', 'trả cho',
  // tl
  'naniningil', 'sinisingil', 'ipinataw', 'nagpataw', 'binabayaran sa',
];

const AGENCY = wordsPattern(AGENCY_WORDS, false, 'wide');
const AGENCY_ACT = wordsPattern(AGENCY_ACT_WORDS, false, 'wide');
/** A U.S. government body and what it does with the fee, in either order, within one sentence (folded text; no dot, Chinese or Japanese full stop between). */
const AGENCY_ACTS_WIDE = new RegExp(`${AGENCY}[^.!?。！？]{0,60}?${AGENCY_ACT}|${AGENCY_ACT}[^.!?。！？]{0,30}?${AGENCY}`);
/**
 * A letter run every AGENCY_WORDS entry holds (folded): the long alternation above is tried only on sentences that have
 * one. Cue sentences are many on a seller's page (bench:verdict: the full pattern on each cost ~20% of a 200,000-character
 * seller page's verdict).
 */
const AGENCY_HINT = /gob|gov|gouv|regier|minist|depart|dipart|embaj|embaix|embah|ambas|botsch|die usa|grenz|aduana|administration|chinh|[\u00c0-\u024f\u1e00-\u1eff\u3040-\u9fff\uac00-\ud7a3]/;

/**
 * A refund that is the law's, not a seller's policy: the law or a government body provides it ("Im Gesetz ist eine
 * Rückerstattung vorgesehen", "la ley prevé el reembolso"), or it is conditioned on the traveller keeping to the visa's
 * terms — leaving on time, not working without permission, not overstaying ("könnte die Gebühr zurückerstattet werden,
 * wenn die Aufenthaltsbedingungen eingehalten werden"): the visa integrity fee's refund (news and guides in every
 * language, tune batch real-2026-12be). A seller's refund is conditioned on its own service or the application's outcome.
 */
const RULE_REFUND = new RegExp(
  String.raw`\b(?:the law|the act|the bill|under the (?:law|act|bill)|by law)\b|\b(?:comply|complies|complied) with (?:the |all )?(?:terms (?:and conditions )?of (?:the |their |your )?)?visa|\boverstay|\bunauthori[sz]ed (?:work|employment)\b|\bdepart (?:the )?(?:u\.?s\.?|united states) (?:on time|before)|` +
    wordsPattern(['im gesetz', 'das gesetz', 'laut gesetz', 'gesetz sieht', 'aufenthaltsbedingungen', 'visabedingungen', 'eingehalten', 'illegale beschäftigung', 'überzieht', 'la ley', 'según la ley', 'cumplan las condiciones', 'cumpla las condiciones', 'no trabajar sin autorización', 'exceder el tiempo', 'a lei', 'pela lei', 'trabalhar sem autorização', 'deixarem o país', 'la loi', 'dépassements de séjour', 'travail non autorisé', 'la legge', 'tuân thủ', 'quá hạn', 'ayon sa batas'], false, 'wide') +
    '|' +
    wordsPattern(['法案', '法律规定', '法律規定', '遵守', '逾期', '非法工作', '如期离境', '如期離境', '법안', '준수', '초과 체류', '불법 취업', '무단 취업'], false, 'wide'),
);

/**
 * A refund the agency itself grants, asked of it: "You can send a refund request at Service Refund, Department of State,
 * 2999 Passport Place" (a passport guide on a passport-named site, tune batch real-2026-12ba), "request a refund from CBP".
 * A seller's refund is asked of the seller.
 */
const AGENCY_REFUND = new RegExp(
  String.raw`\brefund (?:request|application|claim)s? (?:at|to|from|with)\b[^.!?]{0,40}?\b${GOVERNMENT}|\b(?:request|ask for|apply for|claim) (?:a |your )?refund (?:at|from|with) (?:the )?(?:u\.?s\.? )?${GOVERNMENT}|\b${GOVERNMENT} (?:will |may |can |does )?(?:issue|grant|process|approve)s? (?:a |the |your )?refunds?\b`,
);

/** The refund in `sent` is the government's own — the law's (RULE_REFUND) or asked of the agency (AGENCY_REFUND) — not the page's (ownVoice). Folded text. */
export function refundByRule(sent: string): boolean {
  return !ownVoice(sent) && (RULE_REFUND.test(sent) || AGENCY_REFUND.test(sent));
}
