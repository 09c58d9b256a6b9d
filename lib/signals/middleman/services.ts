/**
 * The government steps middleman-service looks for: each with the words that name it on a page,
 * its official fee (a facts.json id; none = free at the source), and how a site named after it
 * spells its own name. Data for one signal, kept apart so the signal's file reads as its rules.
 */
import { hasPattern, pattern, type Pattern } from '../../text/context';
import { fold } from '../../text/normalize';
import type { ServiceId } from '../../types';
import { LAW_PRACTICE_NAME, SITE_NAMES } from '../../text/site-names';
import { acronymAt, estaIsTrip } from '../../text/acronyms';
import { underProgramSuffix } from '../../domain/lookalike';
import { ownLabel, sharedHostOf } from '../../domain/match';
import type { PreparedPage } from '../types';
import { SEVIS_FEE_NAMED, VISA_FEE_NAMED, paysFeeAt } from './fees';

export interface Service {
  service: ServiceId;
  anchor: Pattern;
  /** Fee fact whose value is the official price; absent = free at the source. */
  fee?: string;
  /** Extra check on the raw (unfolded) match: ESTA and EIN only in capitals. */
  rawCheck?: (raw: string, at: number, end: number) => boolean;
  /**
   * A site named after the service (the registered label, public suffix removed): `usa-esta`,
   * `estausa`, `applyusagreencardlottery`, `usa-forms`. Such a site's business is the service.
   */
  site?: RegExp;
  /** The site name needs a money cue beside it (passport photo shops, clinics and travel agencies use the words too). */
  siteWithCue?: true;
  /**
   * A clerical State Department step (filling in the DS-160, booking the visa appointment): unlike
   * a visa case, a law office does not sell it on its own, so the law-office check does not apply.
   */
  clerical?: true;
  /**
   * A step anyone completes alone on the official site in minutes (ESTA, the DV entry, an EIN): a
   * page about it that calls itself a private business or says it does the step for you is enough.
   */
  selfCueAlone?: true;
  /**
   * What the page (or the site's own name) must also show for the anchor or the site's name to stand
   * for the service: the ESTA's four letters name other trades too (lib/text/acronyms.ts).
   */
  pageCheck?: (page: PreparedPage, namedSite: string) => boolean;
  /** A tax-ID step (the EIN, the ITIN): a licensed tax office naming itself is the professional it belongs with (TAX_OFFICE_SELF). */
  taxId?: true;
  /** The anchor is the business's offer itself: in a sentence where the page speaks of itself it is an 'offer' cue (self.ts offerAt). */
  offer?: true;
}

/** A U.S. visa step named on the page: the U.S. visa, embassy or consulate, the DS-160, the State Department's scheduling sites. */
const US_VISA = pattern(
  String.raw`(?:u\.?s\.?a?|american|united states) (?:visas?|embass(?:y|ies)|consulates?|consular)|ds-?160|(?:ais\.)?usvisa-info|ustraveldocs|usvisascheduling`,
);

/**
 * The U.S. visa offered as help or work by the one who speaks: "we help you get your U.S. visa", "our team will assist you with
 * your visa application", "our company is specialized in … U.S. visa applications", "a dedicated American visa processing
 * specialist", "wir helfen Ihnen, Ihr US-Visum … zu erhalten", "pomożemy uzyskać wizę do USA" (miss27: visa agencies'
 * service pages, tune batches real-2026-12w, -12ak, -12aw, -12ag). Its forms: the business's first person, or a helper's "helps
 * you", before a U.S. visa, its DS-160, application or appointment in the same sentence (at most OFFER_GAP characters on); in
 * other languages a first-person verb of helping or doing, then the U.S. visa in that language. Only the visitor visa or a visa
 * named without its category: a student, work or immigrant visa is a school's, an employer's or a lawyer's case (offerAt).
 */
