/**
 * middleman-service: a non-government page offers to carry out, for the visitor, a government step
 * that is free or cheap at the source — an ESTA, the Diversity Visa lottery entry, the USCIS online
 * access code, blank forms or filling them in, a case-status check, E-Verify / Self Check, an EIN,
 * an I-94, a FOIA request — and runs it as a business, even when no price is in view (the price
 * sits on the order form, in the FAQ or in the refund policy). The verdict then shows the
 * official route and fee (lib/guide, by `service`).
 *
 * A page is a middleman when it names one of these services and shows at least two different
 * kinds of business cue, at least one of them a money or service cue:
 *  - money / service: a service, processing or handling fee ("Bearbeitungsgebühr", "frais de
 *    dossier", "服务费"); a refund policy or money-back guarantee; express, urgent or rush
 *    processing; "we submit / file / check it for you" ("wir übermitteln", "nous nous chargeons",
 *    "代办"); a price in any currency (lib/text/money.ts); a form asking for card data;
 *  - steps: "apply now", "start your application", "Step 2: Payment", "proceed to payment",
 *    "jetzt beantragen", "solicite ahora"; a form asking for a passport number; "we are not a law
 *    firm" (what form-preparation businesses print).
 * Cues are read on the whole page (sellers put them in different sections), one sentence at a
 * time: a sentence that warns ("never pay for…", "third-party sites charge a service fee"), or that
 * points to the official site ("apply on esta.cbp.dhs.gov"), does not count as a cue — and a seller
 * that prints "never pay anyone…" in one sentence does not hide its own offer in the others.
 *
 * The line between doing the free government step for someone and legal representation:
 *  - Middleman (fires): the business's product IS the government step — it enters your data in
 *    the official form, files the ESTA or the DV entry, requests the access code or the EIN,
 *    checks your case status, sells fillable or pre-filled forms, "reviews your application for
 *    errors" — none of which needs a lawyer, and the agency does it free or for a small fee. E.g.
 *    estaportal.us ("Processing fee … urgent processing"), an "online Green Card preparation"
 *    site with "Signup Fee = $19.00" and "we are not a law firm", a DV "registration service" with
 *    a refund policy.
 *  - Legal representation (does not fire; stays `notice`): a law firm or a DOJ-accredited
 *    representative (a recognized nonprofit) that gives legal advice and represents the person
 *    — "Law Office of …, attorneys at law: we prepare and file your I-130, our fee is $1,500",
 *    "Catholic Charities' accredited representatives help you apply for citizenship". They name
 *    themselves as lawyers or accredited representatives; a middleman says it is NOT a law firm.
 *    A page that says both ("we are not a law firm … consult an attorney") is a middleman.
 *
 * Traps, suppressed: guides that describe the official steps ("Step 3: pay the $40 fee on the
 * official site") — their steps point to the official site and carry no money/service cue of
 * their own; news quoting sellers' fees (warning and reporting words); an official fee stated as
 * such ("the ESTA fee is $40": not above the official fee); Spanish "esta" (this) and German "ein"
 * (ESTA and EIN only in capitals); software and gift-card "access codes" (only a USCIS access code).
 */
import { classifyField } from '../fields';
import { hasWarning, matches, sentenceAround } from '../text/context';
import { chargesAbove } from '../text/money';
import { quote, wordsPattern } from '../text/normalize';
import { officialFee } from '../text/facts';
import type { ServiceId } from '../types';
import type { PreparedPage, SignalHit } from './types';

interface Service {
  service: ServiceId;
  anchor: RegExp;
  /** Fee fact whose value is the official price; absent = free at the source. */
  fee?: string;
  /** Extra check on the raw (unfolded) match: ESTA and EIN only in capitals. */
  rawCheck?: (raw: string) => boolean;
}

