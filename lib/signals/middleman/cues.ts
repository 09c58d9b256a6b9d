/**
 * The business cues middleman-service reads on a page (see its header for how they combine), and
 * the words by which a law office names itself. Data for one signal, kept apart like services.ts.
 * The kinds of cue:
 *  - money / service: a service, processing or handling fee ("Bearbeitungsgebühr", "frais de
 *    dossier", "服务费"); a refund policy or money-back guarantee; express, urgent or rush
 *    processing; "we submit / file / check it for you" ("wir übermitteln", "nous nous chargeons",
 *    "代办"); PDF- or AI-form-filling software; the page calling itself a private company or an
 *    "independent assistance provider", or "not affiliated with any brand or entity" (form
 *    editors); a price in any currency (lib/text/money.ts); a form asking for card data;
 *  - the site's own name names the service the page is about (`usa-esta.net`, `estausa.com`,
 *    `applyusagreencardlottery.com`, `usa-forms.com`): a business named after a government step
 *    sells that step, so this cue alone is enough: it is what the seller's FAQ, blog, refund and
 *    "how it works" pages carry when they show no other cue. Government hosts never get here;
 *    a newspaper (estadao.com.br) or a word holding the letters (festa, estamos) does not spell
 *    the service; a law firm named after green cards is legal representation (services.ts).
 *    The line with the information page on such a site (sitename24, clauses.ts guideOnNamedSite / informsOnly): the
 *    seller's page points to no official route and says nothing is free, or speaks as the business — the 45 tune pages
 *    that fire on the name alone (esta-america.cz's FAQ, greencard.am's terms, i-485-form.com, nexus-application.com's
 *    renewal page, uscitizenship.info's I-131 page) name neither the agency's site nor a free step; esta-america.com's
 *    page on a refused ESTA names usembassy.gov, another step's site (tune batch real-2026-12ax); i-765-form.com's blog
 *    names the USCIS website but sells "a fillable I-765". The information page names the step's own official address
 *    or the agency's site, or says the step is free ("Entry is free", "no filing fee for Form I-912"), and speaks of no
 *    service, customer or order of its own: estaform.org's walk-through of the official ESTA site's screens,
 *    esta-authorization.us's "hiring an agent … is unnecessary … go to the official ESTA application website" (the same
 *    batch), the DV explainer, the fee-waiver walk-through and the naturalization-form overview of session 23's opening;
 *  - steps: "apply now", "start your application", "Step 2: Payment", "proceed to payment",
 *    "to register … through USGCLS, click here", "jetzt beantragen", "solicite ahora"; a form
 *    asking for a passport number; "we are not a law firm" (what form-preparation businesses print).
 */
import { hasPattern, pattern, type Pattern } from '../../text/context';
import { SERVICE_FEE_WORDS } from '../../text/money';
import { foldArabic, wordsPattern } from '../../text/normalize';

// ---------------------------------------------------------------------------------------------
// Cues. English patterns plus word lists in the other languages (wordsPattern folds them; `true`
// lets a word go on: German and Romance words inflect and compound). `MONEY` kinds show a business.

// 'offer' has no words of its own: a we-do sentence in which the page speaks of itself and names a clerical visa step
// (middleman-service's cuesOf), like 'package' for a list of what the service includes; or the U.S. visa offered as the
// business's help in its own voice (services.ts VISA_OFFER, read by self.ts offerAt). 'guarantee' (a promise that a DV
// entry will not be disqualified) lives with the DV entry's other cues in dv.ts; 'pays-fee' (the business paying a U.S.
// government fee for the reader) in fees.ts; 'tax-offer' (the page offering its own service for the EIN or the ITIN) in
// taxid.ts, and a tax office shows it too, so it is not in NOT_LAW_OFFICE; 'courier' (the page, as the business, carrying the
// reader's passport application to the State Department) in passport.ts; 'steers' (an advertorial sending the reader to a private
// service to apply) in advert.ts.
export type Cue = 'fee' | 'refund' | 'express' | 'we-do' | 'private' | 'price' | 'card' | 'site' | 'apply' | 'pay-step' | 'passport' | 'not-lawyer' | 'self-help' | 'package' | 'form-shop' | 'offer' | 'guarantee' | 'pays-fee' | 'tax-offer' | 'courier' | 'steers';
export const MONEY: ReadonlySet<Cue> = new Set<Cue>(['fee', 'refund', 'express', 'we-do', 'private', 'price', 'card', 'site', 'self-help', 'package', 'form-shop', 'offer', 'guarantee', 'pays-fee', 'tax-offer', 'courier', 'steers']);
/** Cues a law office's page does not show. */
export const NOT_LAW_OFFICE: readonly Cue[] = ['not-lawyer', 'refund', 'express', 'private', 'card', 'site', 'self-help', 'package', 'form-shop', 'offer', 'guarantee', 'pays-fee'];

/** A U.S. government body that sets or takes a fee, or gives instructions (the fee-news and guide-voice checks). */
export const GOVERNMENT = String.raw`(?:department of state|state department|the (?:u\.?s\.? )?dos|uscis|cbp|customs and border protection|dhs|department of homeland security|irs|(?:u\.s\.|us|united states|american|federal) government)`;

/** A sentence that points to the official site: its steps are the official route, not an offer (middleman-service, advert.ts). */
export const OFFICIAL_POINTER = new RegExp(foldArabic(/\.gov\b|\bofficial (?:web ?site|site|government|page|portal|application)|\bsitio (?:web )?oficial|\boffizielle|\bsite officiel|\bsito ufficiale|\bsite oficial|官方|공식|رسمی|الرسمي|официальн/.source));

/**
 * The endings of a site's address as a page writes it in its text ("usa-voyageur.com", "esta-america.de", "visa.co.uk"): one
 * list for a site the page names (advert.ts ADDRESS) and the page naming itself by its domain (self.ts SELF). A regex source.
 */
export const SITE_ENDING = String.raw`(?:com|net|org|info|eu|us|de|dk|fr|it|es|nl|pt|at|ch|be|pl|co\.uk|uk)`;