export const US_VISA_WORK = String.raw`(?:u\.?s\.?a?|american|united states|usa) (?:(?:tourist|visitor|b-?1 ?/ ?b-?2|b-?2|business|travel) )?visas?(?: applications?| appointments?| interviews?| process)?|ds-?160|(?:u\.?s\.?a?|american) (?:embassy|consulate) (?:appointments?|interviews?)`;
const OFFER_GAP = '[^.!?]{0,60}?';
const OFFER_VERB = String.raw`(?:help|assist|aid|support|handle|manage|prepare|process|fill|complete|book|schedule|take care of|accompany|speciali[sz]e)\w*`;
const OFFER_EN = [
  String.raw`(?:we|we'll|we're|let us|our (?:[a-z-]+ ){0,2}?(?:team|company|agency|office|consultants?|experts?|specialists?|staff|services?|advis[eo]rs?))(?: (?:can|will|would|also|gladly|happily|are|is|be|here|happy|glad|pleased|ready|to|always))* ${OFFER_VERB}${OFFER_GAP}(?:${US_VISA_WORK})`,
  String.raw`(?:helps?|assists?|aids?) (?:you|our clients|clients|applicants|travell?ers|customers) (?:(?:to|in|with|through) )?(?:(?:get|obtain|secure|apply for|prepare|complete)(?:ing)? )?(?:your |the |a |an |their )?(?:entire |whole )?(?:${US_VISA_WORK})`,
  String.raw`(?:speciali[sz]\w*|experts?|experienced) in (?:[\w-]+ ){0,5}?(?:${US_VISA_WORK})|(?:u\.?s\.?a?|american|united states) (?:tourist |visitor )?visa (?:processing|application) (?:specialists?|experts?|consultants?|services?|assistance)`,
].join('|');
/**
 * [first-person verbs of helping or taking on, the U.S. visa] in other languages (the offer's first words, then its last), folded
 * when built. Not the verbs of filling in: a Russian guide's heading "Заполняем форму DS-160" (let us fill in) is a how-to. A
 * row's third words are a helper's "helps you" in that language ("VisaCenter hilft Ihnen, Ihr US-Visum … zu erhalten"): like
 * English "helps you" they are no first person, so they are the page's offer only where it speaks of itself (self.ts offerAt).
 */