const SERVICES: readonly Service[] = [
  {
    service: 'esta',
    anchor: new RegExp(
      String.raw`\b(?:esta|electronic system for travel authori[sz]ation)\b|` +
        wordsPattern(['reisegenehmigung', 'autorisation de voyage électronique', 'autorisation de voyage', 'autorización de viaje', 'autorização de viagem', 'autorizzazione al viaggio', 'autorizzazione di viaggio', '전자여행허가', '여행허가', '电子旅行授权', '旅行授权', 'giấy phép du lịch']),
      'g',
    ),
    fee: 'fee.esta',
    rawCheck: (raw) => raw.length !== 4 || raw === 'ESTA',
  },
  {
    service: 'dv-lottery',
    anchor: new RegExp(
      String.raw`\b(?:green[- ]?card[- ]lotter(?:y|ie)|diversity (?:immigrant )?visa|dv[- ]?(?:20\d\d|lottery|program|entry))\b|` +
        wordsPattern(['lotería de visas', 'lotería de la green card', 'loterie de la carte verte', 'loterie green card', 'loterie américaine', 'lotteria della green card', 'lotteria green card', 'loteria do green card', 'loteria de vistos', 'loteria americana', '绿卡抽签', '綠卡抽籤', '多元化签证', '영주권 추첨', 'xổ số thẻ xanh', 'xổ số visa', 'xổ số mỹ']),
      'g',
    ),
    fee: 'fee.dv-lottery',
  },
  {
    service: 'access-code',
    anchor: /\b(?:uscis (?:online )?access codes?|online access codes?|access codes? (?:for|to) (?:your |the )?uscis|codigos? de acceso (?:de|para) (?:uscis|su cuenta))\b/g,
  },
  {
    service: 'forms',
    anchor:
      /\b(?:(?:blank|printable|fillable|pre-?filled|downloadable) (?:uscis |immigration |government )?(?:forms?|[in]-\d{2,4})|(?:online )?(?:green card|citizenship|naturalization|immigration|uscis) (?:application |form |document )?(?:preparation|filing service)|(?:form|application|document|petition|[in]-\d{2,4})[- ]preparation|prepare (?:your|the) (?:uscis |immigration )?(?:forms?|application|petition)|fill (?:out|in) (?:your|the) (?:uscis |immigration )?(?:forms?|application)|formularios? (?:en blanco|rellenables|para llenar)|llenado de formularios|preparacion de (?:formularios|solicitudes))\b/g,
  },
  {
    service: 'case-status',
    anchor: /\b(?:uscis case status|case status (?:check|tracker|tracking|service)|check (?:your|my) (?:uscis )?case status|estado de (?:su |mi )?caso (?:de|en) uscis)\b/g,
  },
  { service: 'e-verify', anchor: /\b(?:e-verify|self check)\b/g },
  {
    service: 'ein',
    anchor: /\b(?:ein|employer identification number|numero de identificacion (?:patronal|del? empleador))\b/g,
    rawCheck: (raw) => raw.length !== 3 || raw === 'EIN',
  },
  { service: 'i94', anchor: /\b(?:i-94|arrival\/departure record)\b/g },
  { service: 'uscis', anchor: /\b(?:foia request|freedom of information act request|a-file request|g-639)\b/g },
];

// ---------------------------------------------------------------------------------------------
// Cues. Each kind is a list of words (wordsPattern folds them); `money` kinds show a business.

type Cue = 'fee' | 'refund' | 'express' | 'we-do' | 'price' | 'card' | 'apply' | 'pay-step' | 'passport' | 'not-lawyer';
const MONEY: ReadonlySet<Cue> = new Set<Cue>(['fee', 'refund', 'express', 'we-do', 'price', 'card']);

