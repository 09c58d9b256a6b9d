/**
 * officeNotice: a notice in the name of a government office — police and traffic police, a
 * court, a tax office, customs, a toll or motor-vehicle agency, a health-insurance or social-security
 * fund, an immigration office — about the reader's own fine, debt, refund, benefit or blocked card or
 * record, that sends the reader to a link, a form or an attached file that is not the government's:
 * "[182] 신호등미준수로 인해 범칙금 부과. [URL 클릭 후 확인하세요]", "你名下的医保已停用 请进******",
 * "AGENCIA TRIBUTARIA. Reembolso de impuestos de (263€). Encuentre su formulario … en el enlace: hxxps://hoo.be/…",
 * "A Receita Federal detectou inconsistências em seu cadastro … acesse o endereço eletrônico abaixo",
 * "la Policía Nacional le ha ordenado … que responda a la citación adjunta en el plazo de 72 horas".
 * Governments in every country say the same: fines, taxes and refunds are not collected or paid
 * through links in texts, e-mails or chats (Receita Federal, 경찰청, 国家医保局, Công an Hà Nội, SSS, CRA,
 * IRS warnings quoted in tests/corpus/messages, batch tune-2026-12-06q).
 *
 * The office may be named in the words or in the link's own address ("receitafederal.regularizeagora.org",
 * "dot.gov-ufk.us", "ameli-vital.fr": a host dressed as a government one). A traffic fine names its
 * office by itself (범칙금, 과태료, "multa de tráfico"): only governments impose them.
 *
 * Not a signal of its own: claims-agency reports it (the message pretends to be a government office and sends the
 * reader somewhere that is not the government's), so the reason the user reads is claims-agency's.
 * Strength: always 'strong' — the office and the reader's matter with a link that is not a government
 * address, a masked or blanked link ("******", "[URL]"), words that send the reader to a link or a form,
 * or an attached file to open; or the office named in the words with a link dressed as that government's.
 * A deadline alone is not enough: a city's "no late charge if paid within 30 days" is real (a weak level
 * on a deadline put a town's parking-ticket FAQ at caution in tune-2026-12-06q, so there is none).
 * Quiet: someone else's notice about an office matter — a message with its own "we"/"I" that names the office only
 * as a third party ("accepted by the IRS", "tu reembolso del IRS … Gracias por confiar en nosotros", "your court
 * hearing … call me"): a tax service, a lawyer, a school (tune-2026-12-06w);
 * the same notice with only government links (a real "pay at IRS.gov/payments", "amendes.gouv.fr"),
 * or with no link, form or file (a city's parking-ticket FAQ, the real Agencia Tributaria
 * refund text); longer pastes (guides and articles name offices, fees and links in passing); and warnings
 * that quote such texts (sentences.ts), or that name the scammers' address as an example ("ad esempio “agenzia
 * entrate-gov-it[.]top”", "for example irs-gov-refund.top").
 * A pasted e-mail's header lines are not a business's name: "Betreff:"/"Oggetto:"/"Subject:" is the subject line, and a
 * "From:"/"Von:"/"Da:" line names the sender after the colon (tune-2026-12-06ag: the BZSt refund e-mail pasted with its
 * "Betreff:" line was read as a business's own notice).
 */
import { hostOfUrl } from '../domain/url';
import { fold, wordsPattern } from '../text/normalize';
import { CJK_LINK_WORDS, isGovernmentLink } from './cues';
import type { PreparedMessage } from './prepare';
import { ELSEWHERE_WIDE, GOV_MONEY_WIDE, MATTER_WIDE, OFFICE_WIDE, TO_READER_WIDE } from './office-words';
import { strongestInWindow, warns } from './sentences';
import { AGENCY } from './signals/agency';
import type { SignalHit } from './signals/types';

