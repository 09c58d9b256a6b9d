/**
 * Warnings, and the one loop most message signals share.
 *
 * A sentence that warns about scams is not a scam: "scammers threaten deportation", "USCIS will
 * never ask you to pay by phone", "nunca comparta su número". The page signals use the pages'
 * warning words (lib/text/context.ts hasWarning), which also take "suspicious", "illegal",
 * "warning", "denuncia" and "alert" as a warning — on a page that is usually a guide's advice, but
 * in a message those are the impostor's own words ("suspicious activity on your social security
 * number", "WARNING: final notice", "hay una denuncia en su contra"). Message signals use the
 * narrower check here: a word naming the scam or the scammer, a story told of its victims ("victims
 * are asked to pay the fees") or of someone who received the call (RETOLD), a negated request, or a request told in
 * someone else's voice ("They may ask you to send a payment by Western Union": lib/text/warning-voice.ts reportsAsk, which
 * the pages' warning check shares).
 */
import type { PreparedPage } from '../signals/types';
import { contextAround, matches, sentenceAround, windowAround } from '../text/context';
import { reportsAsk } from '../text/warning-voice';
import type { SignalHit } from '../signals/types';
import { foldArabic, quote, wordsPattern } from '../text/normalize';

/**
 * The same in the other languages immigrants read warnings in: police, tax offices, embassies and the press name the
 * scam or the fake ("мошенники", "шахраї", "oszuści", "dolandırıcılar", "penipuan", "truffa", "詐欺", "کلاهبرداری",
 * "احتيال", "فراڈ", "धोखाधड़ी", "firibgarlar", "magouy", "스미싱", "SMS frauduleux", "fałszywe", "sahte", "palsu",
 * "جعلی", "soxta", "mạo danh") — an impostor does not call his own message a fraud or a fake.
 */