const CUE_WORDS: ReadonlyArray<readonly [Cue, RegExp]> = [
  [
    'fee',
    new RegExp(
      String.raw`\b(?:(?:our |a |the |your )?(?:service|processing|handling|signup|sign-up|registration|preparation|consulting|agency) (?:fee|charge)s?|(?:our|my) fees?|government fees? (?:are |is )?(?:included|not included)|(?:includes?|plus|\+) (?:the )?(?:government|official|uscis|cbp) fees?)\b|` +
        wordsPattern(['tarifa de servicio', 'cargo por servicio', 'tarifa de procesamiento', 'costo del servicio', 'nuestros honorarios', 'taxa de serviço', 'taxa de processamento', 'costo del servizio', 'diritti di servizio', 'frais de service', 'frais de traitement', 'frais de dossier', 'frais de gestion', 'bearbeitungsgebühr', 'servicegebühr', 'service-gebühr', 'servicepauschale', 'vermittlungsgebühr', '服务费', '服務費', '手续费', '手續費', '代办费', '代辦費', '대행 수수료', '대행료', '서비스 수수료', 'phí dịch vụ', 'phí xử lý', 'bayad sa serbisyo']),
      'g',
    ),
  ],
  [
    'refund',
    new RegExp(
      String.raw`\b(?:refund policy|money[- ]back guarantee|full refund|100% refund|refund (?:of|if|in case|guarantee)|cancellation (?:and refund )?policy)\b|` +
        wordsPattern(['política de reembolso', 'politica de reembolso', 'garantía de devolución', 'reembolso completo', 'reembolso total', 'politique de remboursement', 'remboursement intégral', 'satisfait ou remboursé', 'rückerstattung', 'geld-zurück-garantie', 'geld zurück', 'rimborso', 'garanzia di rimborso', '退款', '환불', 'hoàn tiền', 'ibabalik ang bayad']),
      'g',
    ),
  ],
  [
    'express',
    new RegExp(
      String.raw`\b(?:(?:express|urgent|rush|super[- ]?rush|priority|same[- ]day|24[- ]hours?) (?:processing|service|application|delivery|option)|(?:our |an? )?expedited (?:service|option)|processed (?:in|within) (?:\d+|one|two|24) (?:hours?|minutes?))\b|` +
        wordsPattern(['procesamiento urgente', 'procesamiento express', 'trámite urgente', 'servicio express', 'servicio urgente', 'traitement express', 'traitement urgent', 'traitement prioritaire', 'express-bearbeitung', 'expressbearbeitung', 'eilbearbeitung', 'eilantrag', 'express-service', 'processamento urgente', 'processamento expresso', 'elaborazione urgente', 'servizio express', '加急', '急件', '긴급 처리', '급행', 'xử lý khẩn', 'xử lý nhanh', 'dịch vụ khẩn']),
      'g',
    ),
  ],
  [
    'we-do',
    new RegExp(
      String.raw`\b(?:we (?:will )?(?:submit|file|lodge|process|handle|send|complete|review|check|double-check|verify) (?:it|your|the)\b|we (?:take care of|do) (?:it|everything|the rest|all)|(?:our|the) (?:team|experts?|agents?|specialists?) (?:will )?(?:review|check|submit|process|handle)|file it for you|submit(?:ted)? (?:it )?(?:for you|on your behalf)|on your behalf)|` +
        wordsPattern(['nos encargamos', 'nosotros enviamos', 'tramitamos su', 'en su nombre', 'nous nous chargeons', 'nous soumettons', 'nous vérifions', 'nous traitons', 'en votre nom', 'wir übermitteln', 'wir übernehmen', 'wir prüfen', 'wir kümmern uns', 'wir reichen', 'wir erledigen', 'in ihrem namen', 'cuidamos de', 'em seu nome', 'nós enviamos', 'ci occupiamo', 'per tuo conto', 'per vostro conto', '代办', '代辦', '代理申请', '代理申請', '为您办理', '代填', '대행', '대신 신청', 'làm hộ', 'thay bạn', 'giúp bạn nộp', 'kami na ang bahala']),
      'g',
    ),
  ],
  [
    'apply',
    new RegExp(
      String.raw`\b(?:apply (?:now|today|online now)|start (?:your|my|the|a new) application|begin (?:your )?application|(?:register|enter|order|sign up) (?:now|today)|get started now|step \d+:? (?:fill|complete|submit))\b|` +
        wordsPattern(['solicite ahora', 'solicitar ahora', 'regístrese ahora', 'inscríbase ahora', 'aplique ahora', 'jetzt beantragen', 'antrag starten', 'jetzt registrieren', 'jetzt teilnehmen', 'faire ma demande', 'faites votre demande', 'demander maintenant', "s'inscrire maintenant", 'inscrivez-vous', 'solicite já', 'inscreva-se', 'richiedi ora', 'iscriviti ora', '立即申请', '立即申請', '马上申请', '지금 신청', '신청하기', 'đăng ký ngay', 'nộp đơn ngay', 'mag-apply na', 'magparehistro na']),
      'g',
    ),
  ],
  [
    'pay-step',
    new RegExp(
      String.raw`\b(?:step \d+:? (?:pay|payment|make (?:a |the )?payment|submit payment)|proceed to (?:payment|checkout)|secure (?:online )?payment|pay securely|payment page|complete (?:your|the) payment)\b|` +
        wordsPattern(['pago seguro', 'proceder al pago', 'paiement sécurisé', 'procéder au paiement', 'sicher bezahlen', 'zur zahlung', 'zahlungsart', 'pagamento seguro', 'pagamento sicuro', '安全支付', '결제하기', 'thanh toán an toàn']),
      'g',
    ),
  ],
  [
    'not-lawyer',
    new RegExp(
      String.raw`\b(?:(?:we are|is) not (?:a |an )?(?:law firm|lawyers?|attorneys?)|not a substitute for (?:an? )?(?:attorney|lawyer)|(?:do|does|can|will) not (?:provide|give|offer) legal advice)\b|` +
        wordsPattern(['no somos abogados', 'no somos un bufete', 'no es un bufete', 'no proporcionamos asesoría legal', 'no brindamos asesoría legal', "pas un cabinet d'avocats", 'keine anwaltskanzlei', 'keine rechtsberatung', 'não somos advogados', 'non siamo avvocati', '不是律师事务所', '법률 자문을 제공하지']),
      'g',
    ),
  ],
];