// Government offices that fine, tax, insure or summon people, in the corpus's languages (natural
// spelling: wordsPattern folds them). The immigration agencies come from AGENCY.
const OFFICE = new RegExp(
  [
    wordsPattern([
      // English
      'police', 'sheriff', 'court', 'traffic court', 'department of motor vehicles', 'dmv', 'department of transportation',
      'department of revenue', 'revenue agency', 'canada revenue agency', 'tax office', 'tax authority', 'tax department',
      'hmrc', 'customs', 'border force', 'department of health', 'medicare', 'medicaid', 'government', 'toll services',
      'e-zpass', 'ezpass', 'sunpass', 'fastrak', 'txtag', 'tollway', 'land transportation office', 'lto',
      'bureau of internal revenue', 'bir', 'bureau of customs', 'sss', 'philhealth', 'pag-ibig', 'dswd', 'dfa', 'nbi', 'pnp',
      // Spanish
      'policía', 'guardia civil', 'dgt', 'dirección general de tráfico', 'agencia tributaria', 'hacienda',
      'servicio de administración tributaria', 'aduana', 'aduanas', 'juzgado', 'tribunal', 'fiscalía', 'seguridad social',
      'imss', 'ministerio', 'gobierno', 'tránsito', 'simit',
      // Portuguese
      'receita federal', 'detran', 'polícia', 'justiça', 'inss', 'governo', 'alfândega', 'ministério', 'prefeitura',
      'sefaz', 'cpf',
      // French
      'antai', 'amendes', 'gendarmerie', 'trésor public', 'impôts', 'dgfip', 'ameli', 'assurance maladie', 'cpam',
      'sécurité sociale', 'douane', 'douanes', 'ministère', 'gouvernement', 'préfecture', 'carte vitale',
      // Vietnamese
      'công an', 'cảnh sát', 'csgt', 'cục thuế', 'tổng cục thuế', 'cơ quan thuế', 'hải quan', 'bảo hiểm xã hội', 'bhxh',
      'tòa án', 'viện kiểm sát', 'dịch vụ công',
      // Tagalog
      'pulis', 'korte', 'kawanihan',
      // Chinese and Korean
      '公安', '警方', '警察', '派出所', '交警', '交管', '法院', '检察院', '税务', '海关', '医保', '医疗卡', '医疗保障', '社保', '人社',
      '政府', '12123', '交通管理', '경찰', '법원', '검찰', '국세청', '세무서', '관세청', '세관', '건강보험', '건보공단', '국민연금',
      '교통민원', '이파인', '정부24', '국민비서', '도로공사', '하이패스',
    ]),
    OFFICE_WIDE,
    // AGENCY is a bare alternation: bounded here like a word ("ssa" is not in "possamos", "irs" not in "first")
    String.raw`(?<![a-z0-9])${AGENCY}(?![a-z0-9])`,
  ].join('|'),
);

// The reader's own matter: a fine, a debt or unpaid toll, a summons, a blocked or stopped card or
// record, money said to be waiting (a refund, a benefit).
const MATTER = new RegExp(
  [
    String.raw`\byou (?:have )?(?:received|got|will receive|are (?:eligible|entitled) (?:for|to)) (?:a |an )?(?:\$|€|£|₱|cad |usd |php )\s?\d`,
    // a payment to receive: "to receive your payment", "para recibir su pago", "nhận được khoản thanh toán"
    String.raw`\b(?:receive|claim|get) (?:your |a |the )?(?:\w+ )?(?:payment|funds|money|deposit)\b|\b(?:recibir|cobrar) (?:su |el |tu )?(?:pago|dinero|deposito)\b|\breceber (?:o |seu |sua )?(?:pagamento|dinheiro|deposito)\b|\brecevoir (?:votre |le |un )?(?:paiement|versement)\b`,
    wordsPattern(['nhận được khoản', 'nhận khoản', 'nhận tiền', '领取', '수령']),
    String.raw`\b(?:(?:your|a|the|unpaid|outstanding|overdue|pending|traffic|parking|speeding) (?:\w+ )?fines?|fines? (?:of|for|due|is|are|was|will|amount))\b`,
    wordsPattern(
      [
        // English
        'penalty', 'penalties', 'violation', 'citation', 'traffic ticket', 'parking ticket', 'unpaid', 'outstanding',
        'overdue', 'past due', 'late fee', 'toll balance', 'suspended', 'suspension', 'revoked', 'blocked', 'frozen',
        'expired', 'irregularit', 'discrepanc', 'inconsistenc', 'summons', 'subpoena', 'warrant', 'refund', 'rebate',
        'benefit', 'reimburse', 'you owe', 'debt', 'arrears', 'seized', 'deactivat',
        // Spanish
        'multa', 'sanción', 'infracción', 'citación', 'citatorio', 'emplazamiento', 'pendiente', 'vencid', 'impag',
        'adeudo', 'deuda', 'embargo', 'irregularidad', 'inconsistencia', 'suspensión', 'suspendid', 'bloquead',
        'cancelad', 'caducad', 'reembolso', 'devolución', 'prestación', 'subsidio', 'requerimiento',
        // Portuguese
        'infração', 'autuação', 'inconsistência', 'pendência', 'débito', 'dívida', 'suspensão', 'bloqueio',
        'intimação', 'restituição', 'benefício', 'regulariz',
        // French
        'amende', 'contravention', 'infraction', 'majoration', 'majorée', 'impayé', 'retard de paiement', 'dette',
        'suspendu', 'bloqué', 'expir', 'convocation', 'remboursement', 'mise en demeure', 'régularis',
        // Vietnamese
        'phạt', 'vi phạm', 'chưa thanh toán', 'đình chỉ', 'tạm khóa', 'hủy', 'khóa', 'hết hạn', 'hoàn thuế', 'hoàn tiền', 'triệu tập',
        'truy thu', 'cưỡng chế',
        // Tagalog
        'paglabag', 'benepisyo',
        // Chinese and Korean
        '罚款', '罚单', '违章', '违法', '违规', '停用', '已停', '暂停', '冻结', '作废', '异常', '欠费', '欠税', '逾期', '传票',
        '退税', '补贴', '报销', '扣押', '被扣', '查封', '缺失', '过期', '注销', '失效', '과태료', '범칙금', '위반', '미납', '체납',
        '연체', '정지', '환급', '고지서', '출석요구', '소환', '압류', '만료', '벌금',
      ],
      true,
    ),
    MATTER_WIDE,
  ].join('|'),
  'g',
);

