/**
 * about-uscis-services: NOT a red flag. The page is about a USCIS (or related U.S. immigration)
 * service — access codes, forms, case status, ESTA, I-94, the DV lottery, visas, E-Verify, EIN,
 * legal help — so the verdict can show the quiet `notice` ("this is not a government site; the
 * official route is free at …") and pick which official route to offer (`service`).
 *
 * Fires with at least 3 mentions in total (or 1 in the title). The service is the most mentioned
 * specific one; the generic 'uscis' only when nothing more specific is named.
 * Trap: Spanish "esta" (= this) and German "ein" are not ESTA / EIN: those count only in capitals,
 * or, for ESTA, as the first part of a German compound ("Esta-Antrag", "Esta-Registrierung").
 * Topic words in de, fr, pt, it, pl, ru, uk, tr, zh, ja, ko and vi too (Reisegenehmigung, loterie de la carte
 * verte, лотерея грин-кард, 绿卡彩票, 签证预约…), so pages in those languages get the notice as well.
 */
import { pattern, patternMatches, type Pattern } from '../text/context';
import { quote } from '../text/normalize';
import { acronymAt, estaIsTrip } from '../text/acronyms';
import type { ServiceId } from '../types';
import type { PreparedPage, SignalHit } from './types';

/** German compounds write ESTA as "Esta-Antrag", "Esta-Registrierung": "Esta" joined to a capitalised word. */
const GERMAN_COMPOUND = /^-[A-ZÄÖÜ]/;

const TOPICS: ReadonlyArray<readonly [ServiceId, Pattern, ((raw: string, at: number, end: number) => boolean)?]> = [
  ['access-code', { latin: /\b(?:access codes?|codigos? de acceso)\b/g }],
  ['forms', { latin: /\b(?:forms? [in]-\d{2,4}[a-z]?|formularios? [in]-\d{2,4}[a-z]?|uscis forms?|formularios? de (?:uscis|inmigracion)|immigration forms?)\b/g }],
  ['case-status', { latin: /\b(?:case status|receipt numbers?|estado de (?:su |mi )?caso|numero de recibo)\b/g }],
  ['esta', pattern(String.raw`esta|visa waiver program|programa de exencion de visas?`, ['reisegenehmigung', 'einreisegenehmigung', 'autorisation de voyage', 'autorização de viagem', 'autorizzazione al viaggio', 'autorizzazione di viaggio', '电子旅行授权', '旅行授权', '電子渡航認証', '전자여행허가', '여행허가', 'giấy phép du lịch', '旅游许可', '旅遊許可'], true), (raw, at, end) => acronymAt(raw, at, end, 'ESTA') || GERMAN_COMPOUND.test(raw.slice(end, end + 2))],
  ['i94', { latin: /\b(?:i-94|arrival\/departure record)\b/g }],
  ['dv-lottery', pattern(String.raw`green[- ]?card[- ]lotter(?:y|ie)|diversity (?:immigrant )?visa|dv lottery|dv-20\d\d|loteria de visas`, ['loterie de la carte verte', 'lotteria della green card', 'lotteria green card', 'loteria do green card', 'グリーンカード抽選', 'dv抽選', 'اللوتري الأمريكي', 'قرعة الهجرة', 'الهجرة العشوائية', '绿卡抽签', '綠卡抽籤', '绿卡彩票', '綠卡彩票', '多元化签证', '多元化簽證', '多样性签证', '多樣性簽證', '抽签移民', '抽籤移民', '移民抽签', '移民抽籤', '영주권 추첨', 'xổ số thẻ xanh', 'лотерея грин', 'лотереи грин', 'лотерее грин', 'лотерею грин', 'лотереей грин', 'лотерея green', 'лотереи green', 'лотерее green', 'лотерею green'])],
  ['visa', pattern(String.raw`visa appointments?|visa applications?|ds-160|visa interview|solicitud de visa|cita (?:de|para la) visa`, ['visto americano', 'vistos americanos', 'visto dos eua', 'visto para os estados unidos', 'visto per gli stati uniti', 'visto usa', 'アメリカビザ', '米国ビザ', 'アメリカのビザ', '米国のビザ', 'アメリカ学生ビザ', '米国学生', 'アメリカ大使館', '米国大使館', 'ビザ申請', '미국 비자', '미국비자', '비자 신청', 'visa mỹ', 'thị thực mỹ', 'تأشيرة أمريكا', 'التأشيرة الأمريكية', 'собеседование на визу', 'визовое собеседование', 'запись на собеседование', 'визу в сша', 'визы в сша', 'виза в сша', 'визу сша', 'американскую визу', 'американской визы', 'amerika vizesi', 'amerika vize', 'amerikan vizesi', 'abd vizesi', 'abd vize', 'abd konsolosluğu', 'amerika konsolosluğu', 'abd büyükelçiliği', 'amerikan büyükelçiliği', 'wiza usa', 'wizę usa', 'wizy usa', 'wiza do usa', 'wizę do usa', 'wizy do usa', 'amerykańska wiza', 'amerykańską wizę', 'amerykańskiej wizy', 'віза до сша', 'візу до сша', 'візи до сша', 'візу в сша', 'візи в сша', 'консульство сша', 'консульства сша', 'консульстві сша', 'посольство сша', 'посольства сша', 'посольстві сша', '美国签证', '签证申请', '簽證申請', '美國簽證', '签证预约', '簽證預約', '预约面谈', '預約面談', '签证面谈', '簽證面談'])],
  ['e-verify', { latin: /\b(?:e-verify|self check)\b/g }],
  ['ein', { latin: /\b(?:ein|employer identification number)\b/g }, (raw, at, end) => acronymAt(raw, at, end, 'EIN')],
  ['legal-help', { latin: /\b(?:immigration (?:lawyers?|attorneys?|legal services)|accredited representatives?|abogad[oa]s? de inmigracion|notari[oa]s? public[oa]s?)\b/g }],
  ['uscis', pattern(String.raw`uscis|citizenship and immigration services|green ?cards?|naturali[sz]ation|work permit|permanent resident card|tarjeta verde|residencia permanente|ciudadania|permiso de trabajo`, ['einwanderung', 'imigração', 'immigrazione', 'imigracja', '移民局', '绿卡', '綠卡', 'グリーンカード', '영주권', '이민국', 'thẻ xanh', 'sở di trú', 'грин кар', 'грин-кар', 'гринкар', 'иммиграционн'])],
];

