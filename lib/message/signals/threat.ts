/**
 * threat: the message threatens arrest, deportation, a warrant, jail, a cancelled visa or status,
 * legal action, or a blocked Social Security number or benefits ("a warrant has been issued", "you
 * will be deported", "su visa será cancelada", "将在今天禁止出入境", "your Social will be blocked"),
 * or makes someone's release depend on paying ("si usted paga 4,500 dólares, su hermano será
 * libre"). Impostors use fear so people pay or talk before they think (FTC; HSI and CBP: agents
 * do not call to warn of an arrest nor demand money to remove a warrant).
 *
 * Strength:
 *  - 'strong' for a Social Security number, benefits or taxes under threat ("suspend your social
 *    security number", "legal action … on your social security number", "tax fraud on your name"):
 *    the Social Security and IRS impostor scripts; agencies do not suspend numbers by phone;
 *  - 'weak' otherwise, and then an amplifier only (check.ts): real DHS and ICE messages can be
 *    stern ("you are required to leave the United States"), so such a threat counts only with an
 *    agency voice or another red flag.
 * Also the opening of the USCIS impostor script, weak: "there is a problem with your case/file",
 * "your records do not match" ("su caso tiene un problema", "기록이 일치하지 않습니다") — the FTC
 * and USCIS describe callers who "identify supposed issues in your immigration records" and ask
 * for payment to fix them; alone it could be a lawyer's note, so it only amplifies. Also the chat
 * one-liner "your case needs an update" and the Chinese "negative report in the immigration system".
 * With a removal or arrest threat in the same message (neither as a condition: "if there is a
 * problem…") it is the whole script, strong.
 * And, strong, the seized-parcel script of CBP and consulate impostors: a box of drugs or cash
 * "with your name" intercepted ("一箱…毒品…上面有你的名字…已被截获").
 * And, strong, the reader accused of a crime — the opening of the police, prosecutor and consulate
 * impostor scripts in Chinese and Korean ("你的护照在境外有违法记录,请配合调查", "마약 범죄에
 * 연루되었다", "구속영장이 발부되었다", "여권이 제재되었다"): the Chinese and Korean foreign ministries
 * and embassies say no mission or police tells a person by phone or message that they are a suspect.
 * The same accusation in English, Spanish, French and Portuguese ("your bank account is being used for illegal money
 * transfers", "su cuenta fue usada para lavado de dinero"): the fake police and consulate scripts told to immigrants.
 * Likewise the fake Korean immigration-office lines: "your passport was stolen … you are now staying
 * illegally" ("여권이 도용되었거나 … 불법체류 상태이므로") and the exit ban "notified" by text
 * ("출국금지가 되었음을 통지합니다", in Vietnamese "anh/chị … bị cấm xuất cảnh"): the ministry sends
 * neither by phone or text (exit bans go by registered post).
 * Also, weak, the identity-theft opening ("you are a victim of identity theft", "신분도용 피해를 당한
 * 것 같다", "身份信息被冒用") that DHS OIG and SSA impostors use before asking for the number.
 * Traps, suppressed: warnings that describe the trick ("scammers threaten deportation").
 */
import { wideWords, wordsPattern } from '../../text/normalize';
import type { PreparedMessage } from '../prepare';
import { firstUnwarned } from '../sentences';
import type { SignalHit } from './types';