// Money only a government takes names its office by itself: a traffic, parking or toll fine, a vehicle or
// road tax ("We have recalculated your vehicle tax"). Not a tax refund or an income-tax return: tax
// preparers text their clients about those, with their own portal's link.
const GOV_MONEY = new RegExp(
  String.raw`\b(?:traffic|parking|speeding|toll) (?:\w+ )?(?:fines?|tickets?|violations?|citations?)\b|\b(?:vehicle|road) tax\b|` +
    wordsPattern(['multa de tráfico', 'multa de tránsito', 'multa por exceso', 'avis de contravention', 'phạt nguội', '범칙금', '과태료', '罚单', '违章']) +
    '|' +
    GOV_MONEY_WIDE,
);

// A link shown but masked or blanked ("请进******", "[URL 클릭 후 확인하세요]", "[url redacted]"), or a file
// to open ("la citación adjunta", "ci-joint", "the attached notice").
const ELSEWHERE = new RegExp(
  [
    String.raw`\*{4,}|\[\s?(?:url|link|fake link)[^\]]{0,20}\]|\(\s?url\s?\)|url\s?클릭|클릭|\bhttps?\b`,
    // an app to install (the fake eTax, VssID and police apps of the Vietnamese and Korean warnings)
    String.raw`\b(?:install|download) (?:the |our |this |a )?(?:new )?app\b|앱\s?(?:을\s?)?(?:설치|다운)|下载\S{0,4}(?:app|应用|软件)|` + wordsPattern(['cài đặt ứng dụng', 'cập nhật ứng dụng', 'cập nhật mới ứng dụng', 'tải ứng dụng']),
    wordsPattern(['adjunta', 'adjunto', 'archivo adjunto', 'ci-joint', 'pièce jointe', 'em anexo', 'attached', 'attachment', 'descárguelo', 'descárgalo', '请进', '请打开', '点开']),
    // a link the source blanked in its own words ("(Sahte Link)", "(link)"), a file or an app in the other languages
    String.raw`\(\s?[^()]{0,15}\blink\s?\)`,
    ELSEWHERE_WIDE,
  ].join('|'),
);

// Words that send the reader to a link (not to a paper form: guides say "fill out the form" all the time).
const GO_LINK = new RegExp(
  [
    String.raw`\b(?:click|tap|press|follow|open|visit)\b[^.!?]{0,20}?\b(?:link|url|here|below)\b|\b(?:link|url) below\b|\bfill (?:in|out) the following (?:online )?form\b`,
    String.raw`\b(?:haga|haz|de|dar) clic\b|\ben(?:tre)? (?:el|al) (?:enlace|link)\b|\bacess[ea]\b|\bclique\b|\bcliquez\b|\bdans le lien\b|\bno link\b`,
    `${CJK_LINK_WORDS}|접속|` + wordsPattern(['đường link', 'đường dẫn', 'truy cập']),
  ].join('|'),
);