/** First person of a business ("our fee", "we charge"); not middleman-service's SELF, whose "us" is also the U.S. of "US Customs". */
export const OWN = /\b(?:we|we're|our|this (?:web ?site|site|service|company))\b/;
/**
 * Other businesses' offer, reported: "an array of Web sites that say they will submit participants' lottery
 * applications for fees ranging from $40 to $250" (news on DV services, tune batch real-2026-12y); "取得代行サービスが存在するようです"
 * (a Japanese blog on getting an EIN alone: such services "seem to exist", batch real-2026-12at). Not the
 * page's own offer unless it also speaks as the business (OWN).
 */
export const OTHERS_OFFER = /\b(?:web ?sites|sites|companies|agencies|services|businesses) that (?:say|claim|promise|offer|charge)|サービス(?:が|も)(?:存在する|ある)(?:ようです|らしい|そうです)/;

/**
 * Other people's help with the forms, reported: "Many people, including family members, may be willing to help you fill
 * out USCIS forms … These people may do this for free or charge a small fee" (USCIS's own guidance, copied on a document
 * host: tune batch real-2026-12ao). People in general, relatives or friends who may help are not the page offering help.
 */
export const OTHERS_HELP = /\b(?:people|persons|individuals|family members|relatives|friends|someone|anyone)\b[^.!?]{0,40}?\b(?:may|might|can|could|will)\b[^.!?]{0,30}?\bhelp/;

/**
 * A rule about who may give legal advice, stated of others: the words just before a not-lawyer cue, when they make it
 * a rule or a trait of a kind of people: "Notarios, notary publics, and immigration consultants may NOT provide legal
 * advice" (USCIS guidance), "legal document assistants are not lawyers" or "aren't lawyers" (a guide): read in the
 * cue's first word and the few characters before it (middleman-service's cuesOf). Read only where the page does not
 * speak of itself in the sentence. A business naming itself in the singular keeps its cue, whatever the sentence adds:
 * "Acme Docs is not a law firm and cannot provide legal advice" (review22: the whole sentence was read for "cannot", and a
 * seller's disclaimer by its brand name lost its cue); "we are not a law firm" speaks of itself.
 */
export const PERMISSION_RULE = /\b(?:(?:may|might|can|could|must|should|do|are) not|aren'?t)\b/;

/**
 * Someone else's fee, told to the reader: "you can contact a visa lottery submitting company … they
 * will charge you a small service fee" (a DV guide). Not the page's own fee unless it speaks as the
 * business in the same sentence (OWN). A professional named as the one who may charge is someone
 * else too: "Certifying Acceptance Agents may charge $100-$300", "申请免费,CAA可能收$50-$150服务费" (ITIN
 * guides, tune batch real-2026-12af); a hedge (may, usually, 可能) is how a guide speaks of another's price.
 * And the fee of the agencies a public or non-profit body stands in for (audit23, tune batch real-2026-12au): news
 * of a district office, a city hall or a library doing the ESTA or the forms for residents for free names what one
 * would pay a travel agency or a proxy firm instead — "여행사 등에 대행의뢰시 지불하게 되는 수수료", "일부 업체 및
 * 웹사이트에서 … 건당 2~3만원의 수수료를 챙기는", "旅行会社や代行業者に依頼すると…代行手数料", "varias empresas cobran 58 euros", "các công ty … thu phí", "naniningil ang mga fixer": the fee belongs to the agencies
 * named as paid or asked (their name, then "에/에게/에서", "に/へ", a verb of charging). A seller names its own price
 * ("대행 수수료 30,000원", "저희가 대신 신청해 드립니다"), not the price of asking someone else. Not in Chinese: an ESTA
 * seller there explains the trade's fee as its own kind's ("如果通过代办机构代为申请ESTA,代办机构将会酌情收取申请服务费",
 * then "我们最快…"), so "代办机构…收取" does not tell another's fee from the page's.
 */
const OTHERS_CHARGE_WIDE = [
  // Korean: the travel agency or proxy firm one asks ("에/에게/에서/을 통해"), then the fee paid to it
  String.raw`(?:여행사|대행\s?업체|대행사|대행\s?사이트|사설\s?사이트|민간\s?업체|업체)(?:\s?(?:등|및\s?웹사이트))?(?:에게|에서|에|을\s?통해|를\s?통해)\s[^.!?]{0,30}?(?:수수료|대행료|비용)`,
  // Japanese: "travel agencies or proxy firms … asked … the proxy fee"
  String.raw`(?:旅行会社|旅行代理店|代行業者|代行会社|代行サイト|業者)(?:や[^。！？]{1,8}?)?(?:など|等)?(?:に|へ)[^。！？]{0,30}?(?:手数料|代行料|費用)`,
  // Japanese: the proxies' going rate or price, told beside the official one ("代行業者の相場は、概ね6,480円から8,640円です",
  // "申請代行サイトだと、4000円から1万円くらい代行手数料がかかる": blogs sending to the official ESTA site, advert26)
  // or asked ("代理の会社に依頼すると、14ドルにプラスで5000円近くかかります": a blog on having used a look-alike ESTA proxy, advert26)
  String.raw`(?:代行業者|代行会社|代行サイト|代理の会社|代理会社|代理店)(?:の相場|の料金|だと|では|の場合|に依頼すると|に頼むと|に申し込むと)[^。！？]{0,30}?(?:円|ドル|手数料|代行料|費用)`,
  // Spanish: "las agencias / gestorías / empresas (de dudosa legalidad) cobran"
  String.raw`\b(?:agencias|gestorias|gestores|intermediarios|tramitadores|empresas|sitios|paginas)\b[^.!?]{0,30}?\b(?:cobran|cobraran|suelen cobrar|piden)\b`,
  // Vietnamese: "các công ty / đơn vị … thu phí" (plural: other businesses, not "dịch vụ của chúng tôi")
  wordsPattern(['các công ty', 'các đơn vị', 'các trung tâm', 'các đại lý', 'các văn phòng', 'các cơ sở'], false, 'wide') + String.raw`[^.!?]{0,30}?` + wordsPattern(['thu phí', 'tính phí', 'lấy phí', 'thu tiền'], false, 'wide'),
  // Tagalog: "the fixers / agencies charge"
  String.raw`\b(?:mga )?(?:fixers?|ahensya|ahensiya|agency|agencies)\b[^.!?]{0,30}?\b(?:naniningil|sumisingil|naniningil ng|humihingi ng bayad)\b`,
].join('|');

const OTHERS_CHARGE = new RegExp(
  String.raw`\b(?:they|these (?:\w+ )?(?:companies|agencies|agents|sites|websites|services|people|persons|individuals|preparers|consultants)|(?:such|some|other|private|third[- ]party) (?:\w+ )?(?:companies|agencies|agents|sites|websites|services|people|persons|individuals|preparers|consultants))\b[^.!?]{0,30}?\b(?:will |may |might |can |often |usually |typically )?(?:charge|ask|take|collect|demand|sell)s?\b|\b(?:offered|sold|charged) by (?:\w+ ){0,2}(?:agents?|agencies|companies|sites|websites|third[- ]part(?:y|ies)|intermediaries|middlemen)\b` +
    String.raw`|\b(?:(?:certifying |certified )?acceptance agents?|caas?|(?:tax )?preparers?|accountants?|cpas?)\b[^.!?]{0,20}?\b(?:may|might|can|usually|typically|often|generally) (?:also )?(?:charge|ask)` +
    String.raw`|\b(?:caa|cpa)\s?(?:可能|通常|一般|或)收|(?:会计师|會計師|代理人?)(?:可能|通常|一般)收|` +
    OTHERS_CHARGE_WIDE,
);

/**
 * A price the sentence calls too high: a reader's complaint about what someone else charged ("入力するためだけの作業に手間賃5000円
 * って高過ぎやしないかね": a blog on having used a look-alike ESTA proxy, tune batch real-2026-12bg; "a rip-off at $89"). A seller
 * never calls its own price too expensive; one that belittles others' prices beside its own says "our" (OWN: othersPrice).
 * Folded text.
 */
const PRICE_COMPLAINT = new RegExp(
  String.raw`\b(?:too expensive|overpriced|rip-?off|way too much|daylight robbery)\b|` +
    wordsPattern(['demasiado caro', 'trop cher', 'zu teuer', 'überteuert', 'troppo caro', 'caro demais', 'te duur', 'för dyrt', 'za drogo'], false, 'wide') +
    '|' +
    wordsPattern(['高すぎ', '高過ぎ', 'ぼったくり', '너무 비싸', '바가지', '太贵', '太貴'], false, 'wide'),
  'g',
);

/** A complaint denied is a seller's boast ("never overpriced", "pas trop cher", "不太贵"): a denial just before, or after (ja, ko). */
const DENIED_BEFORE = /(?:(?<![a-z])(?:no|not|never|nothing|pas|nicht|kein|keine|niet|geen|inte|nie|non|nao|nunca|jamais|mai)|n't)\s+(?:(?:at all|so|that|even|ever|more|a|an)\s+)?$|[不没沒]$/;
const DENIED_AFTER = /^\s?(?:ない|なく|なし|無し|ず|じゃな|ではな|지 ?않|없)/;

/** Does the sentence call a price too high (PRICE_COMPLAINT), not deny it (DENIED_BEFORE, DENIED_AFTER)? */
function complains(sentence: string): boolean {
  for (const m of sentence.matchAll(PRICE_COMPLAINT)) {
    const end = m.index + m[0].length;
    if (!DENIED_BEFORE.test(sentence.slice(Math.max(0, m.index - 20), m.index)) && !DENIED_AFTER.test(sentence.slice(end, end + 5))) return true;
  }
  return false;
}

/**
 * A sentence telling the reader another business's price or offer, not the page's own: "they will charge you a small
 * service fee", "Web sites that say they will submit … for fees ranging from $40 to $250", "여행사에 맡기면 … 수수료를 내야
 * 한다". The one test middleman-service (fee cues, priced sentences) and free-service-for-sale (a window priced only by
 * others) ask. Folded text.
 */
export const othersPrice = (sentence: string): boolean => !OWN.test(sentence) && (OTHERS_CHARGE.test(sentence) || OTHERS_OFFER.test(sentence) || complains(sentence));

/**
 * The buyer getting money back from someone else, not a business's refund promise: a victim's or consumer
 * page on ESTA sellers, "Faked ESTA web sites - how to get your money back", "I got my money back",
 * "Wie bekomme ich mein Geld zurück?" (tune batch real-2026-12o). A seller's "you will get your money
 * back" and "money-back guarantee" stay refund cues. (Matched on the folded text: "zurück" reads "zuruck".)
 */
export const BUYER_MONEY_BACK = /\bhow (?:to|can|do) (?:\w+ )?(?:get|claim|recover) \w+ money back|\b(?:get|got|getting|claim\w*|recover\w*|want\w*) (?:my|our) money back|\b(?:mein|unser) geld zuruck/;

/**
 * The page offering itself as the way to do the step, in words that hold their own first person (dv27: sellers' FAQ and
 * help pages that name no price and no apply button): the reader may do it alone or hand it to the business ("Można to
 * zrobić samodzielnie lub zlecić to zadanie np. nam", "leave it to us", "beauftragen Sie uns", "a través de nosotros"). Read
 * as a 'we-do' cue and, being the business's first person, by self.ts SELF (the pronoun is inside the phrase: Polish "nam",
 * German "uns"). Not a guide's "or hire an agency": the one trusted is "us". Folded text (Polish keeps its letters).
 */
export const ENTRUSTED_TO_US = String.raw`(?:(?:zleci|powierzy)\S* (?:to |te |tę )?(?:zadanie |sprawę |rejestracj\S+ )?(?:np\. |na przykład )?nam|leave (?:it|this|everything|the rest) to us|let us (?:do|handle|file|submit|take care of) (?:it|this|everything|the rest|your (?:entry|application|registration))|(?:beauftragen sie uns|uns (?:damit )?beauftragen|uberlassen sie (?:es|das) uns)|a traves de nosotros|(?:confi|encarg)a?r?nos(?:lo|la)|nous (?:la |le |en )?confier|affid\w* a noi|prin intermediul nostru)`;

/**
 * The page as the place where the step is done: "on this website you can apply for your ESTA", "Su questo sito web l'ESTA si
 * può richiedere online", "sur ce site vous pouvez faire votre demande", "auf dieser Website beantragen", "en este sitio puede
 * solicitar" (dv27: visti.it's FAQ, whose price reads below CBP's fee today). "This site" is the page speaking of itself
 * (self.ts SELF); the verb of applying follows it, with nothing between that makes it a guide's ("on this site you can find
 * how to apply", "su questo sito trovi informazioni su come richiedere") or an embassy's pointer to its own page ("follow the
 * guidance provided on our website to request an emergency appointment", quoted in news: tune page
 * rx-diplomatictimes-en-embassy-statement-news). In English the verb comes at once, after "you can" at most.
 */
/** What "this website" takes in English: the step ("order your ESTA online") or nothing more; not "a printed travel guide". */
const APPLY_HERE_WHAT = String.raw`(?:(?: for| your| the| an?| u\.?s\.?a?)* (?:esta|dv|diversity|green ?card|visas?|travel authori[sz]ations?|eta|evus|passports?|permits?|(?:lottery )?entry|it)\b|(?=\s*(?:[.!?,;:]|$)))`;
/** In the other languages the step is named soon after "this site" ("l'ESTA si può richiedere"); not "un guide de voyage". Spanish "esta" ("this") only after an article. */
const STEP_NEAR = String.raw`(?=[^.!?]{0,80}?(?:\b(?:el|su|tu|del|la|le|il|lo|das|die|ihr|ihre|votre|vostro) esta\b|\b[ld]'esta\b|\b(?:dv|visas?|vist[oi]s?|visums?|green ?card|lotter\w*|loteri\w*|autori[sz]\w*|passeports?|pasaportes?|passaport[oi]|reisepass\w*|eta|evus)\b))`;
const NOT_INFO = String.raw`(?:(?!\b(?:find|learn|read|informa\w*|how|come|comment|wie|como|trov\w*|scopr\w*|lire|trouv\w*|encontr\w*|erfahr\w*|lesen|to|pour|per|para|um|zu)\b)[^.!?]){0,30}?`;
const APPLY_HERE = String.raw`(?:on|through|via) (?:this|our) (?:web ?site|site|platform|portal),? (?:you )?(?:can |may )?(?:now |easily |quickly )?(?:apply|order)(?: online| now| today)?${APPLY_HERE_WHAT}|su (?:questo|il nostro) sito(?: web| internet)?\b${STEP_NEAR}${NOT_INFO}\b(?:richied|ordin)\w*|sur (?:ce|notre) site(?: web| internet)?\b${STEP_NEAR}${NOT_INFO}\b(?:demander|commander|(?:faire|effectuer|deposer) (?:votre |une |la )?demande)\b|auf (?:dieser|unserer) (?:website|webseite|seite|plattform)\b${STEP_NEAR}${NOT_INFO}\bbeantrag\w*|en (?:este|nuestro) sitio(?: web)?\b${STEP_NEAR}${NOT_INFO}\b(?:solicit|tramit)\w*`;

const cue = (english: string, words: readonly string[]): Pattern => pattern(english, words, true);

export const CUE_WORDS: ReadonlyArray<readonly [Cue, Pattern]> = [
  [
    'fee',
    cue(
      String.raw`(?:service|processing|handling|signup|sign-up|registration|preparation|consulting|agency|platform(?: access)?) (?:fee|charge)s?|(?:our|my) (?:fees?|pricing|prices?)|see pricing|purchase price|package price|(?:application|citizenship|renewal|replacement|naturalization|green card|document) package|for a (?:small |low |modest |nominal )?fee|charges? for (?:the |our )?(?:professional )?services?|government fees? (?:are |is )?(?:included|not included)|(?:includes?|including|plus) (?:the )?(?:[$\d.,]+ |us\$ ?[\d.,]+ )?(?:government|official|uscis|cbp|consular) (?:filing )?fees?|packages? (?:from|start(?:s|ing)? at)|(?:basic|standard|premium|family|single|couple) (?:package|plan)s?\b(?=[^.!?]{0,40}[$€£\d])|choose (?:your|a|the) (?:[a-z-]+ )?(?:package|plan|bundle)|incluant les [^.!?]{0,20}frais (?:consulaires|gouvernementaux|officiels)`,
      [...SERVICE_FEE_WORDS, 'notre tarif', 'nos tarifs', 'nuestro precio', 'unser preis', 'unsere preise', 'il nostro prezzo', 'nosso preço', 'onze prijs', 'naknada agencije', 'naknada agencija', 'agencijska naknada', 'palvelumaksu', 'palvelumaksumme', 'tarifas de servicio', 'tarifa de procesamiento', 'costo del servicio', 'nuestros honorarios', 'honorarios pagados', 'taxas de serviço', 'taxa de processamento', 'costi del servizio', 'remunerarsi', 'chiedi un preventivo', 'richiedi un preventivo', 'solicite um orçamento', 'peça um orçamento', 'diritti di servizio', 'nos honoraires', 'service-gebühr', 'servicepauschale', 'vermittlungsgebühr', 'unsere gebühren', 'servicekosten', 'verwerkingskosten', 'administratiekosten', 'behandelingskosten', 'behandlingsgebyr', 'servicegebyr', 'opłata serwisowa', 'opłata za usługę', 'serviceavgift', '手续费', '手續費', '代办费', '代辦費', '代行手数料', '代行料金', '代行料', 'サービス料金', 'サービス料', '成功報酬', '대행료', 'phí xử lý', 'تعرفه ثبت نام', 'با نرخ قبل', 'رسوم خدمتنا', 'стоимость услуг', 'стоимость наших услуг', 'цена услуги', 'сервисный сбор', 'наша комиссия', 'תעריף השירות', 'هزینه خدمات ما', 'کارمزد خدمات', 'ค่าบริการรับทำ', 'vores gebyr', 'vårt gebyr', 'hizmet bedeli', 'hizmet bedelimiz', 'danışmanlık ücreti', 'danışmanlık ücretimiz', 'koszt usługi', 'nasze wynagrodzenie', 'вартість послуг', 'вартість наших послуг',
        // lang24: the business's own fee in cs, ro, sr, hy, id, uz
        'cena služby', 'poplatek za službu', 'taxa de serviciu', 'costul serviciului', 'cena usluge', 'ծառայության արժեք', 'biaya jasa', 'biaya layanan', 'xizmat narxi'],
    ),
  ],
  [
    'refund',
    cue(
      String.raw`refund (?:policy|request|guarantee|of (?:our|the|your) (?:service|purchase)|of all amounts paid)|money[- ]back(?: guarantee)?|money back|full refund|100% refund|satisfaction (?:guarantee|policy)|cancellation (?:and refund )?policy|(?:we|you) will (?:issue|receive|be issued|get) (?:a |you a )?(?:full |partial )?refund`,
      ['política de reembolso', 'políticas de reembolso', 'garantía de devolución', 'reembolso completo', 'reembolso total', 'solicitar reembolso', 'politique de remboursement', 'remboursement intégral', 'satisfait ou remboursé', 'rückerstattung', 'erstattungspolitik', 'geld-zurück', 'geld zurück', 'politica di rimborso', 'rimborso completo', 'garanzia di rimborso', 'política de reembolso', 'tilbagebetaling', 'refusjon', 'återbetalning', 'terugbetaling', 'zwrot pieniędzy', 'zwrot opłaty', '退款政策', '全额退款', '退款保证', '返金', '환불 정책', '환불 보장', '전액 환불', 'chính sách hoàn tiền', 'hoàn tiền 100%', 'возврат денег', 'возврат средств', 'гарантия возврата', 'استرداد المبلغ', 'ضمان استرداد', 'מדיניות ביטולים', 'מדיניות החזרים', 'מדיניות ההחזרים', 'מדיניות החזר', 'החזר כספי מלא', 'ביטול הזמנת שירות', 'سیاست بازپرداخت', 'بازگشت وجه', 'ضمانت بازگشت', 'نظام الاسترداد', 'سياسة الاسترداد', 'นโยบายการคืนเงิน', 'รับประกันคืนเงิน', 'თანხის დაბრუნება', 'রিফান্ড নীতি', 'रिफंड नीति', 'återbetalningspolicy', 'pengarna tillbaka', 'gwarancja satysfakcji', 'gwarancja zwrotu'],
    ),
  ],
  [
    'express',
    cue(
      // not the courier's name: "plus €35 for Federal Express delivery of your application" (an acceptance agent's fee page: itin26)
      String.raw`(?:(?<!federal )express|urgent|rush|super[- ]?rush|priority|same[- ]day|24[- ]hours?) (?:processing|service|application|delivery|option)|expedited (?:service|option)|(?:private |passport |visa )?expediting (?:company|companies|service|services|agency|firm)|registered (?:passport )?(?:agency|expediter|courier)|processed (?:in|within) (?:\d+|one|two|24) (?:hours?|minutes?)|(?:prepare|complete|fill|finish)\w* (?:[\w-]+ ){0,4}in (?:just |only )?(?:\d+ |a few |few )?minutes|(?:via email )?within (?:1|one) hour`,
      ['procesamiento urgente', 'procesamiento express', 'trámite urgente', 'servicio express', 'servicio urgente', 'traitement express', 'traitement urgent', 'traitement prioritaire', 'express-bearbeitung', 'expressbearbeitung', 'eilbearbeitung', 'eilantrag', 'express-service', 'processamento urgente', 'processamento expresso', 'elaborazione urgente', 'servizio express', 'pratica urgente', 'ekspresowe', 'ekspresbehandling', 'spoedaanvraag', '加急', '急件', '特急', '긴급 처리', '급행 처리', 'xử lý khẩn', 'dịch vụ khẩn', 'טיפול מזורז', 'שירות אקספרס', 'בקשה דחופה', 'خدمات فوری', 'وقت فوری سفارت', 'بصورت فوری', 'บริการด่วน', 'ექსპრეს მომსახურება', 'expressbehandling', 'snabbehandling'],
    ),
  ],
  [
    'we-do',
    cue(
      String.raw`we (?:will )?(?:submit|file|lodge|process|handle|send|complete|review|check|double-check|verify) (?:it|your|the)|we (?:take care of|do) (?:it|everything|the rest|all)|our (?:team|experts?|agents?|specialists?|web ?site|site|wizard|system) (?:will |may )?(?:review|check|double[- ]check|verify|submit|process|handles?|manages?|provide assistance|walk you through)|(?:dedicated|committed) to help(?:ing)? you (?:to )?(?:apply|register|enter|submit|complete)|file it for you|submit(?:ted)? (?:it )?for you|our (?:agency|clients|customers|paying clients|professional services|services|service|platform|software|(?:immigration |american immigration )?experts)|become an? \w+ client|our (?:[a-z0-9-]+ ){1,3}(?:registration|application|submission|filing|processing|retrieval|lookup|request|renewal|replacement) service|(?:this|our) (?:web ?site|site|platform|service) (?:to )?(?:apply|submit|register|for your)|${ENTRUSTED_TO_US}|${APPLY_HERE}|(?:we(?: can| will|'ll)?|let us) (?:help|assist) you (?:to )?(?:apply|fill|complete|prepare|submit|register|schedule|book|secure|start)|(?:go to|visit) our (?:homepage|home page|web ?site|site|platform) (?:and |to )(?:begin|start|apply|submit)|(?<!\b(?:video|guide|tutorial|instructions|worksheet|checklist)\b(?: [\w-]+){0,2} )helps? (?:you|users|customers|applicants) (?:to )?(?:fill|complete|prepare|submit|apply)|self-help software|online (?:application|software|preparation|filing|form[- ]filling) service|(?:submit|file|apply|enter)\w* (?:the |your |their )?(?:application|entry|form|request) on (?:your|their|the applicant'?s) behalf|(?:do-it-yourself|diy) (?:immigration )?(?:guides?|software|kits?)|(?:pdf|form)[- ]?(?:filling|filler|editor|editing)(?: software| tool| service| platform)?|fillable fields`,
      ['nos encargamos', 'nosotros enviamos', 'tramitamos su', 'en su nombre', 'nuestros servicios', 'nuestro servicio', 'nuestra agencia', 'nuestra plataforma', 'nous nous chargeons', 'nous soumettons', 'nous vérifions', 'nous traitons', 'en votre nom', 'nos services', 'notre service', 'notre agence', 'wir übermitteln', 'wir übernehmen', 'wir prüfen', 'wir kümmern uns', 'wir reichen', 'wir erledigen', 'in ihrem namen', 'unsere dienstleistung', 'unser service', 'unsere agentur', 'unseren service', 'cuidamos de', 'em seu nome', 'nós enviamos', 'nossos serviços', 'nosso serviço', 'a nossa solicitação', 'nossa consultoria', 'nossa assessoria', 'nosso método', 'ci occupiamo', 'per tuo conto', 'per vostro conto', 'a suo nome', 'i nostri servizi', 'nostro servizio', 'siti come il nostro', 'onze diensten', 'onze dienst', 'onze website', 'onze beoordelings', 'nasze usługi', 'w państwa imieniu', 'w twoim imieniu', 'chętnie pomożemy', 'på dine vegne', 'vores service', 'på dina vägnar', 'vår tjänst', '代办', '代辦', '代理申请', '代理申請', '为您办理', '我們的網站', '我们的网站', '所購買的服務', '所购买的服务', '代填', '代行', '当社', '私たちのお客様', '私たちのカスタマー', '私たちのスペシャリスト', '私たちの専門家', '私たちのサービス', '私たちのチーム', '대행', '대신 신청', 'làm hộ', 'thay bạn', 'giúp bạn nộp', 'dịch vụ đặt lịch hẹn', 'kami na ang bahala', 'palvelumme', 'autamme sinua', 'puolestasi', 'uslužno popunj', 'u vaše ime', 'мы заполним', 'мы подадим', 'мы отправим', 'от вашего имени', 'наши услуги', 'наша услуга', 'наш сервис', 'نيابة عنك', 'نقوم بتسجيلك', 'نقوم بالتسجيل', 'نسجلك', 'خدماتنا', 'خدمتنا', 'נמלא עבורכם', 'נמלא עבורך', 'נגיש עבורכם', 'נגיש עבורך', 'נגיש את הבקשה', 'אנו מגישים', 'אנחנו מגישים', 'בשמכם', 'בליווי הצמוד שלנו', 'הליווי הצמוד שלנו', 'המומחים שלנו', 'שירות מילוי טפסים', 'השירותים שלנו', 'השירות שלנו', 'انجام میدهیم', 'انجام می دهیم', 'را برای شما انجام', 'برای شما انجام می', 'کارشناسان ما', 'مشاوران ما', 'خدمات ما', 'توسط شرکت', 'توسط موسسه', 'موسسه ما', 'شرکت ما', 'نقوم بتعبئة', 'نقوم بملء', 'نقوم بحجز', 'نقوم بتقديم', 'نتولى', 'فريق خبرائنا', 'خبراؤنا', 'รับทำวีซ่า', 'รับยื่นวีซ่า', 'บริการรับทำ', 'บริการยื่นวีซ่า', 'เราจะดำเนินการ', 'ทางเราจะ', 'บริการของเรา', 'ทีมงานของเรา', 'ჩვენ შევავსებთ', 'ჩვენ დაგეხმარებით', 'ჩვენი სერვისი', 'ჩვენი მომსახურება', 'ჩვენი გუნდი', 'আমরা আপনার', 'আমরা সাহায্য করি', 'আমাদের সেবা', 'আমাদের সার্ভিস', 'हम आपका', 'हम आपके लिए', 'हमारी सेवा', 'ہم آپ کا', 'ہم آپ کے لیے', 'ہماری سروس', 'ہماری ٹیم', 'vi skickar in', 'vi hjälper dig', 'vi granskar', 'våra tjänster', 'vi sender inn', 'vi søger for dig', 'sizin için dolduruyoruz', 'sizin adınıza', 'randevunuzu alıyoruz', 'uzman ekibimiz', 'danışmanlık hizmetimiz', 'wypełnimy za', 'wypełniamy za ciebie', 'umówimy', 'usługi pośrednictwa', 'ми заповнимо', 'ми запишемо', 'наші послуги',
        // ka, he, fa (lang24): a Georgian agency's first-person plural ("ვავსებთ" we fill in, "ვნიშნავთ" we set [the interview date]);
        // "by us" (על ידנו: "your eligibility will be checked by us"); "by me, the undersigned" (توسط اینجانب)
        'ვავსებთ', 'ვნიშნავთ', 'על ידנו', 'توسط اینجانب'],
    ),
  ],
  [
    'private',
    cue(
      String.raw`private (?:[a-z-]+ )?(?:company|entity|website|web site|site|business|organi[sz]ation|service|one)|(?:web ?site|site) is (?:a )?private|privately[- ]owned|(?<=\b(?:no|not an?) (?:official )?)(?:connection|link|affiliation) (?:to|with)|not (?:affiliated|associated|connected) with (?:the |any )?(?:u\.s\. |us |united states |american )?(?:government|uscis|department|state department|cbp|dhs|irs|agenc|brand|entit)|(?:independent|private) (?:assistance|application|service) (?:service )?provider|application service provider`,
      ['non affiliato', 'non affiliata', 'non correlato', 'non è affiliato', 'sito privato', 'società privata', "n'est pas affilié", "n'est pas lié", 'site privé', 'société privée', 'entreprise privée', 'no está afiliad', 'no estamos afiliad', 'sitio privado', 'empresa privada', 'não é afiliad', 'não somos afiliad', 'site privado', 'empresa privada', 'nicht mit der regierung', 'nicht mit der us-regierung', 'privates unternehmen', 'private website', 'privat virksomhed', 'privat hjemmeside', 'prywatna firma', 'prywatną firmą', 'niezwiązan', 'particuliere', 'niet verbonden', '非政府', '民間', '민간 업체', 'không liên kết', 'công ty tư nhân', 'частная компания', 'не является государственн', 'شركة خاصة', 'غير تابع', 'אינו קשור לממשלת', 'אינו האתר של שגרירות', 'אינו פועל בתיאום', 'אתר פרטי', 'חברה פרטית', 'אינו אתר ממשלתי', 'شرکت خصوصی', 'وابسته به دولت', 'ارتباطی با دولت', 'ارتباطی با سفارت', 'لا يرتبط بحكومة', 'ليس موقعا حكوميا', 'ليس موقعًا حكوميًا', 'موقع خاص', 'บริษัทเอกชน', 'ไม่ได้เกี่ยวข้องกับรัฐบาล', 'ไม่ใช่เว็บไซต์ทางการ', 'კერძო კომპანია', 'არ არის დაკავშირებული', 'বেসরকারি প্রতিষ্ঠান', 'निजी कंपनी', 'نجی کمپنی', 'privat företag', 'inte anknuten', 'inte associerad med', 'ej ansluten'],
    ),
  ],
  [
    'apply',
    cue(
      String.raw`apply (?:now|today|online now|before)|start (?:your |my |the |a new )?application|begin (?:your )?application|(?:register|enter|order|sign up) (?:now|today)|call (?:us )?(?:now|today) to (?:speak|talk|order|apply|start)|(?:apply for|get|order) (?:your |an? )?esta (?:now|today|online)(?: now)?(?= ?!)|esta (?:online |jetzt |nu |ora )?(?:beantragen|aanvragen|anvragen|richiedere|solicitar|ansøg|ansök|demander)(?= ?!)|(?:faire|faites|effectuer) (?:une|votre|ma) demande (?:d'|d’|de )?esta(?= ?!)|get started(?: now)?|click here to (?:register|apply|start|begin|order)|go to your forms|step \d+:? (?:fill|complete|submit)|(?:register|apply|enroll|sign up)\b[^.!?]{0,60}\bclick here`,
      ['solicite ahora', 'solicitar ahora', 'regístrese ahora', 'inscríbase ahora', 'aplique ahora', 'solicite la', 'jetzt beantragen', 'antrag starten', 'beantragen sie heute', 'jetzt registrieren', 'jetzt teilnehmen', 'faire ma demande', 'faites votre demande', 'demander maintenant', "s'inscrire maintenant", 'inscrivez-vous', 'solicite já', 'inscreva-se', 'richiedi ora', 'iscriviti ora', 'compila il modulo', 'prenota un servizio', 'złóż wniosek', 'ansøg om', 'ansøg nu', 'ansök om', 'kom igång', 'vraag nu aan', '立即申请', '立即申請', '马上申请', 'お申し込み', 'お申込み', '지금 신청', '신청하기', 'đăng ký ngay', 'nộp đơn ngay', 'mag-apply na', 'magparehistro na', 'پیش ثبت نام', 'همین حالا ثبت نام', 'הזמינו עכשיו', 'הזמן עכשיו', 'להזמנת השירות', 'اطلب الآن', 'قدم طلبك الآن', 'ثبت سفارش', 'สมัครเลย', 'สั่งซื้อเลย', 'შეუკვეთე ახლა', 'এখনই আবেদন', 'अभी आवेदन', 'ansök nu', 'beställ nu'],
    ),
  ],
  [
    'pay-step',
    cue(
      String.raw`step \d+:? (?:pay|payment|make (?:a |the )?payment|submit payment)|proceed to (?:payment|checkout)|secure (?:online )?payment|pay securely|payment page|complete (?:your|the) payment|(?:application|verification)\W+(?:\w+\W+){0,3}(?:payment|checkout)`,
      ['pago seguro', 'proceder al pago', 'paiement sécurisé', 'procéder au paiement', 'sicher bezahlen', 'zur zahlung', 'zahlungsart', 'pagamento seguro', 'pagamento sicuro', 'zapłać', 'betal den', 'betalingsmetode', '安全支付', '決済', '결제하기', 'thanh toán an toàn'],
    ),
  ],
  [
    // What the business's own service or price covers ("В стоимость услуг входит: … заполнение анкеты, запись на
    // собеседование", "Dịch vụ gồm: hoàn tất DS-160, lấy hẹn phỏng vấn"): a page listing the contents of its
    // product describes itself as the seller (tune batch real-2026-12q: visa agencies' price pages). Counts only
    // where that list names a clerical visa step (CLERICAL_STEP, checked by the signal): the form, the appointment.
    // English and Romance forms only with "our/this" ("The service includes an appointment within 10 days" is how
    // news describes the State Department's own paid expedited appointment).
    'package',
    cue(
      String.raw`(?:our|this|each) (?:services?|packages?) (?:includes?|covers?|comprises?)|services? included`,
      ['в стоимость услуг', 'в стоимость входит', 'в стоимость включен', 'услуга включает', 'услуги включают', 'dịch vụ gồm', 'dịch vụ bao gồm', 'gói dịch vụ bao gồm', 'nuestro servicio incluye', 'nuestros servicios incluyen', 'el paquete incluye', 'nosso serviço inclui', 'o pacote inclui', 'notre service comprend', 'notre prestation comprend', 'il nostro servizio include', 'il nostro servizio comprende', 'unser service umfasst', '服务内容', '服务包括', '服務內容', '服務包括', 'الخدمة تشمل', 'تشمل الخدمة', 'تشمل خدماتنا', 'सेवा में शामिल', 'השירות כולל', 'התשלום הוא עבור', 'התשלום הינו עבור', 'خدمات ما شامل', 'این خدمات شامل', 'บริการของเราประกอบด้วย', 'ค่าบริการรวม', 'tjänsten inkluderar',
        // tr, pl, uk (session 20, clerical20): the services a visa platform or agency lists as its own
        'sunulan hizmetler', 'aşağıdaki hizmetler sunulmaktadır', 'hizmetlerimiz şunlardır', 'hizmete dahildir', 'hizmet kapsamında', 'usługa obejmuje', 'w cenie usługi', 'w ramach usługi', 'nasze usługi obejmują', 'послуга включає', 'послуги включають', 'у вартість послуг', 'до вартості послуг',
        // pl (lang24): "Zakres pomocy: … wypełnienie formularza DS-160 • umówienie na rozmowę z konsulem" (the scope of the help it sells)
        'zakres pomocy', 'zakres usługi', 'zakres usług'],
    ),
  ],
  [
    'passport',
    cue(
      String.raw`appears? (?:in|on) your passport|passport number(?= ?\*)|enter your passport (?:number|details)`,
      ['tel qu’il figure sur votre passeport', "tel qu'il figure sur votre passeport", 'que aparece no seu passaporte', 'como aparece en su pasaporte', 'wie im reisepass', 'come riportato sul passaporto', 'zoals in uw paspoort', 'numer paszportu'],
    ),
  ],
  [
    // Immigration form-preparation software or a guided online application of the business's own:
    // what non-lawyers sell (a law office's product is representation, not software). A general PDF
    // editor ("Edit, sign and share PDF forms") names no immigration form software.
    'self-help',
    cue(
      String.raw`(?:immigration|uscis|green card|citizenship|naturalization|petition|(?:form )?[in]-\d{2,4}[a-z]?) (?:form )?(?:preparation|filing|application) (?:software|platform|tool|wizard)|our (?:easy|simple|quick|guided|step-by-step) online (?:application|form|software|tool|platform|process)|form preparation software|(?:attorney|lawyer)[- ]reviewed (?:software|online (?:application|form)s?)|(?:the |our )?software (?:will )?guides? you (?:through|step)|\d[\d.,]{0,12} (?:usd |eur |dollars? )?(?:per|each) (?:form|pdf)` +
        // the product is the completed form, delivered for the buyer to sign and mail (forms22): "Receive a ready-to-sign
        // application", "a court-ready PDF … print, sign in pen, file yourself", "a completed, printable PDF ready for USCIS
        // submission"; a guide tells the reader to print and sign the free form, it does not deliver one ready
        String.raw`|(?:receive|get|download|deliver|mail)\w* (?:you )?(?:your |a |an |the )?(?:completed |finished |filled[- ]out |professionally prepared )?(?:[\w-]+ ){0,2}?(?:ready[- ]to[- ](?:sign|file|mail)|court[- ]ready|print[- ]ready)\b|(?:ready-to-(?:sign|file|mail)|(?:court|print|filing|submission)-ready) (?:uscis )?(?:pdfs?|applications?|forms?|packages?|packets?|petitions?)\b|(?:completed|filled[- ]out|prepared) (?:[\w,-]+ ){0,3}?(?:application|form|pdf|package)s? (?:\w+ )?ready (?:for (?:your signature|uscis|submission|filing|mailing)|to (?:sign|mail|file))`,
      // sv (forms20): a form-preparation seller's pitch, translated: "Den advokat-granskade programvaran guidar dig genom ansökan"
      ['advokat-granskade programvaran', 'programvaran guidar dig'],
    ),
  ],
  [
    // A DV entry service speaking of what only a middleman does (the State Department registers entries only in its
    // October window and never tells anyone the result): it tells its clients whether they won, takes entries all year
    // and files them when the window opens, sells several years' entries (tune batch real-2026-12s).
    'we-do',
    cue(
      String.raw`\bwe (?:will |shall |can )?(?:inform|notify|contact|e-?mail|tell) (?:you|participants|applicants|entrants|(?:all )?our (?:clients|customers|applicants|participants))\b[^.!?]{0,80}\b(?:selected|won|win|winners?|(?:lottery|draw|dv) results?|results? of the (?:lottery|draw))\b|\b(?:contacts?|notif(?:y|ies)|informs?) (?:its|our|all (?:its|our)) (?:[a-z0-9-]+ ){0,3}winners\b|\bwinner'?s (?:package|guide|kit)\b|\bcertificate of participation\b|(?<!\b(?:not|cannot|can't|never) )\b(?:register|apply|sign up|enrol+)\w* (?:with us )?(?:at )?any ?time (?:of|during) the year\b|\b(?:year[- ]round|all[- ]year) registration\b|\bregistration (?:is )?open (?:all year|365 days)|\b365 days (?:a|per) year\b|\bmulti(?:ple)?[- ]year (?:submissions?|entries|plans?|packages?|registrations?)\b|\bsubmit\w* (?:the |your |all )?(?:entry|entries|applications?) (?:as soon as|when) (?:the )?(?:date is announced|registration opens|(?:official )?(?:registration )?(?:period|window|lottery|program) opens)`,
      ['nous vous informerons si vous', 'nous informerons nos clients', 'informons nos gagnants', 'inscription pluriannuelle', 'le notificaremos si', 'le informaremos si', 'notificamos a nuestros ganadores', 'inscríbase en cualquier momento del año', 'informaremos se você', 'avisaremos se você', 'inscreva-se em qualquer época do ano', 'мы сообщим вам о результат', 'мы уведомим вас о результат', 'мы сообщим вам, если вы выиграли', 'ми повідомимо вас про результат', 'سنبلغك بالنتيجة', 'سنخبرك إذا فزت'],
    ),
  ],
  [
    // A paperwork shop saying, in its own first person, that filling in the immigration forms is the service it sells,
    // in place of the reader filing alone: "Especializamos en proveer servicio de completar formularios de inmigración",
    // "Instead of filing your I-90 Application on paper by yourself, we can help you work through the entire process
    // online", "Văn phòng của chúng tôi có thể giúp quý vị hoàn tất bộ đơn" (tune batch real-2026-12z, forms20). On a
    // forms page this alone is enough (middleman-service enoughCues): a law office that says it names itself
    // (LAWYER_SELF) and is let go; a nonprofit's "we help you at our citizenship clinic" names no form service, nor
    // does "instead of filing alone, we recommend a lawyer". (Folded text: "preparación" reads "preparacion".)
    // Also the shop naming itself, in the first person, as the non-lawyer trade that prepares the forms (forms22, tune
    // batch real-2026-12ao): "We are registered Immigration Consultants and Legal Document Assistants (LDA)", "Somos una
    // compañía constituida por preparadores de documentos de inmigración", "Como preparadora certificada, mi misión no es
    // representar legalmente". A lawyer or an accredited representative does not call itself so; a guide or USCIS's own
    // text naming these trades in the third person ("immigration consultants may not give legal advice") is not the page.
    // Also a PDF filler's page offering its own editable copy of the form as the reader's (forms27, miss27's family 3):
    // "Download your fillable USCIS Form I-130 in PDF", "USCIS PDFs that you can edit and fill in online". A guide sending the
    // reader to the free fillable PDF ("download your fillable Form I-130 free from the USCIS website") is not the page's copy;
    // a PDF editor names no USCIS form.
    'form-shop',
    cue(
      String.raw`instead of (?:filing|completing|preparing|submitting|doing) (?:[\w-]+ ){0,6}?(?:by |on )?your(?:self| own),? we (?:can |will |'ll )?(?:help|do|file|prepare|complete|handle|take care)|(?:especializamos en|nos especializamos en|ofrecemos|proveemos|brindamos|nuestros?) (?:[a-z]+ ){0,3}?servicios? de (?:completar|llenar|llenado de|preparacion de|preparar) (?:los |sus |tus )?formularios` +
        String.raw`|(?:we are|we're) (?:an? )?(?:(?:registered|bonded|certified|licensed|professional|experienced|independent)(?:,| and)? )*(?:immigration consultants?|legal document assistants?|(?:immigration )?(?:form|forms|document) preparers?)` +
        String.raw`|(?:uscis|immigration) (?:pdfs?|forms?|templates?) (?:that |which )?you can (?:edit|modify|e-?sign)\b` +
        String.raw`|(?:download|get|create|fill (?:out|in)) your (?:own )?(?:fillable|editable) (?:uscis |immigration )?(?:form )?(?:[in]-\d{2,4}[a-z]?|forms?|pdfs?)\b(?![^.!?]{0,40}\b(?:from|on|at) (?:the )?(?:uscis|official|government))`,
      ['chúng tôi có thể giúp quý vị hoàn tất', 'chúng tôi sẽ giúp quý vị hoàn tất', 'chúng tôi giúp quý vị hoàn tất', 'chúng tôi có thể giúp quý vị điền', 'chúng tôi sẽ giúp quý vị điền', 'chúng tôi giúp quý vị điền',
        // es: the preparer naming itself
        'somos preparadores de', 'somos preparadoras de', 'somos una compañía constituida por preparadores', 'como preparadora certificada', 'como preparador certificado', 'somos consultores de inmigración'],
    ),
  ],
  [
    'not-lawyer',
    cue(
      String.raw`(?:not|isn'?t|aren'?t) (?:a |an )?(?:law firm|lawyers?|attorneys?|accounting firm|cpa firm|cpas?|(?:certified public )?accountants?)|not a substitute for (?:an? )?(?:attorney|lawyer)|not (?:provide|give|offer|dispense) legal advice|without (?:hiring )?(?:an? )?(?:expensive )?(?:lawyers?|attorneys?)|no need (?:to hire|to pay|for) (?:an? )?(?:expensive|costly|pricey) (?:lawyers?|attorneys?)|(?:faster|quicker|cheaper|less expensive|more affordable) than (?:an?|hiring an?|using an?|paying an?) (?:immigration )?(?:lawyer|attorney)`,
      ['no somos abogados', 'no somos un bufete', 'no es un bufete', 'no proporcionamos asesoría legal', 'no brindamos asesoría legal', "pas un cabinet d'avocats", 'keine anwaltskanzlei', 'keine rechtsberatung', 'não somos advogados', 'non siamo avvocati', '不是律师事务所', '법률 자문을 제공하지'],
    ),
  ],
];

/**
 * A law firm or an accredited representative speaking of itself: legal representation. A civil surgeon (the doctor
 * USCIS designates for the I-693 medical exam) is the other professional only whom the step needs: its exam and its
 * "priority processing" are its own product (tune batch real-2026-12u, a clinic's blog; audit of session 16).
 */
export const LAWYER_SELF = pattern(
  String.raw`our (?:immigration )?(?:attorneys?|lawyers?|law firm)|civil surgeons?|(?:legal|attorney'?s?|lawyer'?s?) fees?|law (?:firm|group|offices?)|attorneys? at law|esq|(?:doj|bia)[- ]accredited|accredited representatives?|recognized organization|our (?:law )?firm|and associates|(?<=& )associates|(?:schedule|book|request) (?:a |an |your )?(?:legal |free |initial )?consultation`,
  ['nuestros abogados', 'bufete de abogados', 'despacho de abogados', 'nos avocats', 'notre cabinet', 'unsere anwälte', 'rechtsanwaltskanzlei', 'nossos advogados', 'escritório de advocacia', 'i nostri avvocati', 'studio legale', '律师事务所', '律師事務所', '법률사무소', 'văn phòng luật',
    // tr, pl, uk, ru (clerical20): the law office naming itself beside a list of visa services
    'hukuk bürosu', 'hukuk büromuz', 'avukatlık bürosu', 'avukatlarımız', 'kancelaria adwokacka', 'kancelaria prawna', 'kancelarii adwokackiej', 'kancelarii prawnej', 'nasi adwokaci', 'radca prawny', 'адвокатське бюро', 'наші адвокати', 'юридична фірма', 'адвокатское бюро', 'наши адвокаты', 'юридическая фирма'],
);

/**
 * A licensed tax office speaking of itself: a CPA or CPA firm, an enrolled agent, an accounting or tax firm, a
 * tax-return preparer ("if we prepare your tax return", "泓信会计是…", 税理士, mali müşavir). On a tax-ID step (the
 * ITIN, the EIN) such an office is the professional the step belongs with, as a law office is for a visa case:
 * IRS acceptance agents are often tax offices that file Form W-7 with the client's return (tune batches
 * real-2026-12t and real-2026-12af: their CAA pages, one with its own price). "Tax professionals" alone is not a
 * name: sellers call themselves that.
 */
const TAX_OFFICE_SELF = pattern(
  // an acceptance agent pointing the reader to its own entry in the IRS's published list: "You can check our eligibility on the
  // IRS website: https://www.irs.gov/individuals/international-taxpayers/acceptance-agents-serbia" (batch real-2026-12at); an
  // enrolled agent's post-nominal after the name, as a CPA's: "Francesco Arcieri, EA, CAA" (batch real-2026-12af)
  // an acceptance agent naming the IRS's authorisation as its own ("The Internal Revenue Service has authorized us to accept
  // applications", "we are Certified Acceptance Agents before the IRS": itin26, tune batch real-2026-12bf); a return the office
  // prepares for the reader ("if you engage us to prepare your U.S. non-resident income tax return")
  String.raw`international-taxpayers/acceptance-agents|(?:irs|internal revenue service) has authori[sz]ed (?:us|me)|(?:we are|i am|we're) (?:an? |the )?(?:irs[- ](?:authori[sz]ed|certified) )?(?:certifying|certified) acceptance agents?|cpas?|certified public accountants?|enrolled agents?|, ea|(?:accounting|tax|cpa|bookkeeping) (?:firm|group|office|practice|corporation|corp)|tax (?:return )?preparers?|tax (?:return )?preparation (?:services?|office|firm)|(?:we|us|our (?:firm|office|team)) (?:\w+ ){0,2}prepare (?:your |the |their )?(?:[\w.-]+ ){0,3}(?:tax )?returns?`,
  ['会计师', '會計師', '会计事务所', '會計事務所', '会计是', '會計是', '税理士', '会計事務所', '公認会計士', '회계사', '세무사', 'mali müşavir', 'muhasebe', 'contador público', 'contadores públicos', 'contabilidade', 'contabilidad', 'бухгалтер', 'kế toán'],
  true,
);

/** The 'not-lawyer' cue's words ("we are not a law firm", "not an accounting firm"): a page that says so is no licensed office. */
const NOT_AN_OFFICE: Pattern = CUE_WORDS.find(([c]) => c === 'not-lawyer')?.[1] ?? pattern('(?!)');

/**
 * A licensed tax office naming itself (TAX_OFFICE_SELF) and not saying it is not one: on a tax-ID step (the ITIN, the
 * EIN) the professional the step belongs with. middleman-service reads the same line with its page cues
 * (representsClient); free-service-for-sale asks this for the EIN offer, so a CPA firm's priced service list that
 * names "EIN registration" is not an EIN sale.
 */
export function namesTaxOffice(page: { readonly text: string }): boolean {
  return hasPattern(page, TAX_OFFICE_SELF) && !hasPattern(page, NOT_AN_OFFICE);
}

/**
 * The clerical visa steps a package can list (the form, the questionnaire, the appointment or interview booking, the
 * visitor visa's application itself): a business whose service includes these sells the free step itself; a law office
 * sells representation.
 */
export const CLERICAL_STEP = pattern(
  // the visitor visa (B1/B2, tourist) has no petition: its application is the DS-160 and the interview booking (visa21)
  String.raw`ds-?160|visa (?:application )?forms?|questionnaire|(?:visa |interview |embassy |consulate )?appointments?|interview scheduling|(?:tourist|visitor|b-?2|b-?1 ?/ ?b-?2) visas?`,
  ['анкет', 'собеседовани', 'lịch hẹn', 'hẹn phỏng vấn', 'formulario', 'cita', 'formulário', 'agendamento', 'casv', 'formulaire', 'rendez-vous', 'modulo', 'appuntamento', 'formular', '预约', '預約', '面谈', '面談', '面签', '面簽', '表格', 'موعد', 'استمارة', 'نموذج', 'अपॉइंटमेंट', 'फॉर्म', 'טופס', 'טפסים', 'תור לשגרירות', 'תור בשגרירות', 'فرم', 'وقت سفارت', 'وقت مصاحبه', 'แบบฟอร์ม', 'นัดสัมภาษณ์', 'ফরম', 'অ্যাপয়েন্টমেন্ট', 'فارم', 'اپوائنٹمنٹ', 'ფორმა', 'გასაუბრებ', 'აპლიკაცი', 'blankett', 'intervju', 'שאלון'],
  true,
);