type OfferWords = readonly [verb: string, visa: string, helper?: string];
const OFFER_WORDS: ReadonlyArray<OfferWords> = [
  // es, pt, fr, de, pl, tr, id (Latin script)
  [String.raw`(?:te |le |les )?(?:ayudamos|asesoramos|tramitamos|gestionamos|nos encargamos)`, String.raw`visas? (?:americanas?|estadounidenses?|(?:de|para) (?:estados unidos|ee\.? ?uu\.?|eeuu|usa))|ds-?160|cita consular`],
  [String.raw`(?:ajudamos|assessoramos|auxiliamos|cuidamos|nos encarregamos)`, String.raw`vistos? (?:americanos?|(?:para os|dos) (?:eua|estados unidos))|ds-?160|casv`],
  [String.raw`nous (?:vous )?(?:aidons|accompagnons|occupons|chargeons|prenons en charge)`, String.raw`visas? (?:americains?|(?:pour les|des) etats-unis|usa)|ds-?160`],
  [String.raw`wir (?:helfen|unterstutzen|ubernehmen|kummern uns)`, String.raw`(?:us|usa)-visum|visum fur die usa|amerikanisch\w* visum|ds-?160`, String.raw`(?:hilft|unterstutzt) (?:ihnen|sie|dir|dich)`],
  [String.raw`(?:pomagamy|pomożemy|zajmujemy się|nasza firma (?:oferuje|zajmuje się|pomaga))`, String.raw`wiz\w* (?:do usa|do stanów|amerykańsk\w*)|wiza usa|ds-?160`],
  // pl: the date at the consulate booked for the reader ("zostanie wyznaczony dogodny dla Państwa termin spotkania w konsulacie":
  // a visa agency's page, tune batch real-2026-12w); without "for you" it is a guide's next step
  [
    String.raw`umówimy|umawiamy|zarezerwujemy|rezerwujemy|(?:zostanie|będzie) (?:wyznaczony|umówiony|zarezerwowany|ustalony) (?:[^\s.!?]+ )?dla (?:państwa|pana|pani)`,
    String.raw`termin\w* (?:[^\s.!?]+ ){0,2}(?:w|do) (?:konsula|ambasad)\w*`,
  ],
  [String.raw`yardımcı (?:oluyoruz|olmaktayız|oluruz|olacağız)`, String.raw`(?:amerika|abd) vize\w*|ds-?160`],
  [String.raw`kami (?:siap )?(?:membantu|bantu|urus|mengurus)`, String.raw`visa (?:amerika|as|usa)|ds-?160`],
];
/** The same in other scripts; the Arabic-script words spelled as fold() reads them (ی, ک, ه, ا). */
const OFFER_WIDE: ReadonlyArray<OfferWords> = [
  // ru, uk, vi, he, fa, ar, hy
  [String.raw`(?:помогаем|поможем|берем на себя|допомагаємо|допоможемо|беремо на себе)`, String.raw`виз[^\s.!?]* (?:в|для|до) сша|американск[^\s.!?]* виз|віз[^\s.!?]* (?:в|до|для) сша|американськ[^\s.!?]* віз|ds-?160`],
  // ru, uk: "we check [your answers] before they go to the consulate" (an agency's DS-160 questionnaire: "ми перевіримо відповідні
  // дані перед їх поданням до Консульства", tune batch real-2026-12w); a writer's "мы проверим, нужна ли виза" is not one
  [String.raw`(?:ми|мы) (?:перевіримо|перевіряємо|проверим|проверяем)`, String.raw`(?:поданням|подачею|подачей|подачи) (?:[^\s.!?]+ )?(?:до|у|в) (?:консульств|посольств)`],
  [String.raw`(?:chúng tôi (?:sẽ )?(?:hỗ trợ|giúp|nhận làm|làm)|nhận làm)`, String.raw`visa (?:du lịch )?mỹ|thị thực mỹ|ds-?160`],
  [String.raw`(?:אנו|אנחנו) (?:מסייעים|מלווים|עוזרים)|נעזור ל|נסייע ל`, String.raw`ויזה (?:לארה|לארצות הברית|אמריקאית)|ds-?160`],
  [String.raw`(?:ما (?:به شما )?کمک می ?کنیم|انجام می ?دهیم|را برای شما)`, String.raw`ویزای? امریکا|سفارت امریکا|ds-?160`],
  [String.raw`(?:نساعدک|نساعدکم|نقوم بمساعدتک)`, String.raw`تاشیره (?:امریکا|الولایات المتحده)|التاشیره الامریکیه|ds-?160`],
  [String.raw`(?:մենք կօգնենք|մենք օգնում ենք)`, String.raw`ամերիկյան վիզա|ԱՄՆ վիզա|ds-?160`],
];
/** The offer as a call, the visa named first, no first person: hi "contact [us] for help with the visa application". */
const OFFER_CALLS: ReadonlyArray<OfferWords> = [[String.raw`(?:वीजा|वीसा) (?:आवेदन|एप्लीकेशन) में`, String.raw`(?:सहायता|मदद) के लिए संपर्क`]];
const offerSource = (rows: ReadonlyArray<OfferWords>): string => rows.map(([verb, visa, helper]) => `(?:${helper ? `${verb}|${helper}` : verb})${OFFER_GAP}(?:${visa})`).join('|');
/** An offer that opens in the business's first person (a "we", an "our", a first-person verb): the page speaking, whatever its words around (self.ts offerAt). */
export const OFFER_SPEAKER = new RegExp(String.raw`^(?:we\b|we'll|we're|let us\b|our\b|${fold([...OFFER_WORDS, ...OFFER_WIDE].map(([verb]) => `(?:${verb})`).join('|'))})`);
const VISA_OFFER: Pattern = {
  latin: new RegExp(String.raw`\b(?:${OFFER_EN}|${fold(offerSource(OFFER_WORDS))})\b`, 'g'),
  wide: new RegExp(fold(offerSource([...OFFER_WIDE, ...OFFER_CALLS])), 'g'),
};

