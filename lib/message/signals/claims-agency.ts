/**
 * claims-agency: the message speaks as USCIS, DHS, ICE, CBP or the State Department ("USCIS:
 * your case…", "This is a notice from the Department of Homeland Security", "From: USCIS
 * <…>", "Este es un mensaje de USCIS", a signature "Sincerely, Kentucky Consular Center") and
 * reaches the reader through a channel no agency uses: a link to a non-government address, a
 * sender address outside government, or a phone number that is not an official one — or tells the
 * reader to check its number on the official website, the spoofed caller's "proof".
 *
 * Strength: 'strong' with such a channel; 'context' when the agency voice comes with official
 * links only (or none) — then it is not a red flag by itself (real USCIS case-status texts, myUSCIS
 * codes, CBP and State Department notices speak as the agency), but it turns a payment demand or a
 * request for an A-Number into impersonation (check.ts).
 * Also 'strong' for a notice in the name of any country's government office (police and traffic police, courts,
 * tax, customs, tolls, health insurance and social security) about the reader's own fine, debt, refund or blocked
 * card, with a link no government uses, a masked link, an attachment or an app to install (../office-notice.ts).
 * Traps: a forged sender like news@uscis.gov proves nothing either way (a government sender is not
 * counted as unofficial, nor as proof); news and warnings that only mention USCIS ("USCIS says
 * scammers…") do not speak as it: the voice patterns need the agency as the sender or speaker.
 */
import { classifyInput } from '../../domain';
import { matches, sentenceAround } from '../../text/context';
import { firstUnwarned, warns } from '../sentences';
import { quote } from '../../text/normalize';
import type { PreparedMessage } from '../prepare';
import { officeNotice } from '../office-notice';
import { AGENCY } from './agency';
import type { SignalHit } from './types';