// Arrest, removal, a cancelled status, prosecution, release for money.
const PUNISH: readonly string[] = [
  String.raw`\b(?:arrest(?:ed)?|warrant|deport(?:ed|ation)?|removal proceedings|detained|detention|jail|prison|legal (?:action|authorities|affidavit|mess|proceedings)|(?:case|lawsuit|charges) against (?:you|your name)|prosecut\w*|criminal charges?|law enforcement)\b`,
  String.raw`\b(?:cancel\w*|revok\w*|terminat\w*|suspend\w*|deni\w*|blocked|block) (?:\w+ ){0,3}?(?:visa|status|green card|case|application|residency|citizenship|work permit|social security|ssn|social|benefits)\b`,
  String.raw`\b(?:visa|status|green card|case|application|residency|work permit|social security(?: number)?|ssn|social|benefits) (?:will be|has been|may be|is being|are being|will get) (?:\w+ )?(?:cancel\w*|revok\w*|terminat\w*|suspend\w*|deni\w*|closed|blocked)\b`,
  String.raw`\b(?:arresto|arrestad[oa]s?|orden de (?:arresto|deportacion|captura|expulsion)|expulsion inmediata|deportad[oa]s?|deportacion|detenid[oa]s?|carcel|accion legal|cancelacion de su|(?:visa|estatus|caso|residencia) (?:sera|ha sido|fue) (?:cancelad[oa]|revocad[oa]|suspendid[oa]))\b`,
  // release for money: "si usted paga …, su hermano será libre", "pay … and he will be released"
  String.raw`\b(?:sera|seran|will be) (?:libre|liberad[oa]s?|released|freed|set free)\b`,
  String.raw`(?:逮捕|驱逐|遣返|拘留|通缉|禁止出入境|禁止出境|禁止入境)`,
  String.raw`\b(?:bắt giữ|trục xuất|bị bắt|lệnh bắt)`,
  String.raw`(?:체포|추방|구속|강제 출국|출두하(?:셔야|십시오|라|세요))`,
  String.raw`\b(?:aarestuhin|ipapa-deport|ide-deport|ikukulong|arestuhin)\b`,
  // a fine or debt turned into seizure, court or legal action: "acciones legales", "penhora de bens", "penalti ganda",
  // "сумма увеличится", "sprawa zostanie przekazana do sądu", "差押え", "حکم جلب", "pignoramento"
  String.raw`\b(?:acciones legales|embargo de (?:sus|su|tus) \w+|suspension de (?:la |su )?(?:matricula|licencia)|penhora|execucao fiscal|poursuites judiciaires|saisie sur)\b`,
  wideWords(
    [
      'penalti ganda', 'konsekuensi hukum', 'hukuman tambahan', 'sanksi tambahan', 'proses hukum', 'haciz', 'icra takibi', 'yasal işlem', 'çarptırılacaksınız',
      'сумма увеличится', 'штраф увеличится', 'арест имущества', 'арест счет', 'передан в суд', 'передано в суд', 'арешт майна', 'арешт рахунк', 'передано до суду',
      'przekazana do sądu', 'skierowania sprawy do sądu', 'zajęcie konta', 'إجراءات قانونية', 'لتجنب إصدار غرامة', 'لتجنب الغرامة', 'حکم جلب', 'پیگرد قانونی',
      '差押', '差し押さえ', '法的措置', 'pignoramento', 'azioni legali', 'fermo amministrativo', 'jinoiy javobgarlik', 'قانونی کارروائی', 'कानूनी कार्रवाई',
    ],
    true,
  ),
];
// "A problem with your case": the opening of the USCIS impostor's script.
const OPENER: readonly string[] = [
  String.raw`\b(?:there (?:is|was|are)|we (?:have )?(?:found|detected|noticed)|identified) (?:an? |some )?(?:problem|issue|error|discrepanc\w+|irregularit\w+|security flag)s? (?:with|in|on) (?:your|the) (?:\w+ ){0,2}?(?:case|file|records?|application|status|documents?|visa|form|petition)\b`,
  String.raw`\byour (?:\w+ ){0,2}?(?:case|file|records?|application|status|documents?|petition) (?:has|have|had|shows?|contains?) (?:an? |some )?(?:problem|issue|error|discrepanc\w+|irregularit\w+|security flag)`,
  String.raw`\b(?:su|tu) (?:caso|expediente|solicitud|estatus|registro|archivo)(?: migratorio)? (?:tiene|presenta) (?:un |una |algun )?(?:problema|error|irregularidad|inconsistencia)|\bproblema con su (?:caso|expediente|solicitud|documentacion|archivo|estatus)\b`,
  // "your case needs an update": the chat-message version of the same opening
  String.raw`\byour (?:immigration )?(?:case|file|application|status|records?|petition|visa) (?:needs|requires|need|require) (?:an? |some |urgent |immediate )*(?:update|updating|verification|review|correction|attention|action)\b`,
  String.raw`\b(?:su|tu) (?:caso|expediente|solicitud|estatus) (?:necesita|requiere) (?:una |un )?(?:actualizacion|verificacion|revision|correccion|atencion)\b`,
  String.raw`\b(?:votre|ton) (?:dossier|statut|visa|demande) (?:presente|comporte|a) (?:un |une )?(?:probleme|erreur|irregularite)|\bprobleme (?:avec|dans) votre (?:dossier|statut|visa|demande)\b`,
  String.raw`(?:기록|서류|신분|비자)[이가과와]? (?:\S+ )?(?:일치하지 않|문제가 있)|(?:身份|档案|檔案|记录|紀錄|签证|簽證|案件)(?:有|出现|出現|存在)(?:问题|問題|异常|異常)|(?:负面报告|負面報告)`,
  wordsPattern(['hồ sơ của bạn có vấn đề', 'hồ sơ có vấn đề', 'hồ sơ bị lỗi', 'giấy tờ có vấn đề'], true),
  // the identity-theft opening: "you may be a victim of identity theft", "신분도용 피해를 당한 것 같다"
  String.raw`\byou (?:are|have been|may be|might be|were) (?:a |the )?victims? of identity theft\b|\byour identity (?:has been|was|may have been) (?:stolen|compromised|used|misused)\b|\b(?:es|fue|ha sido) (?:una )?victima de robo de identidad\b`,
  String.raw`(?:신분\s?도용|명의\s?도용)\s?피해|身份(?:信息)?被(?:冒用|盗用|盜用)`,
];
const THREAT = new RegExp([...PUNISH, ...OPENER].join('|'), 'g');
// The whole script: a problem in the reader's own records, then removal or arrest ("移民系统中出现负面
// 报告 … 容易被驱逐出境"). The problem must be stated, not a condition ("if there is a problem with
// your case, you could face removal" is a lawyer's advice); the threat may be one ("if you do not
// answer, you will be deported" is the script).
const OPENING = new RegExp(OPENER.join('|'), 'g');
const REMOVAL = /\b(?:arrest(?:ed)?|warrant|deport(?:ed|ation)?|removal|detained|detention|jail|expulsion|deportacion|deportad[oa]s?|arresto|detenid[oa]s?|expuls\w*|aarestuhin|ipapa-deport|ide-deport|bắt giữ|trục xuất)\b|逮捕|驱逐|驅逐|遣返|拘留|체포|추방|강제 출국/g;
const CONDITION = /(?:^|[.!?;:]\s*)\W{0,3}(?:if|si|when|cuando|unless|a menos que|should)\b|\b(?:if|si) (?:there|hay|your|su|you|usted)\b|如果|만약/;
// The Social Security and IRS impostor scripts: the number, the benefits or taxes are threatened.
// Benefits alone are not enough: a real DHS notice says "any benefits you receive … such as work
// authorization — will also terminate"; the impostors' benefits are Social Security's.
const SSN_OR_TAX = /\b(?:social security|ssn|social (?:benefits|will be)|(?:your |the )?benefits (?:will be|have been|are being) (?:suspended|stopped|blocked|frozen)|tax(?:es)? fraud|tax(?:es)? (?:owed|debt)|seguro social)\b/;