/** A law firm or an accredited representative speaking of itself: legal representation. */
const LAWYER_SELF = new RegExp(
  String.raw`\b(?:our (?:immigration )?(?:attorneys?|lawyers?|law firm|legal team)|law (?:firm|offices?|group) of|attorneys? at law|esq\.|(?:we are|i am) (?:an? )?(?:experienced )?(?:immigration )?(?:attorney|lawyer|law firm)|(?:doj|bia)[- ]accredited|accredited representatives?|recognized organization)\b|` +
    wordsPattern(['nuestros abogados', 'bufete de abogados', 'despacho de abogados', 'nos avocats', 'notre cabinet', 'unsere anwälte', 'rechtsanwaltskanzlei', 'nossos advogados', 'escritório de advocacia', 'i nostri avvocati', 'studio legale', '律师事务所', '律師事務所', '법률사무소', 'văn phòng luật']),
  'g',
);

/** A sentence that points to the official site: its steps are the official route, not an offer. */
const OFFICIAL_POINTER = /\.gov\b|\bofficial (?:web ?site|site|government|page|portal|application)|\bsitio (?:web )?oficial|\boffizielle|\bsite officiel|\bsito ufficiale|\bsite oficial|官方|공식/;

const MAX_CUES = 40;

function serviceAt(page: PreparedPage): { service: Service; index: number; length: number } | undefined {
  for (const service of SERVICES) {
    for (const m of matches(page, service.anchor, 40)) {
      if (service.rawCheck && !service.rawCheck(page.raw.slice(m.index, m.index + m[0].length))) continue;
      const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
      if (hasWarning(page.text.slice(s, e))) continue;
      return { service, index: m.index, length: m[0].length };
    }
  }
  return undefined;
}