const VOICE = new RegExp(
  [
    // the sender line: "From: USCIS <…>", "De: Departamento de Estado"
    String.raw`\b(?:from|de|sender|remitente)\s?:\s?"?(?:the |el )?${AGENCY}`,
    // speaking as it: "this is USCIS", "I'm calling from the Social Security Administration",
    // "I am Special Agent … from the FBI", "a message from the State Department"
    String.raw`\b(?:this is|we are|we're)\s(?:an?\s)?(?:(?:official|officer|agent|representative|message|notice|notification|call|reminder|alert|update)\s)?(?:(?:from|with|of|at)\s)?(?:the\s)?${AGENCY}`,
    String.raw`\b(?:i am|i'm|i m)\s(?:(?:special\s)?(?:agent|officer|inspector|detective|deputy|representative)\s(?:[\w.]+\s){0,3}?)?(?:from|with|calling from|calling you from)\s(?:the\s)?(?:[\w-]+\s){0,4}?${AGENCY}`,
    String.raw`\b(?:calling|contacting you|writing to you|writing|reaching out|texting you|emailing you)\s(?:you\s)?(?:from|form|on behalf of)\s(?:the\s)?(?:[\w-]+\s){0,4}?${AGENCY}`,
    String.raw`\b(?:official )?(?:message|notice|notification|letter|alert|reminder|call|update|email|e-mail|sms|text) from (?:the )?${AGENCY}`,
    String.raw`\b(?:on behalf of|from the office of) (?:the )?(?:[\w-]+ ){0,6}?${AGENCY}`,
    String.raw`\b(?:sincerely|regards|best regards|respectfully|thank you|atentamente|cordialmente|saludos)[,.!]?\s(?:the |el |la )?${AGENCY}`,
    String.raw`\b${AGENCY}\s(?:has|have|is|are)\s(?:\w+\s)?(?:sent|issued|flagged|suspended|detected|found|selected|approved|noticed|determined|contacting|notifying|informing|writing|requesting|requires|reviewing|placed|put|cancel\w*|revok\w*)\b`,
    String.raw`\b${AGENCY} (?:officer|agent|department|team|support|help ?desk|customer service|notice|alert|notification)\b`,
    // Spanish
    String.raw`\b(?:este es un|es un|le enviamos un) (?:mensaje|aviso|comunicado|notificacion) (?:oficial )?(?:de|del) (?:la |el )?${AGENCY}`,
    String.raw`\b(?:le|les) (?:escribimos|contactamos|llamamos|informamos|notificamos) (?:desde|de parte de) (?:la |el )?${AGENCY}`,
    String.raw`\b(?:le )?(?:llamamos|llamo|le habla|habla) (?:de|desde) (?:la |el )?${AGENCY}`,
    String.raw`\b${AGENCY} (?:le|les) (?:informa|notifica|comunica|recuerda|solicita)\b`,
    String.raw`\bde parte de(?:l| la| el)? ${AGENCY}`,
    // "le escribe la oficina de inmigración", "te habla el consulado"
    String.raw`\b(?:le |les |te )?(?:escribe|escribimos|habla|hablamos|llama|llamamos|contacta|saluda|saludamos) (?:desde )?(?:la |el )?${AGENCY}`,
    String.raw`\b(?:le |les )?(?:escribe|habla|llama|contacta) (?:un |una |el |la )?(?:oficial|agente|funcionari[oa]|representante|investigador[a]?) (?:de(?:l| la)?) ${AGENCY}`,
    String.raw`\b(?:yo )?(?:soy|somos) (?:un |una |el |la )?(?:oficial|agente|funcionari[oa]|representante|investigador[a]?) (?:de(?:l| la)?) (?:${AGENCY}|inmigracion)`,
    // French and Portuguese: "ici l'ambassade", "je suis agent de l'immigration", "aqui é da embaixada"
    String.raw`\b(?:ici|c'est) (?:l'|la |le )?${AGENCY}|\b(?:je suis|nous sommes) (?:un |une |l'|le |la )?(?:agent|officier|fonctionnaire|representant)e? (?:de |du |de la |d')?(?:l')?${AGENCY}`,
    String.raw`\b(?:aqui (?:e|fala)|somos|sou) (?:da |do |o |a )?(?:(?:agente|oficial|funcionari[oa]) (?:da |do ))?${AGENCY}`,
    // Korean: "USCIS 직원입니다", "출입국 관리 사무국입니다"
    String.raw`${AGENCY}\s?(?:직원|관계자|담당자|요원)?\s?입니다`,
    // "여기는 주중한국대사관이다" (this is the Korean embassy in China)
    String.raw`여기는\s?\S{0,8}?${AGENCY}`,
    // "대사관에서 공문이 발송되었습니다" (the embassy has sent you an official letter), "영사관으로 찾으러 오라"
    String.raw`${AGENCY}\s?에서\s?(?:\S+\s)?(?:공문|서류|문서|통지서?|우편물?)\S{0,2}\s?(?:발송|도착|왔)|${AGENCY}\s?(?:으로|로)\s?(?:찾으러|출두)`,
    // Russian and Japanese robocalls: "Иммиграционная служба США отправила вам посылку",
    // "アメリカ出入国機関から…郵便物を送りましたが"
    String.raw`${AGENCY}\s?(?:сша\s)?(?:отправил\S*|направил\S*|сообщает|уведомляет)|${AGENCY}から\S{0,20}?(?:送りました|送付|お知らせ|ご連絡)`,
    // Chinese: "这里是中国驻美国领事馆", "中國大使館最後通知"
    String.raw`(?:这里是|這裡是|我们是|我們是|我是)\s?${AGENCY}|${AGENCY}\s?(?:最后|最後)?通知|(?:我们|我們)的?\s?${AGENCY}`,
  ].join('|'),
  'g',
);
// The message opens with the agency as its sender: "USCIS: …", "[USCIS] …", "DHS ALERT - …".
const OPENS = new RegExp(String.raw`^\W{0,3}${AGENCY}\W{0,3}(?:[:：]|-|alert\b|notice\b|notification\b|update\b|aviso\b|alerta\b|notificacion\b)`);
// ICE only in capitals, as the sender or speaker — not ICE as the place someone is held ("released from ICE
// custody", "transferred from ICE detention": a bail-fund or church appeal, tune batch tune-2026-12-06i).
const ICE =
  /(?:^\W{0,3}|\b(?:[Tt]his is|THIS IS|(?<!\b(?:released|freed|transferred|escaped|bailed out|taken|removed) )(?:[Ff]rom|FROM)|on behalf of|de parte de)\s)ICE\b(?!\s?(?:cream|age|hockey|skating|storm|custody|detention|detainers?|holds?|jails?|facilit\w*|raids?)\b)/;