const SCAM_WORDS_WIDE = [
  'шахрай', 'шахраї', 'шахраїв', 'шахрайство', 'шахрайськ', 'аферист', 'фишинг', 'фішинг', 'фейков', 'поддельн', 'підробл',
  'oszust', 'oszuści', 'oszuść', 'oszustw', 'wyłudz', 'fałszyw',
  'dolandırıc', 'sahte', 'düzmece',
  'penipu', 'penipuan', 'palsu', 'mengatasnamakan',
  'truffa', 'truffe', 'truffatori', 'frauduleu', 'falsi messaggi', 'faux sms',
  'firibgar', 'soxta', 'фирибгар', 'сохта',
  'magouy', 'fwod',
  'mạo danh', 'giả danh', 'chiêu lừa', 'bị lừa', 'cảnh báo lừa', 'kẻ lừa', 'trò lừa',
  '詐欺', 'なりすまし', 'フィッシング', '冒充', '假冒', '反诈', '反詐', '스미싱',
  'احتيال', 'محتال', 'نصاب', 'النصب', 'وهمية', 'مزيفة', 'کلاهبردار', 'جعلی', 'فیشینگ', 'فراڈ', 'دھوکہ',
  'धोखाधड़ी', 'धोखा', 'ठगी', 'फर्जी', 'नकली',
  // and (msglang, tune-2026-12-06ab) the deceiver, the intruder, phishing and smishing in more of those languages
  'menipu', 'ditipu', 'نصب واحتيال', 'تصيد', 'دھوکے باز', 'ठग', 'स्कैम', 'फ्रॉड', 'truffator', 'truffaldin', 'smishing',
  // the intruder only as a warning tells of him ("злоумышленники рассылают…"): a fake bank's own text says "злоумышленники
  // пытаются войти в ваш счёт"; the Portuguese "burla" only as the fraud it names (Spanish "burla" is mockery)
  'злоумышленники рассылают', 'злоумышленники представляются', 'злоумышленники выдают себя', 'злоумышленники звонят', 'злоумышленники используют',
  'зловмисники розсилають', 'зловмисники представляються', 'зловмисники видають себе', 'зловмисники телефонують',
  'uma burla', 'esta burla', 'nova burla', 'tentativa de burla', 'burla informática', 'burlas', 'burlão', 'burlões',
  // and the Portuguese warnings' fake message, fake site and criminal (msgshape22, tune-2026-12-06am's neighbours in the tune part)
  'mensagens falsas', 'mensagem falsa', 'site falso', 'sites falsos', 'o criminoso', 'os criminosos',
  // and the Spanish fraud named as a kind ("Es un caso más de fraude conocido como smishing"): not the bare "fraude", which a
  // fake bank's own text says of the reader's account ("detectamos un posible fraude en su cuenta") (msglure24, tune-2026-12-06ap)
  'caso de fraude', 'caso más de fraude', 'tipo de fraude', 'intento de fraude', 'es un fraude', 'se trata de un fraude', 'nuevo fraude',
  'fraude conocido como',
  // and the Japanese warnings' "texts to watch for", "doubt it first", "suspicious SMS", "spam mail", "be fooled" (a tax office's
  // impostor says "ご確認ください", never that its own text is one to doubt) (msglure24)
  '注意喚起', '注意したい', 'まず疑', '不審なsms', '不審なメール', '迷惑メール', '迷惑sms', 'だまされ', '騙され', '偽の',
  // and (msgfam19, tune-2026-12-06af) the fraud, the fake and the impostor in Dutch, German, Czech, Lithuanian, Bulgarian,
  // Hebrew and Japanese warnings, and phishing as a compound ("phishingbericht", "Phishing-Mails")
  'phishing', 'oplichter', 'oplichting', 'nepbericht', 'nepmail', 'nepwebsite', 'nep-sms', 'valse sms', 'fraudehelpdesk',
  // the Dutch warnings' verdict on the message: "Deze sms is nep", "altijd nep", "de sms'jes zijn vals" (msglure24)
  'is nep', 'zijn nep', 'altijd nep', 'is vals', 'zijn vals', 'valse berichten', 'valse e-mails', 'nepsms',
  'gefälscht', 'fälschung', 'abzocke', 'podvod', 'falešn', 'sukč', 'sukci', 'apgavik', 'netikr', 'измам', 'фалшив', 'мошени',
  'הונאה', 'הונאות', 'מתחזה', 'מתחזים', 'התחזות', 'פישינג', 'עוקץ', 'נוכלים', 'מזויף',
  'を装', '偽サイト', '偽のsms', '偽sms', '偽メール', '偽物',
];
const SCAM_WORD_NARROW =
  /\b(?:scams?|scammers?|fraudsters?|fraudulent|impost[eo]rs?|phishing|estafas?|estafador\w*|fraudes|golpes?|golpistas?|arnaques?|arnaqueurs?|\w*betrug\w*|\w*betruger\w*|escroquer\w*|escrocs?|manloloko|panloloko|pekeng|modus|victims? (?:are|were|is|was|get|gets|may be|will be) (?:often |then |usually |also |typically )?(?:asked|told|instructed|threatened|contacted|called|directed|left|pressured|targeted))\b|詐騙|诈骗|骗子|騙子|骗局|騙局|騙徒|骗徒|冒牌|lừa đảo|giả mạo|사기|사칭|보이스피싱|мошенни/;