export const SERVICES: readonly Service[] = [
  {
    service: 'esta',
    anchor: pattern(
      String.raw`esta|electronic system for travel authori[sz]ation`,
      ['reisegenehmigung', 'autorisation de voyage électronique', 'autorisation de voyage', 'autorización de viaje', 'autorização de viagem', 'autorizzazione al viaggio', 'autorizzazione di viaggio', '전자여행허가', '여행허가', '电子旅行授权', '旅行授权', 'giấy phép du lịch'],
    ),
    fee: 'fee.esta',
    selfCueAlone: true,
    site: SITE_NAMES.esta,
    rawCheck: (raw, at, end) => acronymAt(raw, at, end, 'ESTA'),
    pageCheck: (page, named) => estaIsTrip(page, estaNamesTrip(page, named)),
  },
  {
    service: 'dv-lottery',
    anchor: pattern(
      String.raw`green[- ]?card[- ]lotter(?:y|ie)|diversity (?:immigrant )?visa|dv[- ]?(?:20\d\d|lottery|program|entry)|lottery visa program|visa lottery program|(?:u\.?s\.?a?|american|united states) (?:visa|immigration) lottery`,
      ['lotería de visas', 'lotería de la green card', 'loterie de la carte verte', 'loterie green card', 'loterie américaine', 'lotteria della green card', 'lotteria green card', 'loteria do green card', 'loteria de vistos', 'loteria americana', '绿卡抽签', '綠卡抽籤', '多元化签证', '영주권 추첨', 'xổ số thẻ xanh', 'xổ số visa', 'xổ số mỹ', 'green card çekiliş', 'green card başvuru', 'green card çıkma', 'yeşil kart çekiliş', 'çeşitlilik göçmen vizesi', 'グリーンカード抽選', 'dvプログラム', '抽選永住権', '永住権抽選', 'لاتاری گرین کارت', 'لاتاری آمریکا', 'قرعه کشی گرین کارت', 'قرعة أمريكا', 'قرعة امريكا', 'قرعة الهجرة', 'قرعة الجرين كارد', 'قرعة الغرين كارد', 'قرعة غرين كارد', 'قرعة جرين كارد', 'اللوتري الأمريكي', 'اللوتري الامريكي', 'الهجرة العشوائية', 'лотерея грин', 'лотерею грин', 'лотереи грин', 'лотерее грин', 'лотерея green', 'лотерею green', 'лотереи green', 'лотерее green', 'green card лотере', 'грин кард лотере', 'dv лотере', 'диверсификационн',
        // lang24: the lottery as the entry's sellers and their readers name it in ru, uk, pl, ro, cs, sr, he, hy, ka, bn, hi, id, uz
        'анкеты на грин кард', 'анкету на грин кард', 'анкета на грин кард', 'анкеты грин кард', 'лотерея грін', 'лотерею грін', 'лотереї грін', 'грін кард лотере', 'анкети на грін кард',
        'loteria wizowa', 'loterii wizowej', 'loterię wizową', 'loterie wizowe', 'wygraj green card', 'loteria vizelor', 'loteriei vizelor', 'loterie o zelenou kartu', 'lutrija za zelenu kartu',
        'הגרלת הגרין קארד', 'הגרלת גרין קארד', 'գրին քարտի վիճակախաղ', 'գրին քարտի խաղարկ', 'მწვანე ბარათის გათამაშება', 'მწვანე ბარათის ლატარეა', 'ডিভি লটারি', 'গ্রিন কার্ড লটারি', 'ग्रीन कार्ड लॉटरी', 'डीवी लॉटरी',
        'lotere green card', 'undian green card', 'lotere visa', 'green card lotereya'],
    ),
    fee: 'fee.dv-lottery',
    selfCueAlone: true,
    site: SITE_NAMES.dv,
  },
  {
    service: 'access-code',
    anchor: { latin: /\b(?:uscis (?:online )?access codes?|online access codes?|access codes? (?:for|to) (?:your |the )?uscis|codigos? de acceso (?:de|para) (?:uscis|su cuenta))\b/g },
  },
  {
    // The IRS number for people who cannot get a Social Security number (Form W-7). The IRS takes the form itself
    // (by mail, at its Taxpayer Assistance Centers) and authorizes acceptance agents; sellers to non-residents run
    // the form as their product (tune batch real-2026-12af). Unlike the EIN, tax offices that are acceptance
    // agents speak of doing it for their clients too, so one self-describing cue is not enough (no selfCueAlone):
    // two cues, and a tax office naming itself is let go (taxId, TAX_OFFICE_SELF in middleman/cues.ts).
    service: 'itin',
    anchor: pattern(
      // "W-7" without "form" before it: a pattern that may begin with "for" is tried at every "for" of a page (word-index.ts)
      String.raw`itin|individual taxpayer identification number|w-?7(?! ?\(?coa)`,
      ['个人税号', '個人稅號', '个人报税识别号', '個人報稅識別號', '个人纳税人识别号', '個人納稅人識別號', '個人用納税者番号', '개인 납세자 식별 번호', '개인납세자식별번호'],
    ),
    site: SITE_NAMES.itin,
    taxId: true,
  },
  // A U.S. government fee paid for the reader by a business (fees.ts): only on a page where the business pays it, so pages
  // that merely name the fee keep their own service (a visa agency's price beside "the visa fee is paid at the embassy").
  { service: 'sevis-fee', anchor: SEVIS_FEE_NAMED, pageCheck: (page) => paysFeeAt(page) !== undefined, clerical: true, selfCueAlone: true },
  { service: 'visa', anchor: VISA_FEE_NAMED, pageCheck: (page) => paysFeeAt(page) !== undefined, clerical: true, selfCueAlone: true },
  {
    service: 'forms',
    site: SITE_NAMES.forms,
    anchor: pattern(
      String.raw`(?:uscis|immigration) forms?|(?:immigration|green card|citizenship|naturalization|uscis) (?:applications?|petitions?)|(?:spousal |fiance |marriage )?visa petitions?|forms? [in]-\d{2,4}[a-z]?|[in]-\d{2,4}[a-z]? online(?! account)|formular(?:ios?|e[ns]?)? (?:de uscis |uscis )?[in]-\d{2,4}[a-z]?|formularios? de (?:inmigracion|uscis)|(?:blank|printable|fillable|pre-?filled|downloadable) (?:uscis |immigration |government )?(?:forms?|[in]-\d{2,4})|(?:online )?(?:green card|citizenship|naturalization|immigration|uscis) (?:application |form |document )?(?:preparation|filing service)|(?:form|application|document|petition|[in]-\d{2,4})[- ]preparation|prepare (?:your|the) (?:uscis |immigration )?(?:forms?|application|petition)|fill (?:out|in) (?:your|the) (?:uscis |immigration )?(?:forms?|application)|formularios? (?:en blanco|rellenables|para llenar)|llenado de formularios|preparacion de (?:formularios|solicitudes)`,
      // vi (forms20): the set of forms, filed with USCIS ('Sở Di Trú')
      ['bộ đơn', 'nộp đơn đến sở di trú', 'nộp đơn cho sở di trú'],
    ),
  },
  {
    service: 'case-status',
    anchor: { latin: /\b(?:uscis case status|case status (?:check|tracker|tracking|service)|check (?:your|my) (?:uscis )?case status|estado de (?:su |mi )?caso (?:de|en) uscis)\b/g },
  },
  { service: 'e-verify', anchor: { latin: /\b(?:e-verify|self check)\b/g } },
  {
    service: 'ein',
    anchor: { latin: /\b(?:ein|employer identification number|numero de identificacion (?:patronal|del? empleador))\b/g },
    rawCheck: (raw, at, end) => acronymAt(raw, at, end, 'EIN'),
    // free from the IRS online in about 15 minutes: a business saying it applies for you is selling it
    // (accountants, payroll companies and law firms name the EIN as the owner's own step, or name themselves: LAWYER_SELF)
    selfCueAlone: true,
    taxId: true,
    site: SITE_NAMES.ein,
  },
  { service: 'i94', anchor: { latin: /\b(?:i-94|arrival\/departure record)\b/g } },
  {
    // CBP's Trusted Traveler Programs (and TSA PreCheck): one applies alone in the official system
    service: 'trusted-traveler',
    anchor: { latin: /\b(?:global entry(?! point)|trusted traveler programs?|tsa pre-?check|nexus (?:card|pass|program|membership|application|renewal|interview|enrollment)|sentri(?: (?:pass|card|program|lane|membership|application))?)\b/g },
    selfCueAlone: true,
    site: SITE_NAMES.trustedTraveler,
  },
  {
    // The clerical State Department steps, sold as such: filling in the DS-160, booking the visa appointment
    service: 'visa',
    anchor: pattern(
      String.raw`ds-?160 (?:form )?(?:filling|completion|preparation|assistance|help|service)|(?:fill|complete|prepare) (?:out )?(?:your |the )?(?:online )?ds-?160 (?:for you|on your behalf)|(?:us |u\.s\. |american )?visa (?:appointment|interview) (?:booking|scheduling) (?:service|assistance|help)`,
      ['dịch vụ đặt lịch hẹn', 'đặt lịch hẹn visa', 'điền tờ khai ds-160', 'điền đơn ds-160', 'llenado del ds-160', 'llenado de ds-160', 'preenchimento do ds-160', 'agendamento de visto', 'agendamento do visto', 'agendamento visto', 'ビザ申請代行', '申請書の作成代行', '申請書作成代行', '面接予約', '签证代办', '簽證代辦', '비자 대행', '비자 신청 대행',
        // the work itself, as an agency lists it (tune batch real-2026-12q): filling in the visa questionnaire, booking the interview
        'заполнение анкеты', 'заполнение анкет', 'заполнение визовой анкеты', 'заполнение консульской анкеты', 'заполняем анкет', 'заполняем консульские анкеты', 'запись на собеседование', 'записываем на собеседование', 'запишем на собеседование',
        'hoàn tất ds-160', 'hoàn thành ds-160', 'lấy hẹn phỏng vấn', 'đặt hẹn phỏng vấn', 'đặt lịch phỏng vấn',
        // he, fa, ar, th, bn, hi, ur (session 20): filling in the DS-160, booking the embassy appointment
        'מילוי טופס ds-160', 'מילוי טופס ds160', 'מילוי טופס ה-ds-160', 'קביעת תור לשגרירות', 'קביעת תור בשגרירות', 'תור לראיון בשגרירות',
        'تکمیل فرم ds-160', 'پر کردن فرم ds-160', 'تعیین وقت سفارت', 'اخذ وقت سفارت', 'گرفتن وقت سفارت', 'وقت سفارت آمریکا',
        'تعبئة نموذج ds-160', 'ملء نموذج ds-160', 'حجز موعد السفارة', 'حجز موعد المقابلة', 'حجز موعد التأشيرة',
        'กรอก ds-160', 'กรอกแบบฟอร์ม ds-160', 'จองคิวสัมภาษณ์', 'นัดสัมภาษณ์วีซ่า', 'ds-160 ফরম পূরণ', 'ds-160 फॉर्म भरना', 'अपॉइंटमेंट बुकिंग', 'ds-160 فارم',
        // tr, pl, uk: the same work as their agencies name it
        'ds-160 formunun doldurulması', 'ds-160 formu doldurma hizmeti', 'ds-160 formu doldurma desteği', 'randevu takip hizmeti', 'vize randevusu alma hizmeti', 'randevu alma hizmeti', 'wypełnienie formularza ds-160', 'wypełnienie wniosku ds-160', 'umówienie wizyty w konsulacie', 'umówienie spotkania w konsulacie', 'заповнення анкети ds-160', 'заповнення анкети', 'запис на співбесіду',
        // ka, fa, sr, cs, ro, id (lang24): the same work in the words of Georgian, Iranian, Serbian, Czech, Romanian and Indonesian agencies
        'ვავსებთ აპლიკაციას', 'აპლიკაციის შევსება', 'გასაუბრებაზე ჩაწერა', 'تعیین وقت مصاحبه', 'تکمیل فرم تقاضانامه', 'تکمیل نمودن فرم', 'popunjavanje obrazaca', 'popunjavanje ds-160', 'popunjavanje formulara ds-160', 'zakazivanje intervjua',
        'vyplnění formuláře ds-160', 'vyplnění žádosti ds-160', 'completarea formularului ds-160', 'completare formular ds-160', 'pengisian formulir ds-160', 'pengisian ds-160'],
    ),
    clerical: true,
    selfCueAlone: true,
  },
  {
    // The U.S. visa appointment booked or moved for the applicant, often with the applicant's own login to the
    // scheduling site ("our system books appointments on your behalf", "we reschedule your appointment to an earlier
    // date": tune batch real-2026-12ak). The words name no visa, so the page must name the U.S. step (US_VISA).
    service: 'visa',
    anchor: pattern(
      String.raw`(?:book|schedule|reschedule|secure)(?:s|d|ing)? (?:\w+ ){0,4}?appointments? (?:on (?:your|their|the applicant'?s) behalf|for you)|we (?:\w+ ){0,2}?(?:book|schedule|reschedule|secure)(?:s|d)? (?:your |an? |the )?(?:\w+ ){0,3}?appointments?`,
    ),
    clerical: true,
    selfCueAlone: true,
    pageCheck: (page) => hasPattern(page, US_VISA),
  },
  {
    // The U.S. visa offered as the business's own help, the work a visa agency sells (VISA_OFFER; miss27). A guide's "agencies
    // can help you with your visa" names it too: only in the page's own voice is it the page's offer (offer, self.ts offerAt).
    service: 'visa',
    anchor: VISA_OFFER,
    clerical: true,
    selfCueAlone: true,
    offer: true,
  },
  {
    // State Department visa steps: the DS-160 and the other visa DS forms, visa applications and appointments (the passport
    // is its own service below: passport.ts)
    service: 'visa',
    anchor: pattern(
      String.raw`ds-?(?:160|260|156)|(?:u\.s\. |us |american )?visa (?:applications?|appointments?|renewals?|interview scheduling)`,
      ['solicitud de visa', 'formulario ds-160', 'cita consular', 'cita para la visa', 'demande de visa', 'visumantrag', 'pedido de visto', 'richiesta di visto', '签证申请', '簽證申請', 'ビザ申請', '비자 신청',
        // he, pl (lang24): the U.S. visa or its application named ("חידוש ויזה לארה"ב", "wniosek wizowy"); not a bare Hebrew ויזה (the card brand)
        'ויזה לארה', 'ויזה לארצות הברית', 'חידוש ויזה', 'wniosek wizowy', 'wniosku wizowego'],
    ),
    site: SITE_NAMES.visa,
    siteWithCue: true,
  },
  {
    // The U.S. passport, got, renewed or replaced for the reader (passport.ts, where its line is): after the visa steps, so
    // a visa agency's page keeps its visa route. A site named after the passport needs a money cue of the page's own beside
    // its name (photo shops and travel clinics use the word too); one courier sentence of the page's own is enough (enoughCues).
    service: 'passport',
    anchor: pattern(
      String.raw`ds-?(?:11|82|64|5504)|(?:u\.s\. |us |american )?passport (?:applications?|appointments?|renewals?)|(?:new|child|minor|second|lost|stolen|damaged|replacement) (?:u\.s\. |us )?passports?|(?:renew|replace) (?:your |a |an )?(?:expired |lost |u\.s\. |us )?passports?|(?:expedited|urgent|rush|same[- ]day|emergency) passports?|passport (?:expedit\w*|services?|agency|agencies|acceptance)|expedit(?:e|es|ing) (?:your |a |u\.s\. |us )?passports?`,
      ['renovación de pasaporte', 'renovar su pasaporte', 'renovar tu pasaporte', 'pasaporte estadounidense', 'pasaporte americano'],
    ),
    fee: 'fee.passport-expedite',
    site: /passport/,
    siteWithCue: true,
  },
  { service: 'uscis', anchor: { latin: /\b(?:foia request|freedom of information act request|a-file request|g-639)\b/g } },
];