// The agency's letter or notice as something the reader will get, not as this message: "you will receive a 6419
// Letter from the IRS in January", "you should get a notice from USCIS in the mail", "save the letter from the IRS" —
// a tax service, a lawyer or a school telling the reader what the agency will send (tune batch tune-2026-12-06w).
const WILL_RECEIVE =
  /\b(?:(?:will|should|may|might|would|could|you'?ll|you ?ll)\s(?:soon\s|also\s|then\s|likely\s|probably\s)?(?:receive|get|be\s(?:sent|mailed|getting|receiving))|expect|keep|save|wait\s(?:for|on)|watch\s(?:for|out\sfor)|look\s(?:out\s)?for|bring)\b[^.!?]{0,40}$/;

// Signed by the agency: the message ends with its name ("… Kentucky Consular Center").
const SIGNED = new RegExp(String.raw`\b${AGENCY}\W{0,5}$`);

function voiceOf(msg: PreparedMessage): SignalHit | undefined {
  const { page } = msg;
  const open = OPENS.exec(page.text.slice(0, 120));
  if (open) return { evidence: quote(page.raw, open.index, open.index + open[0].length), strength: 'context' };
  for (const m of matches(page, VOICE, 20)) {
    const [s, e] = sentenceAround(page.text, m.index, m.index + m[0].length);
    if (warns(page.text.slice(s, e)) || WILL_RECEIVE.test(page.text.slice(s, m.index))) continue;
    return { evidence: quote(page.raw, m.index, m.index + m[0].length), strength: 'context' };
  }
  const tail = Math.max(0, page.text.length - 80);
  const signed = SIGNED.exec(page.text.slice(tail));
  if (signed) return { evidence: quote(page.raw, tail + signed.index, page.text.length), strength: 'context' };
  const ice = ICE.exec(page.raw);
  if (ice) return { evidence: quote(page.raw, ice.index, ice.index + ice[0].length), strength: 'context' };
  return undefined;
}

/** The first way the message reaches the reader that no agency uses, as evidence; '' when none. */
export function unofficialChannel(msg: PreparedMessage): string {
  for (const link of msg.links) {
    if (classifyInput(link.url).kind !== 'official') return `link: ${link.written}`;
  }
  for (const email of msg.emails) {
    if (classifyInput(email.domain).kind !== 'official') return `sender: ${email.written}`;
  }
  for (const phone of msg.phones) {
    if (phone.official === null) return `phone: ${phone.written}`;
  }
  return '';
}

// The caller's "proof": check that our phone number is the one on the official website — the FTC and
// the Chinese embassies warn that impostors spoof the real number and then say exactly this ("可以去官网
// 验证电话号码", "compruebe que nuestro número coincide con el del sitio web"). It stands for a channel no
// agency uses: a spoofed number.
const NUMBER_PROOF = new RegExp(
  [
    String.raw`\b(?:check|verify|confirm|look up|compare)\s(?:that\s)?(?:our|the|this|my)\s(?:phone\s|caller id\s)?number\s(?:\w+\s){0,3}?(?:on|with|against|matches)\s(?:the\s)?(?:official|embassy'?s?|agency'?s?|government|uscis)\s(?:\w+\s)?(?:web\s?site|site|page)`,
    String.raw`\b(?:verifique|compruebe|confirme|revise)\s(?:que\s)?(?:nuestro|el|este|mi)\s(?:numero|telefono)\s(?:\w+\s){0,3}?(?:en|con)\s(?:la\s|el\s)?(?:pagina|sitio)\s(?:web\s)?(?:oficial|de la (?:embajada|agencia))`,
    String.raw`(?:官网|官網|官方网站|官方網站)\S{0,4}(?:验证|驗證|核实|核實|查询|查詢|核对|核對)\S{0,3}(?:电话号码|電話號碼|号码|號碼)`,
    String.raw`(?:홈페이지|공식\s?사이트|웹사이트)에서\s?(?:전화\s?)?번호(?:를)?\s?확인`,
  ].join('|'),
  'g',
);

export default function claimsAgency(msg: PreparedMessage): SignalHit | undefined {
  const voice = voiceOf(msg);
  // A notice in the name of any country's police, court, tax, customs, toll or insurance office about the
  // reader's fine or money, with a way to act that is not the government's (../office-notice.ts).
  if (!voice) return officeNotice(msg);
  const channel = unofficialChannel(msg);
  if (channel !== '') return { evidence: `${voice.evidence} … ${channel}`, strength: 'strong' };
  const proof = firstUnwarned(msg.page, NUMBER_PROOF, 10);
  if (proof) return { evidence: `${voice.evidence} … ${proof.evidence}`, strength: 'strong' };
  return officeNotice(msg) ?? voice;
}

/*
Examples:
  fires:      "USCIS: your case has an outstanding fee, pay at uscis-fee.com" (strong);
              "USCIS: Your case status was updated. Visit uscis.gov/casestatus" (context only)
  must not:   "USCIS warns that scammers send texts asking for fees"
*/