const MAX_PER_TOPIC = 50;

export default function aboutUscisServices(page: PreparedPage): SignalHit | undefined {
  let total = 0;
  let best: { service: ServiceId; count: number; index: number; length: number } | undefined;
  let first: { index: number; length: number } | undefined;
  const titleEnd = page.raw.indexOf('. ');
  let inTitle = false;
  for (const [service, re, rawCheck] of TOPICS) {
    let count = 0;
    let at: { index: number; length: number } | undefined;
    for (const m of patternMatches(page, re, MAX_PER_TOPIC)) {
      if (rawCheck && !rawCheck(page.raw, m.index, m.index + m[0].length)) continue;
      count++;
      at ??= { index: m.index, length: m[0].length };
      if (titleEnd > 0 && m.index < titleEnd) inTitle = true;
    }
    // the ESTA's four letters name other trades too: only a page that speaks of the trip (acronyms.ts)
    if (!at || (service === 'esta' && !estaIsTrip(page))) continue;
    total += count;
    if (!first || at.index < first.index) first = at;
    if (service !== 'uscis' && (!best || count > best.count)) best = { service, count, ...at };
  }
  if (!first || (total < 3 && !inTitle)) return undefined;
  const where = best ?? first;
  return {
    evidence: quote(page.raw, where.index, where.index + where.length, 60),
    strength: 'context',
    service: best?.service ?? 'uscis',
  };
}

/*
Examples:
  fires:      htuse-find-access-code, uscis-avoid-scams-copy-beacon, librosdeviajes-esta
  must not:   (pages with no immigration words; see the unit test)
*/