// The seized-parcel script: a parcel of drugs or cash "with your name" intercepted. The reader's
// name is required in the sentence: news of seizures ("officers seized 50 pounds of cocaine") is not it.
const SEIZED = /\b(?:intercepted|seized|confiscated|interceptad[oa]s?|incautad[oa]s?|decomisad[oa]s?)\b|截获|截獲|查获|查獲|扣押/g;
const CONTRABAND = /\b(?:drugs?|narcotics?|cocaine|cash|money|contraband|illegal (?:items|substances)|drogas?|narcoticos|dinero)\b|毒品|违禁|違禁/;
const YOUR_NAME = /\b(?:your name|addressed to you|su nombre|votre nom|seu nome)\b|(?:你|您)[^。,，]{0,8}(?:的名字|名下)/;

// The reader accused of a crime, in Chinese (the reader or their passport, account or name) and Korean
// (which drops the "you": "마약 범죄에 연루되었다", an account "in your name" used in a crime, a warrant out).
const ACCUSED = new RegExp(
  [
    String.raw`(?:你|您)的?(?:护照|護照|身份|身份证|身份證|账户|帳戶|银行卡|銀行卡|名下|名字|手机号|手機號)?[^。!?,，]{0,12}(?:违法记录|違法記錄|涉嫌(?:洗钱|洗錢|犯罪|违法|違法|诈骗|詐騙)|涉案|洗钱案|洗錢案)|配合调查|配合調查|通缉令|通緝令|安全账户|安全帳戶`,
    String.raw`(?:마약|범죄|사건|돈세탁|자금\s?세탁|금융\s?범죄)\S{0,6}\s?연루|구속\s?영장이\s?발부|여권이\s?(?:제재|정지|무효|도용)|명의(?:로|의)\s?(?:된\s)?(?:통장|계좌|휴대전화|휴대폰|대포통장)\S{0,4}\s?(?:개설|발견|사용|발급)|범죄에\s?사용`,
    // "(you are) now illegally staying", "an exit ban has been placed on you" — said by the fake
    // Ministry of Justice immigration office (the ministry notifies exit bans by registered post only)
    String.raw`불법\s?체류\s?상태(?:이므로|입니다|이니|임|가\s?되)|출국\s?금지가?\s?(?:되었|됐)|(?:anh/chị|bạn|quý khách|ông/bà)[^.!?]{0,30}bị cấm xuất cảnh`,
    // the same accusation in English, Spanish, French and Portuguese: "your bank account is being used for illegal money
    // transfers", "su cuenta fue usada para lavado de dinero", "votre compte est lié à un trafic de drogue"
    String.raw`\byour (?:bank )?(?:account|passport|name|identity|ssn|social security number|phone number|id)s? (?:is|was|has been|have been|are|were) (?:being )?(?:used|involved|linked|connected|associated)\s(?:in|for|to|with)\s(?:\w+\s)?(?:illegal|illicit|criminal|crimes?|money laundering|drug|narcotics?|fraudulent transactions)`,
    String.raw`\b(?:su|tu) (?:cuenta(?: bancaria)?|pasaporte|nombre|identidad|numero de seguro social) (?:esta|fue|ha sido|estaba) (?:siendo )?(?:usad[oa]|utilizad[oa]|vinculad[oa]|involucrad[oa]|relacionad[oa])\s(?:en|para|con)\s(?:\w+\s)?(?:actividades ilegales|delitos?|lavado de dinero|narcotrafico|drogas)`,
    String.raw`\bvotre (?:compte|passeport|nom|identite) (?:est|a ete) (?:utilise|lie|implique|associe)e?s?\s(?:dans|pour|a)\s(?:un |une |des |du )?(?:blanchiment|trafic|activites illegales|crimes?)|\bseu (?:conta|passaporte|nome|cpf) (?:esta|foi) (?:sendo )?(?:usad[oa]|utilizad[oa]|envolvid[oa]|ligad[oa])\s(?:em|para|com)\s(?:\w+\s)?(?:atividades ilegais|crimes?|lavagem de dinheiro|trafico)`,
  ].join('|'),
  'g',
);