// Said to the reader: "you", "your", "su", "votre", "seu", "你", "您", "bạn", an imperative ("请", "하세요").
const TO_READER = new RegExp(
  String.raw`\b(?:you|your|yours|su|sus|usted|ustedes|le|les|tu|tus|te|vous|votre|vos|voce|seu|sua|seus|suas|teu|tua|ikaw|iyong|mo|ka)\b|你|您|请|請|귀하|고객님|하세요|하십시오|바랍니다|` +
    wordsPattern(['bạn', 'quý khách', 'anh/chị', 'ông/bà', 'vui lòng']) +
    '|' +
    TO_READER_WIDE,
);

// A host dressed as a government's: a "gov", "gob" or "gouv" label, or an office's name, on an address
// that is not a government one ("dot.gov-ufk.us", "receitafederal.regularizeagora.org", "ameli-vital.fr").
const GOV_LABEL = new Set(['gov', 'gob', 'gouv', 'govt', 'gobierno', 'governo', 'gouvernement', 'receitafederal', 'receita', 'detran', 'dgt', 'antai', 'amendes', 'ameli', 'cpam', 'impots', 'irs', 'hmrc', 'cra', 'sat', 'sss', 'philhealth', 'lto', 'dmv', 'ezpass', 'sunpass', 'fastrak', 'txtag', 'efine', 'hometax', 'nhis', 'nhsa', 'chinatax', 'dichvucong', 'csgt', 'tributaria', 'hacienda', 'aduana', 'douane']);

/**
 * An address written in the text: ASCII address characters around a dot and a top-level domain. Dropped
 * before looking for the office in the words themselves, and where a matter word inside it is the link's.
 */