/**
 * A site named after the ESTA whose name alone places it in the trip: more than the bare word
 * (esta-online, usa-esta, estavisa), or the bare word under a suffix where the address rule reads it as
 * a seller's name (esta.ch; lib/domain/lookalike.ts). Not esta.org or esta.com: other trades' names.
 */
function estaNamesTrip(page: PreparedPage, named: string): boolean {
  return named !== '' && (named !== 'esta' || underProgramSuffix(page.host.publicSuffix ?? ''));
}

/**
 * The site's own name (registered label without the public suffix, 'esta-america') when it names the service, or ''.
 * A name that also names a lawyer ('usimmigrationcounsel') is the law practice's name (LAW_PRACTICE_NAME). A name on a
 * shared host where anyone publishes for free (us-immigration-now.blogspot.com, lib/data/shared-hosts.json) is a
 * blog's or a project's title, not a business registered under the step's name: it is no site name here.
 */
export function namedSite(page: PreparedPage, site: RegExp | undefined): string {
  const label = site && sharedHostOf(page.host.hostname) === null ? ownLabel(page.host) : '';
  return label && site?.test(label) && !LAW_PRACTICE_NAME.test(label) ? label : '';
}

/** The site's registrable domain when its own name names the service. */
export function siteNamed(page: PreparedPage, site: RegExp): string | undefined {
  return namedSite(page, site) ? (page.host.domain ?? undefined) : undefined;
}

/** Is the site named after this service, its name standing for it (the page check passed)? */
export function namedBy(page: PreparedPage, service: Service): boolean {
  const named = namedSite(page, service.site);
  return named !== '' && (!service.pageCheck || service.pageCheck(page, named));
}