// The writer's own trouble, not a threat to the reader: "the police arrested me", "I'm in jail",
// "estoy preso" (the family-emergency script; family-emergency.ts reads it). Explaining it as
// "threatens you with arrest" would tell the reader something the message does not say.
const WRITER_HELD = /\b(?:arrested me|detained me|(?:i|i'm|im|i am|i was|i've been|i have been|i got) (?:just )?(?:arrested|detained|in jail|in prison|locked up)|me (?:arrestaron|detuvieron|llevaron preso)|estoy (?:preso|presa|detenid[oa]|en la carcel))\b/;

// A legal-aid reminder, not a threat: what a judge may order if the reader misses a court hearing ("Si no asistes a la
// audiencia o llegas tarde, es posible que el juez decida ordenar tu deportación", "if you miss your hearing, the judge
// can order you removed"). The condition is appearing in court, the one who decides a judge, and the outcome a
// possibility; the impostor's threat is certain and hangs on paying ("if you do not pay today you will be deported").
const MISSED_HEARING =
  /\b(?:si no (?:asistes|asiste|acudes|acude|vas|va|te presentas|se presenta)|if you (?:do not|don'?t|fail to|miss|cannot) (?:attend|appear|go|show up|come)?|if you miss)\b[^.!?]{0,40}\b(?:audiencias?|corte|tribunal|juzgado|hearings?|court(?: date)?)\b/;
const JUDGE_MAY =
  /\b(?:juez|jueza|judge|immigration judge)\b[^.!?]{0,80}\b(?:puede|podria|decid\w*|may|can|could|might)\b|\b(?:es posible que|puede que|may|can|could|might)\b[^.!?]{0,60}\b(?:juez|jueza|judge)\b/;
const missedHearing = (sentence: string): boolean => MISSED_HEARING.test(sentence) && JUDGE_MAY.test(sentence);

export default function threat(msg: PreparedMessage): SignalHit | undefined {
  const accused = firstUnwarned(msg.page, ACCUSED, 10);
  if (accused) return { evidence: accused.evidence, strength: 'strong' };
  const seized = firstUnwarned(msg.page, SEIZED, 10, (sentence) => !(CONTRABAND.test(sentence) && YOUR_NAME.test(sentence)));
  if (seized) return { evidence: seized.evidence, strength: 'strong' };
  const opening = firstUnwarned(msg.page, OPENING, 10, (sentence) => CONDITION.test(sentence));
  if (opening && firstUnwarned(msg.page, REMOVAL, 10)) return { evidence: opening.evidence, strength: 'strong' };
  const hit = firstUnwarned(msg.page, THREAT, 30, (sentence) => WRITER_HELD.test(sentence) || missedHearing(sentence));
  if (!hit) return undefined;
  return { evidence: hit.evidence, strength: SSN_OR_TAX.test(hit.sentence) ? 'strong' : 'weak' };
}

/*
Examples:
  fires:      "Failure to pay will result in your arrest and deportation" (weak);
              "this is in reference to suspend your existing social security number" (strong)
  must not:   "Scammers threaten people with deportation"
              "Si no asistes a la audiencia, es posible que el juez decida ordenar tu deportación" (a legal-aid reminder)
*/