/** Words that name a scam or a scammer, in the languages of the corpus (folded text). */
export const SCAM_WORD = new RegExp(`${SCAM_WORD_NARROW.source}|${wordsPattern(SCAM_WORDS_WIDE, true, 'wide')}`, 'g');
/** A negated request: "never ask", "will not call", "do not share", "no pague", "nunca solicitará". */
const NEGATED_ASK =
  /\b(?:never|nunca|jamais|niemals|will not|won'?t|do not|don'?t|does not|doesn'?t|no|not)\s(?:\w+\s){0,3}?(?:ask|asks|call|calls|pay|share|send|give|request|requests|demand|demands|contact|threaten|threatens|email|text|notify|notifies|provide|accept|accepts|pague|pagues|comparta|compartas|envie|envies|llam\w+|pid\w+|solicit\w+|notific\w+|acept\w+)\b/;

/** The same in Vietnamese, Chinese and Korean warnings: "đừng chuyển khoản", "không bao giờ yêu cầu", "切勿汇款", "요구하지 않습니다". */
// Also "there is no such thing as (the police calling)" in Vietnamese, and Korean "do not (click)" and "does not send"
// ("클릭하지 말고", "문자 발송 안 해", "보내지 않습니다").
const NEGATED_ASK_WIDE = new RegExp(
  // French and German put the verb before "never", German with up to two words between ("fordert Sie niemals"): "La Sécurité
  // sociale ne demande jamais par SMS…", "Der Zoll tritt niemals auf diese Art an Paketempfänger heran, schickt Links oder
  // fordert sie zu Zahlungen auf" (tune-2026-12-06am, -aj; audit23)
  String.raw`\bne (?:vous |te )?(?:demande|envoie|contacte|appelle|sollicite|reclame)\w* jamais\b|\b(?:tritt|schickt|sendet|versendet|kontaktiert|fordert|verlangt|ruft)\s(?:\w+\s){0,2}?niemals\b|` +
  wordsPattern(['đừng', 'không bao giờ', 'tuyệt đối không', 'không yêu cầu', 'không gọi', 'không chuyển', 'không nộp', 'không cung cấp', 'không có chuyện'], true) +
    '|(?:不会|不會|绝不|絕不|切勿|请勿|請勿|不要|从不|從不)|(?:요구하지 않|하지 마|하지 말|절대|발송하지 않|보내지 않|발송 안 |연락하지 않|전화하지 않)|' +
    // and in the languages of the everyday families (msgfam19): an office or a carrier that "never asks", "does not request
    // payment by link" — Turkish and Japanese say it with a verb ending ("talep etmemektedir", "ことはありません")
    wordsPattern(
      [
        'talep etmemekte', 'talep etmez', 'istemez', 'istememekte', 'göndermez', 'göndermemekte', 'bildirimde bulunmamakta',
        'fragt nie', 'niemals per sms', 'nie per sms', 'vraagt nooit', 'stuurt nooit', 'nooit via sms',
        'non chiede mai', 'non invia mai', 'mai via sms', 'nigdy nie', 'nikdy nepožaduje', 'nikdy nežádá', 'nikdy neposílá', 'niekada',
        'никога не', 'никогда не', 'ніколи не', 'nu solicită', 'nu trimite', 'niciodată', 'לעולם לא', 'אינה שולחת', 'לא שולחת',
        'لا تطلب', 'لن تطلب', 'لا ترسل', 'ことはありません', '一切ございません', 'tidak pernah',
        // Portuguese: "pede que não clique em links", "não clique no link"
        'não clique', 'não clicar', 'nunca clique',
        // Tagalog tips: "do not give / share / click" (session 24's opening: not blind)
        'huwag ibigay', 'huwag magbigay', 'huwag ibahagi', 'huwag i-share', 'huwag i-click', 'huwag pindutin',
      ],
      true,
      'wide',
    ),
);
// The scam message reported, not sent: "text messages or calls claiming you have a pending tax assessment", "e-mails
// that state you have won", "if you receive a text…",
// "e-mails saying your account is suspended", "mensajes que dicen que tiene una multa" — a warning describing it.
const REPORTED =
  /\b(?:messages?|texts?|sms|calls?|e-?mails?|letters?|notices?|callers?|websites?|posts?) (?:\w+ ){0,3}?(?:claiming|saying|stating|alleging|pretending|purporting|that (?:state|say|claim|tell)s?)\b|\bif you (?:receive|get) (?:an? )?(?:e-?mail|text|message|call|letter)\b|\b(?:mensajes|llamadas|correos|cartas|avisos) (?:\w+ ){0,2}?que (?:dicen|afirman|aseguran|alegan)\b|\b(?:sms|mensagens?|e-?mails?|chamadas?|cartas?) (?:\w+ ){0,3}?que (?:informa|informam|diz|dizem|afirma|afirmam|alega|alegam)\b/;

// ...and in the other languages: what "the messages" (plural, as a warning tells of a wave) say — "В съобщенията се уведомява,
// че „клиентът“ има пратка", "сообщения, в которых", "nachrichten, in denen", "berichten waarin" (tune-2026-12-06af). A real
// notice speaks of "this message", in the singular.
const REPORTED_WIDE = new RegExp(
  wordsPattern(
    [
      'в съобщенията се', 'съобщения, в които', 'сообщения, в которых', 'в сообщениях', 'повідомлення, в яких', 'у повідомленнях',
      'wiadomości, w których', 'w wiadomościach', 'zprávy, ve kterých', 've zprávách', 'nachrichten, in denen', 'in den nachrichten',
      'berichten waarin', 'in de berichten', 'messaggi in cui', 'nei messaggi', 'dans ces messages', 'mensagens em que', 'nas mensagens',
      'žinutėse', 'zinutese', 'في هذه الرسائل', 'בהודעות אלה', 'pesan-pesan tersebut', 'dalam pesan tersebut',
      // Turkish tells it after the quote: "'Kargonuz teslim edilemedi…' diye gelen SMS'lere itibar etmeyin" (review19)
      'diye gelen', 'şeklinde gelen', 'diyen mesaj', 'diyen sms',
      // ...and of the wave in the plural, "messages such as '…' began to be sent", "these messages usually contain" (session 21's
      // opening: a Turkish news warning for readers in Germany at caution in fresh hold-out 9)
      'gibi mesajlar', 'bu mesajlar', 'mesajlar gönderil',
      // the Portuguese warning telling the scheme: "recebe uma mensagem … alegando que …; pedem-lhe que clique"
      'alegando que', 'pedem-lhe', 'pedem que', 'o esquema',
      // a news story or a consumer centre retelling a phishing e-mail: its subject line, the recipients in the third person, what the
      // mail "allegedly" says (msgmail20, tune-2026-12-06ag) — the e-mail itself says "Sie" and names no subject line; the recipients
      // only in the plural: a parcel text says "il destinatario era assente", "le destinataire était absent" of the reader
      'unter dem betreff', 'mit dem betreff', 'die empfänger', 'den empfängern', 'empfängerinnen und empfänger',
      'werden aufgefordert', 'wird aufgefordert', 'angeblich', 'angebliche', 'angeblichen', 'vermeintlich', 'vermeintliche', 'im umlauf',
      'in der mail heißt es', 'in der e-mail heißt es', 'darin heißt es', 'i destinatari', 'presunto', 'presunta',
      'presunti', 'con oggetto', 'il messaggio invita', 'les destinataires', 'prétendu', 'prétendument', 'soi-disant',
      'ces courriels',
      // the victim, and "if you receive a mail…" — a warning retelling the message; the message itself speaks to its reader
      // (session 20's opening: five warnings in fr, it, pt, en at caution in fresh hold-out 8)
      'la victime', 'à la victime', 'le corps du message', 'si vous recevez un', 'si vous recevez une',
      // ...and told in the present, as the scenario a warning sets ("Vous recevez un message (mail ou SMS) d'une administration vous
      // indiquant qu'un remboursement d'un trop-perçu est en attente": a bank's advice page, tune-2026-12-06q); a text speaks of "ce message"
      'vous recevez un message', 'vous recevez un sms', 'vous recevez un mail', 'vous recevez un e-mail', 'vous recevez un courriel', 'vous recevez un appel',
      'la vittima', 'alla vittima', 'nel messaggio si dice', 'nel messaggio si legge', 'se ricevete', 'se ricevi un',
      'a vítima', 'da vítima', 'à vítima', 'se você receber', 'se receber uma', 'la víctima', 'a la víctima', 'si recibe un', 'si recibes un',
      'das opfer', 'die opfer', 'den opfern', 'wenn sie eine', 'engenharia social', 'ingénierie sociale', 'ingegneria sociale', 'ingeniería social',
      // and the trick explained: "to make the mail more credible, a fake ticket is attached"
      'plus crédible', 'più credibile', 'mais crível', 'más creíble', 'more credible', 'more convincing', 'un faux', 'une fausse', 'de faux', 'de fausses',
    ],
    false,
    'wide',
  ),
);

/**
 * A scam told in the third person: a news, police or consulate story retelling the call or text someone else received — "赵女士…接到
 * 一个陌生电话,对方自称检察院工作人员", "据赵女士回忆", "某國留學生也收到一條中獎短信", "…하라고 요구한 것으로 전해졌다", "tự xưng là
 * "Trưởng Công an xã"", "le dijeron que debía pagar mil 550 dólares", "nagpakilalang Immigration officer … umano", "the caller told
 * the immigrant". Read from the sentence's structure — the reporter's verbs of receiving, saying and hearsay, "the other party",
 * "self-styled" — never from a name or a title: scam texts greet their reader by name too ("王女士您好，这里是移民局…"), and speak
 * to that reader, in the second person, of their own case. Left out on purpose: the words a scam also says to its reader
 * ("according to our records" / "ayon sa aming talaan", "you are the victim of identity theft", "anh/chị" — the Vietnamese
 * "you"), and receiving that is the reader's ("您接到", "接到此短信后").
 */
const RETOLD = new RegExp(
  [
    // Chinese: the other party or the caller said, claimed, asked; self-styled; was told; "according to …'s account"; the police reminded
    String.raw`(?:对方|對方|来电者|來電者|致电者|致電者|拨电人|撥電人|电话那头|電話那頭)(?:又|还|還|便|则|則|却|卻|即|再)?(?:称|稱|自称|自稱|声称|聲稱|谎称|謊稱|表示|说|說|告诉|告訴|告知|要求|指)`,
    String.raw`自称|自稱|被告知|据悉|據悉|(?:据|據)[^。，,！？!?]{1,12}?(?:回忆|回憶|介绍|介紹|报道|報道|報導|透露)|(?:警方|民警)(?:提醒|呼吁|呼籲|表示|介绍|介紹|指出)`,
    // someone (not "you") received a call or a text: "田小姐…接到一個電話", "收到一条中奖短信"; not "接到此短信后请回电"
    String.raw`(?<![您你])(?:接到|收到|接获|接獲)了?(?!此|本|该|該)(?:一[个個条條通封则則])?[^。，,！？!?您你]{0,10}?(?:电话|電話|来电|來電|短信|簡訊)`,
    wordsPattern(
      [
        // Korean hearsay and the reporter's past tense: "것으로 전해졌다", "에 따르면", "전화를 받았다", "요구했다", "속였다"
        '것으로 전해졌다', '것으로 알려졌다', '것으로 나타났다', '것으로 밝혀졌다', '것으로 보고됐다', '것으로 드러났다', '에 따르면',
        '전화를 받았다', '전화를 걸어', '고 말했다', '라고 말했다', '고 속였다', '며 속였다', '고 협박했다', '요구했다', '통보했다', '접근했다', '접근한 것이다',
        // Vietnamese: self-styled, "the subject(s)" of police reports, as reported, the one on the other end of the line
        'tự xưng', 'đối tượng', 'theo trình báo', 'đầu dây bên kia', 'kẻ gian', 'kẻ này', 'nhóm người trên', 'dọa rằng', 'đe dọa rằng', 'yêu cầu người dân',
        // Spanish: they told / asked / warned him or her, he or she received a call, passed himself off as
        'le dijeron', 'les dijeron', 'le pidieron', 'le exigieron', 'le indicaron', 'le ordenaron', 'le advirtieron', 'le informaron', 'le aseguraron',
        'le dijo que', 'le pidió que', 'le advirtió que', 'le indicó que', 'le ordenó', 'recibió una llamada', 'recibieron una llamada', 'recibió un mensaje',
        'se hizo pasar', 'se hacía pasar', 'se identificó como', 'que decía ser', 'que afirmaba ser', 'que dijo ser', 'un supuesto', 'una supuesta',
        // Tagalog: allegedly, introduced himself as, according to the victim or the report, reportedly said
        'umano', "umano'y", 'nagpakilala', 'nagpakilalang', 'ayon sa biktima', 'ayon sa complainant', 'ayon sa ulat', 'ayon sa pulisya', 'sinabi raw',
        // English: the caller told, she was told, a man claiming to be from, posing as
        'the caller told', 'the caller said', 'the caller claimed', 'the caller asked', 'the caller demanded', 'the caller threatened',
        'the caller instructed', 'was told that', 'were told that', 'she was told', 'he was told', 'they were told', 'told him that', 'told her that',
        'she received a call', 'he received a call', 'claimed to be', 'claiming to be from', 'posing as', 'posed as',
        // Hindi news: messages "are being sent" to people, "it is being said" in them, consumers "are receiving" them (msglure24)
        'भेजे जा रहे हैं', 'भेजा जा रहा है', 'भेजे जा रहे है', 'कहा जा रहा है', 'कहा गया है', 'मैसेज आ रहे हैं', 'संदेश आ रहे हैं',
        'प्राप्त हो रहे हैं', 'मैसेज मिल रहे हैं', 'लिखा होता है', 'जिसमें लिखा है',
        // Arabic news: "according to reports", "these messages claim", "the message reads" (msglure24)
        'وفقاً للتقارير', 'وفقا للتقارير', 'تزعم هذه الرسائل', 'تدعي هذه الرسائل', 'نص الرسالة',
      ],
      false,
      'wide',
    ),
  ].join('|'),
);

/** What a news source writes over the link it cut from a quoted message: "(Sahte Link)", "[fake link]", "(link)". */
const LINK_PLACEHOLDER = /[([]\s?[^()[\]]{0,15}\blink\s?[\])]/g;

/** The text without such placeholders: "sahte"/"fake" there is the source's word for the cut link, not a warning. */
export const withoutLinkPlaceholders = (text: string): string => text.replace(LINK_PLACEHOLDER, ' ');

/**
 * What counts as a warning: 'any' (a word naming the scam, a story of its victims, a negated request, a request told
 * in someone else's voice), or 'scam-words' only — for a signal whose own cue is a negated request ("don't tell Mom", "别告诉爸妈",
 * "do not contact a lawyer"), which the impostor says and a warning would not be told by.
 */
type Warning = 'any' | 'scam-words';

/** Does this (folded) sentence warn about a scam rather than make one? */
export function warns(sentence: string, kind: Warning = 'any'): boolean {
  SCAM_WORD.lastIndex = 0;
  if (SCAM_WORD.test(withoutLinkPlaceholders(sentence)) || REPORTED.test(sentence) || REPORTED_WIDE.test(sentence) || RETOLD.test(sentence)) return true;
  return kind === 'any' && (NEGATED_ASK.test(sentence) || NEGATED_ASK_WIDE.test(sentence) || reportsAsk(sentence));
}

/** A text-message length: shorter messages are the message itself, not someone quoting one. */
const QUOTING_LENGTH = 300;
// A quotation of a sentence or more ("… seperti “segera bayar untuk menghindari sanksi tambahan” atau …", «Вы нарушили ПДД…»):
// a button label ("click “Pay now”") is shorter and has no second space.
const QUOTATION = /[“«„「『"][^“”«»„「」『』"]{20,300}?[”»“」』"]/g;
const quotations = new WeakMap<PreparedPage, (at: number) => boolean>();
/** Words that introduce a quotation as an example or a saying, just before it (folded text: «» and “” are "). */
const REPORTING_CUE =
  new RegExp(foldArabic(/(?:\b(?:such as|like|saying|says|said|reads?|e\.g\.|for example|for instance|claiming|stating|como|tipo|dice|dicen|diciendo|dizendo|dizem|por ejemplo|por exemplo|comme|disant|par exemple|come|ad esempio|seperti|misalnya|berbunyi|bertuliskan|contohnya|ornegin|orneğin|takie jak|typu|np\.)|(?<![\u0400-\u04ff])(?:как|типа|например|наприклад|як)|مثل|مثال|مانند|مثلا|جیسے|जैसे|例如|比如)[\s:,]*$/.source));
/** Words that mark the quotation just before them as reported ("… diye SMS atıyor", "「…」という", "「…」など"). */
const REPORTED_AFTER = /^\s*(?:diye|gibi|seklinde|şeklinde|という|と|など|같은|라는|라고|등)/;
/** Only "or"/"and" between two quotations: the second is reported like the first. */
const JOINED = new RegExp(foldArabic(/^[\s,]*(?:or|and|atau|dan|o|y|ou|et|e|или|и|або|lub|albo|veya|ve|یا|و|أو|या|और)?[\s,]*$/.source));

/** How far before a quotation the sentence that introduces it may start. */
const INTRO_BEFORE = 80;

/**
 * A quotation right after a sentence that names the scam: "Dann aufgepasst: Es sind Trickbetrüger am Werk! \"Hallo Mama/Papa, das
 * ist meine neue Nummer…\"" (a mail provider's warning, tune-2026-12-06ag; audit23): the example the warning gives.
 */
function afterScamWord(text: string, a: number): boolean {
  const before = text.slice(Math.max(0, a - INTRO_BEFORE), a);
  SCAM_WORD.lastIndex = 0;
  return /[.!?:]\s*$/.test(before) && SCAM_WORD.test(before);
}

/**
 * Whether a position of a longer message sits inside a quotation of a phrase or more that the text reports: a guide, a warning or a
 * news story quoting what the scammers write ("Pesan berisi ancaman … seperti “segera bayar untuk menghindari sanksi tambahan”")
 * reports it; the message itself does not demand it (tune-2026-12-06ab). Text-message length is never quoting. Reported means
 * introduced as an example or a saying (REPORTING_CUE), or followed by one (REPORTED_AFTER), or joined by "or"/"and" to a
 * reported one: an impostor's e-mail puts its own demand in quotation marks too ('Reply "I will pay the $250 penalty today"'),
 * and a quotation alone dropped it (review18).
 */
function quoted(page: PreparedPage, at: number): boolean {
  if (page.text.length <= QUOTING_LENGTH) return false;
  let test = quotations.get(page);
  if (!test) {
    const text = page.text;
    const spans: (readonly [number, number])[] = [];
    let previousEnd = -1;
    for (const m of text.slice(0, 20_000).matchAll(QUOTATION)) {
      if (!m[0].includes(' ') || m[0].indexOf(' ') === m[0].lastIndexOf(' ')) continue;
      const [a, b] = [m.index, m.index + m[0].length];
      const joined = previousEnd >= 0 && a - previousEnd <= 16 && JOINED.test(text.slice(previousEnd, a));
      if (joined || REPORTING_CUE.test(text.slice(Math.max(0, a - 24), a)) || REPORTED_AFTER.test(text.slice(b, b + 12)) || afterScamWord(text, a)) {
        spans.push([a, b]);
        previousEnd = b;
      } else previousEnd = -1;
    }
    test = (i) => spans.some(([a, b]) => a < i && i < b);
    quotations.set(page, test);
  }
  return test(at);
}

/**
 * The first match whose sentence does not warn (in its context, contextAround; `kind` says what warns) and
 * that `skip` does not skip: its sentence quoted (at most 160 characters) and folded, and the match.
 */
export function firstUnwarned(
  page: PreparedPage,
  re: RegExp,
  max: number,
  skip: (sentence: string) => boolean = () => false,
  kind: Warning = 'any',
): { evidence: string; match: string; sentence: string } | undefined {
  for (const m of matches(page, re, max)) {
    if (quoted(page, m.index)) continue;
    const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
    const sent = page.text.slice(s, e);
    if (warns(page.text.slice(...contextAround(page.text, s, e)), kind) || skip(sent)) continue;
    return { evidence: quote(page.raw, s, e, 160), match: m[0], sentence: sent };
  }
  return undefined;
}

/**
 * The first match `judge` calls strong, else the first it calls weak, with its window quoted (at most
 * 160 characters). `judge` gets the match and its window (folded) and says 'strong', 'weak', or
 * undefined to skip the match (a warning). At most `max` matches are looked at.
 */
export function strongestInWindow(
  page: PreparedPage,
  re: RegExp,
  max: number,
  judge: (match: RegExpExecArray, window: string) => 'strong' | 'weak' | undefined,
): SignalHit | undefined {
  let weak: SignalHit | undefined;
  for (const m of matches(page, re, max)) {
    if (quoted(page, m.index)) continue;
    const [s, e] = windowAround(page.text, m.index, m.index + m[0].length);
    const strength = judge(m, page.text.slice(s, e));
    if (!strength) continue;
    const hit: SignalHit = { evidence: quote(page.raw, s, e, 160), strength };
    if (strength === 'strong') return hit;
    weak ??= hit;
  }
  return weak;
}

/**
 * Cue families found in a message: each regex a family, counted once at its first match whose
 * sentence does not warn; with the first such sentence quoted (at most 160 characters). Undefined
 * when none is found. At most `max` matches per family are looked at.
 */
export function unwarnedFamilies(page: PreparedPage, families: readonly RegExp[], max = 10): { evidence: string; count: number } | undefined {
  let first: [number, number] | undefined;
  let count = 0;
  for (const re of families) {
    for (const m of matches(page, re, max)) {
      if (quoted(page, m.index)) continue;
      const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
      if (warns(page.text.slice(...contextAround(page.text, s, e)))) continue;
      first ??= [s, e];
      count += 1;
      break;
    }
  }
  return first ? { evidence: quote(page.raw, first[0], first[1], 160), count } : undefined;
}