const ADDRESS = /[a-z0-9][a-z0-9./:_%?=&#+~-]*\.[a-z]{2,}[a-z0-9./:_%?=&#+~-]*/g;

/** Whether a position is inside an address written in the text: the addresses are read once, in order. */
function addressTest(text: string): (at: number) => boolean {
  const spans = [...text.matchAll(ADDRESS)].map((m) => [m.index, m.index + m[0].length] as const);
  return (at) => spans.some(([start, end]) => start <= at && at < end);
}

function dressedAsGovernment(url: string): boolean {
  return hostOfUrl(url).split(/[.-]/).some((label) => GOV_LABEL.has(label)) && !isGovernmentLink(url);
}

// A business's own notice: the message opens with its sender's name ("Humana:", "H&R Block:", "TurboTax:") that is
// no office and no bare alert word; the office it names is a third party ("your Medicare Advantage benefits",
// "your refund from the IRS"), and the link is the business's own (audit of session 16, fpaudit3). An office's name
// as the sender ("E-ZPass:", "LTO:", "Cục Thuế thông báo:") or a link dressed as a government's still counts.
// (the leading marks skipped are punctuation and emoji, not letters: \W alone would eat the first letters of "ГИБДД:" or "الشرطة:")
const SENDER = /^(?:[^\w\u00c0-\ud7ff\ue000-\uffff]|[\ud800-\udfff]){0,3}([^:\n]{2,40}):\s/;
const ALERT_WORD = new RegExp(
  String.raw`^(?:(?:final|urgent|important|official|last|new)\s)?(?:notice|alert|reminder|warning|attention|notification|message|update|action required|re|fw|fwd|subject)$|` +
    wordsPattern(['aviso', 'aviso importante', 'alerta', 'urgente', 'importante', 'atencion', 'recordatorio', 'notificacion', 'avis', 'alerte', 'rappel', 'aviso final', 'thông báo', 'cảnh báo', 'paalala', 'babala', '通知', '提醒', '公告', '알림', '안내', '공지']),
);

// A pasted e-mail opens with its header lines ("Betreff: Benachrichtigung über Steuerrückerstattung", "From: BANCA CARIGE (…)",
// "Oggetto:", "Objet :"): the subject line is no sender, and the From line names the sender after the colon (msgmail20).
const SUBJECT_LINE = /^(?:subject|betreff|oggetto|objet|asunto|assunto|onderwerp|temat|date|datum|data|sent|gesendet|inviato|envoyé|to|an|a|para|à)$/;
const FROM_LINE = /^(?:from|von|absender|da|mittente|de|expéditeur|expediteur|remitente|remetente|van|od)$/;

function businessSender(text: string): boolean {
  let name = SENDER.exec(text)?.[1]?.trim();
  if (name !== undefined && SUBJECT_LINE.test(name)) return false;
  if (name !== undefined && FROM_LINE.test(name)) name = /^[^:\n]*:\s*([^<(\n]{2,40})/.exec(text)?.[1]?.trim();
  return name !== undefined && !OFFICE.test(name) && !GOV_MONEY.test(name) && !ALERT_WORD.test(name);
}

// Someone else's notice about an office matter: the message speaks in its own first person ("we", "our", "I", "nuestro",
// "nós", "nous") and names the office only as a third party — the one that accepted, sent or will send something
// ("accepted by the IRS", "your refund from the IRS", "a 6419 Letter from the IRS", "fue aceptada por el IRS",
// "liberada pela Receita Federal", "the IRS “Where's My Refund?” tool"): a tax service, a lawyer, an insurer, a school
// (tune batch tune-2026-12-06w; session 16's review). The office's own notice names it as the speaker: at the start
// ("IRS Notice:", "AGENCIA TRIBUTARIA."), as the subject ("A Receita Federal detectou…") or in its own first person.
// Spanish and Portuguese say "we" in the verb alone ("Recomendamos guardarla", "Agradecemos su confianza"): a few verbs of a
// business's own notice count (tune-2026-12-06w: GetYourRefund's Spanish text, whose English twin says "We recommend"; session
// 23). Not "informamos", "necesitamos" or "recebemos": the impostor's office opens with them ("Recebemos um alerta … seu CPF").
const FIRST_PERSON =
  /\b(?:we|we're|we've|we'll|our|ours|me|my|i'm|i've|nosotros|nuestro|nuestra|hemos|nos|nosso|nossa|nous|notre|recomendamos|agradecemos|enviamos|estamos|podemos|queremos|ayudamos|ajudamos|preparamos|presentamos|revisamos|tenemos|temos)\b|\bi (?=[a-z])/;
const BY_OFFICE =
  /\b(?:by|from|with|to|through|del|de la|de los|por el|por la|por|con el|ante el|ante la|pela|pelo|par|aupres de|aupres du)\s(?:the\s|el\s|la\s|o\s|a\s|l'|le\s)?$/;
const OFFICE_THING = /^['’]?s?\s(?:[“"][^”"]{1,30}[”"]\s)?(?:tool|web ?site|site|portal|app|letter|form|forms|hearing|date|appearance)\b/;

// ...unless that voice does the office's part: it holds the reader's money or matter until they prove who they are or hand
// over bank or card data ("We need to verify your identity before we can release it", "To receive it we need your bank
// details", "update our records", "confirma tus datos bancarios"), or reports the matter stopped for the reader to fix
// ("was suspended. We can restore it", "a problem with your refund from the IRS. Log in to fix it"). That is the impostor's
// office speaking of itself by name; the tax service, lawyer or school of the quiet cases reports good news or a date and
// points to its portal (review17).
const OFFICE_WORK = new RegExp(
  [
    String.raw`\b(?:verify|confirm|validate|update|provide|send|enter)\s(?:\w+\s){0,2}?(?:identity|bank|card|ssn|social security|details|information)\b`,
    String.raw`\b(?:on hold|suspended|problem with|issue with|could not be (?:delivered|processed|deposited|sent)|unable to (?:deliver|process|deposit|send)|restore|fix it|retenid[oa]|suspendid[oa]|retid[oa]|suspens[oa])\b`,
    String.raw`\bbank (?:details|information|info|login|account (?:number|details|information))\b|\b(?:card|routing) number\b|\bour records\b|\bbefore we can\b`,
    String.raw`\b(?:verificar|verifique|verifica|confirmar|confirme|confirma|actualizar|actualice|actualiza|atualizar|atualize)\s(?:\w+\s){0,2}?(?:identidad|identidade|datos|dados)\b`,
    String.raw`\bdatos bancarios\b|\bdados bancarios\b|\bcoordonnees bancaires\b|\bverifier votre identite\b`,
  ].join('|'),
);

/** OFFICE, every match (matchAll copies it: no shared lastIndex). */
const OFFICE_ALL = new RegExp(OFFICE.source, 'g');

function speaksOfOfficeOnly(text: string): boolean {
  if (!FIRST_PERSON.test(text) || OFFICE_WORK.test(text)) return false;
  const words = text.replace(ADDRESS, (m) => ' '.repeat(m.length));
  let named = false;
  for (const m of words.matchAll(OFFICE_ALL)) {
    named = true;
    // the office opening the message or heading a line ("IRS Notice:", "[ I.R.S ]", "HMRC Refund:") is its speaker
    const opens = /^\W{0,3}$/.test(words.slice(0, m.index)) || /^[^.!?\n]{0,12}:/.test(words.slice(m.index + m[0].length));
    const third = !opens && (BY_OFFICE.test(words.slice(Math.max(0, m.index - 16), m.index)) || OFFICE_THING.test(words.slice(m.index + m[0].length, m.index + m[0].length + 45)));
    if (!third) return false;
  }
  return named;
}

// A notice is short (a text, a chat message, a short e-mail); a longer paste is a guide or an article
// that names offices, fines, forms and links in passing, and is left to the other signals.
const SHORT = 1_500;
/** As short as a text message. */
const SMS = 300;

export function officeNotice(msg: PreparedMessage): SignalHit | undefined {
  const { page, links } = msg;
  if (page.text.length > SHORT) return undefined;
  const away = links.filter((l) => !isGovernmentLink(l.url));
  // A notice whose every link is the government's own is how real offices write.
  if (links.length > 0 && away.length === 0) return undefined;
  const dressed = away.find((l) => dressedAsGovernment(l.url));
  // The office may be named in the words or in a link's path ("bit.ly/My-SSS").
  const inWords = OFFICE.test(page.text.replace(ADDRESS, ' ')) || GOV_MONEY.test(page.text);
  if (!inWords && !dressed && !OFFICE.test(page.text)) return undefined;
  if (!dressed && (businessSender(page.text) || speaksOfOfficeOnly(page.text))) return undefined;
  // The way to act: a link no government uses, a masked link or an attachment, words that send to a link.
  const act = away.length > 0 || ELSEWHERE.test(page.text);
  // Said to the reader, or as short as a text message (Korean and Chinese texts rarely say "you").
  const sms = page.text.length <= SMS;
  // a matter word inside a link's address ("benefitscal.com", California's benefits portal) is the link, not the matter
  const inAddress = addressTest(page.text);
  const hit = strongestInWindow(page, MATTER, 20, (m, near) => (!inAddress(m.index) && !warns(near) && (sms || TO_READER.test(near)) && (act || GO_LINK.test(near)) ? 'strong' : undefined));
  if (hit) return hit;
  // The office named in the words and a link dressed as that government's: the address is the lure — unless the text
  // names it as an example ("ad esempio “agenzia entrate-gov-it[.]top”", "for example uscis-gov.net"): a warning citing it.
  return inWords && dressed && !warns(page.text) && !namedAsExample(page.text, dressed.written) ? { evidence: dressed.written, strength: 'strong' } : undefined;
}

// "for example", "such as", "ad esempio", "zum Beispiel", "par exemple", "por ejemplo" just before an address, or a word or two before
// it ("ad esempio “agenzia entrate-gov-it[.]top”": the link reader takes the address from its first dot-joined word) (folded text).
const EXAMPLE_CUE = /(?:\bfor example|\bfor instance|\be\.g\.|\bsuch as|\bad esempio|\bper esempio|\bzum beispiel|\bz\.b\.|\bpar exemple|\bpor ejemplo|\bpor exemplo|\bmisalnya|\bseperti)[\s:,]*["'(]?(?:[^\s"]+\s){0,2}$/;

/** Whether the text names this address as an example: the words before its first appearance say so. */
function namedAsExample(text: string, written: string): boolean {
  const at = text.indexOf(fold(written));
  return at > 0 && EXAMPLE_CUE.test(text.slice(Math.max(0, at - 30), at));
}

/*
Examples:
  fires:      "Irregularidade fiscal grave detectada … suspensão imediata do seu CPF … https://receitafederal.regularizeagora.org/" (strong);
              "[182] 신호등미준수로 인해 범칙금 부과. [URL 클릭 후 확인하세요]" (strong)
  must not:   "If you can afford it, pay the full amount immediately. You can pay online at IRS.gov/payments.",
              "I received a parking ticket. After 10 days the fine doubles."
*/