/** First sentence of each cue kind that neither warns nor points to the official site. */
function cuesOf(page: PreparedPage): Map<Cue, [number, number]> {
  const found = new Map<Cue, [number, number]>();
  for (const [cue, re] of CUE_WORDS) {
    for (const m of matches(page, re, MAX_CUES)) {
      const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
      const sent = page.text.slice(s, e);
      if (hasWarning(sent) || (!MONEY.has(cue) && OFFICIAL_POINTER.test(sent))) continue;
      found.set(cue, [s, e]);
      break;
    }
  }
  return found;
}

function formCues(page: PreparedPage, found: Map<Cue, [number, number]>): void {
  for (const form of page.forms.slice(0, 50)) {
    for (const field of form.fields.slice(0, 200)) {
      const kind = classifyField(field);
      if (kind === 'card_number') found.set('card', [-1, -1]);
      if (kind === 'passport_number') found.set('passport', [-1, -1]);
    }
  }
}

/** A price on the page that is not an official fee: the first sentence with one (bounded). */
const OFFICIAL_FEE_WORDS = /\b(?:official|government|uscis|filing|visa|consular|embassy|cbp|state department|irs) (?:\w+ )?fees?\b|\bfees? (?:charged |set )?by (?:the )?(?:government|uscis|cbp|state department)\b|\bgebuhr der behorde\b/;
/** Where a price may be (money.ts reads it): a currency sign, or a code or word next to a digit. */
const PRICE_SIGN = /[$€£¥₩₫₱₹]|\d ?(?:usd|eur|euros?|dollars?|dolares|美元|元|원|đ)|\b(?:usd|eur|rs\.?|inr) ?\d/g;

function priceSentence(page: PreparedPage, official: number): [number, number] | undefined {
  let tries = 0;
  PRICE_SIGN.lastIndex = 0;
  for (let m = PRICE_SIGN.exec(page.text); m && tries < MAX_CUES; m = PRICE_SIGN.exec(page.text), tries++) {
    const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
    PRICE_SIGN.lastIndex = Math.max(PRICE_SIGN.lastIndex, e);
    const sent = page.text.slice(s, e);
    if (hasWarning(sent) || OFFICIAL_FEE_WORDS.test(sent) || !chargesAbove(sent, official)) continue;
    return [s, e];
  }
  return undefined;
}

const FORM_CUE_TEXT: Partial<Record<Cue, string>> = { card: 'form asks for: card number', passport: 'form asks for: passport number' };

export default function middlemanService(page: PreparedPage): SignalHit | undefined {
  const at = serviceAt(page);
  if (!at) return undefined;
  const official = at.service.fee ? officialFee(at.service.fee) : 0;
  if (official === undefined) return undefined;
  const found = cuesOf(page);
  formCues(page, found);
  const price = priceSentence(page, official);
  if (price) found.set('price', price);
  if (found.size < 2 || ![...found.keys()].some((c) => MONEY.has(c))) return undefined;
  // Legal representation: a law firm or accredited representative naming itself, and not also
  // saying it is not a law firm.
  if (!found.has('not-lawyer') && [...matches(page, LAWYER_SELF, 1)].length > 0) return undefined;
  // Evidence: the service and two cue sentences (money first), each sentence once.
  const quotes = new Set<string>();
  for (const [cue, [s, e]] of [...found].sort(([a], [b]) => Number(MONEY.has(b)) - Number(MONEY.has(a)))) {
    if (quotes.size < 2) quotes.add(FORM_CUE_TEXT[cue] ?? quote(page.raw, s, e, 90));
  }
  return {
    evidence: [quote(page.raw, at.index, at.index + at.length, 40), ...quotes].join(' … '),
    strength: 'strong',
    service: at.service.service,
  };
}

/*
Examples:
  fires:      estaportal-processing-times, n400form-terms, synthetic-dv-entry-service-es
  must not:   sg-usembassy-third-party-esta, eturbonews-esta-fraud-alert, usimmigrationguide-is-esta-free, law-firm-i130-flat-fee
*/
