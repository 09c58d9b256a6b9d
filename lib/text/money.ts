/**
 * Money on a page, in the languages sellers of U.S. government services write in (en, es, fr, de,
 * pt, it, zh, vi, ko, tl): prices in any currency and selling words. All inputs are folded text
 * (normalize.ts: lower case, Latin accents removed, so "gebühr" is "gebuhr", "à partir de" is
 * "a partir de"); other scripts (中文, 한국어, "đ") are kept as they are.
 *
 * Prices: a currency sign or code before the amount ("$49", "US$ 89", "€39", "R$ 150", "Rs 1999",
 * "USD 21") or a sign, code or word after it ("39 Euro", "49,90 €", "21 USD", "99 dólares",
 * "99美元", "14元美金", "2万円", "50.000đ", "2 triệu đồng", "30,000원", "3만원", "6,700円", "3000 рублей", "14ドル", "200 درهم", "500 грн", "150 de lei", "₦15,000", "Rp 350.000"). A separator followed by exactly three digits is a thousands
 * separator ("1,070", "1.070", "1 070"); one followed by one or two digits ends the amount in
 * cents ("49.90", "49,90"). A word for a round number after the amount multiplies it ("25 میلیون تومان", "1.5 لاکھ
 * روپے", "5 mil pesos", "3만원": MULTIPLIER_WORDS). Amounts are capped at seven digits before separators: a run of a
 * thousand digits is not a price, and no pattern backtracks over it (linear time).
 *
 * Why the currency matters: an official fee is compared in U.S. dollars only (fee-mirroring, an
 * ESTA above $40). An amount in any other currency is never the official payment (U.S. agencies
 * take dollars), so where a service is free it is a third party's price like any other. Where it
 * has a fee, an amount in euros, pounds, francs or Canadian or Australian dollars up to the fee's
 * plausible conversion is the fee restated ("40 Dollar, etwa 37 €"), not a price (issue 12: news
 * and guides quoting the ESTA fee in euros were read as sellers).
 */
import { escapeRegex, fold, splitWords } from './normalize';

interface Price {
  amount: number;
  /** ISO 4217 code ('USD', 'EUR', …); 'USD' for a bare '$'. */
  currency: string;
}

/** Currency signs, codes and words, as folded text, by ISO code. */
const CURRENCY: ReadonlyArray<readonly [code: string, before: readonly string[], after: readonly string[]]> = [
  // 元 is the Chinese unit of any currency: "14元美金", "美金14元" are U.S. dollars
  ['USD', ['us$', 'us $', 'u$s', 'usd', '$', '美元', '美金'], ['usd', 'us$', '$', 'dollars', 'dollar', 'dolares', 'dolar', 'dollari', 'dollaro', 'us-dollar', 'us dollar', 'us dollars', '元美金', '元美元', '美元', '美金', '달러', 'do la', 'đo la', 'dolyar', '米ドル', 'ドル', 'долларов', 'доллара', 'доллар', 'доларів', 'долари', 'долар', 'de dolari', 'dolari', 'dolara', 'dolarů', 'dolarów', 'دولارا', 'دولار', 'دلار', 'ڈالر', 'דולר', 'דולרים', 'ดอลลาร์', 'ডলার', 'डॉलर', 'डालर', 'დოლარი', 'დოლარს']],
  ['EUR', ['€', 'eur', 'euro', 'euros'], ['€', 'eur', 'euros', 'euro', '欧元', '歐元', '유로']],
  ['GBP', ['£', 'gbp'], ['£', 'gbp', 'pounds', 'pound']],
  ['CHF', ['chf'], ['chf', 'franken']],
  ['CAD', ['ca$', 'c$', 'cad'], ['cad']],
  ['AUD', ['au$', 'a$', 'aud'], ['aud']],
  ['MXN', ['mx$', 'mxn'], ['mxn', 'pesos mexicanos']],
  ['BRL', ['r$', 'brl'], ['brl', 'reais']],
  ['PHP', ['₱', 'php'], ['php', 'pesos', 'piso']],
  ['INR', ['₹', 'rs.', 'rs', 'inr'], ['inr', 'rupees', 'रुपये', 'रुपए', 'रुपया']],
  ['VND', ['₫', 'vnd'], ['₫', 'vnd', 'đ', 'đong', 'đồng', 'dong']],
  ['KRW', ['₩', 'krw'], ['₩', 'krw', '만원', '만 원', '천원', '원']],
  ['TWD', ['nt$', 'twd', '新台幣', '新台币', '台幣'], ['twd', '新台幣', '台幣']],
  ['HKD', ['hk$', 'hkd', '港幣', '港币'], ['hkd', '港幣', '港币']],
  ['CNY', ['cny', 'rmb', '人民币', '人民幣'], ['cny', 'rmb', 'yuan', '元', '人民币']],
  ['JPY', ['¥', 'jpy'], ['jpy', 'yen', '円']],
  ['RUB', ['₽'], ['₽', 'руб.', 'руб', 'рублей', 'рубля', 'рубль']],
  ['MAD', [], ['درهم']],
  ['EGP', [], ['جنيه']],
  // the Saudi riyal; the Iranian rial 'ریال' is the same word once folded (riyalOrRial)
  ['SAR', [], ['ريال']],
  // the currencies of sellers writing in he, th, sv/no/da, ka, fa, ur, bn, tr, am, pl, cs ("₪ 350", "350 ש"ח" —
  // gershayim folded to '"' —, "1,500 บาท", "495 kr", "120 ₾", "2,500,000 تومان", "৳ 5000", "499 zł")
  ['ILS', ['₪', 'ils', 'nis'], ['₪', 'ils', 'nis', 'ש"ח', "ש''ח", 'שקלים', 'שקל']],
  ['THB', ['฿', 'thb'], ['฿', 'thb', 'บาท', 'baht']],
  ['SEK', ['sek'], ['sek', 'kr', 'kr.', 'kronor', 'kronur']],
  ['NOK', ['nok'], ['nok', 'kroner']],
  ['DKK', ['dkk'], ['dkk']],
  ['GEL', ['₾'], ['₾', 'ლარი', 'ლარად', 'ლარის']],
  ['AED', ['aed'], ['aed', 'د.إ']],
  // the toman, ten rials, in which Iranian prices are written (no ISO code; IRT is the customary one)
  ['IRT', [], ['تومان']],
  ['PKR', ['pkr'], ['pkr', 'روپے', 'روپیہ', 'روپیے']],
  ['BDT', ['৳', 'bdt'], ['৳', 'bdt', 'টাকা', 'taka']],
  ['TRY', ['₺'], ['₺', 'tl']],
  ['ETB', ['etb'], ['etb', 'birr', 'ብር']],
  ['PLN', ['pln'], ['pln', 'zł', 'zlotych', 'złotych']],
  ['CZK', ['czk'], ['czk', 'kč']],
  // the currencies of sellers writing in uk, ro, sr, hy, yo/en (Nigeria), id, uz (lang24): "500 грн", "150 de lei", "1500 rsd",
  // "25 000 դրամ", "₦15,000", "Rp 350.000", "150 ming so'm". Not a bare "lei" (Italian "nel 2019 lei …"), "din" (Romanian "10 din
  // 20") or "som" (Swedish "2019 som …"): after an amount those are words, not money.
  ['UAH', ['₴', 'uah'], ['₴', 'uah', 'грн.', 'грн', 'гривень', 'гривні', 'гривня', 'гривен']],
  ['RON', [], ['ron', 'de lei']],
  ['RSD', ['rsd'], ['rsd', 'dinara', 'динара']],
  ['AMD', ['֏'], ['֏', 'դրամ']],
  ['NGN', ['₦', 'ngn'], ['ngn', 'naira']],
  ['IDR', ['rp.', 'rp', 'idr'], ['idr', 'rupiah']],
  ['UZS', ['uzs'], ["so'm", 'so‘m', 'so`m', 'сўм', 'uzs']],
];

const byLength = (a: string, b: string): number => b.length - a.length;
const beforeWords = [...new Set(CURRENCY.flatMap(([, before]) => before.map(fold)))].sort(byLength);
const afterWords = [...new Set(CURRENCY.flatMap(([, , after]) => after.map(fold)))].sort(byLength);
const CODE_OF = new Map<string, string>();
for (const [code, before, after] of CURRENCY) for (const w of [...before, ...after].map(fold)) if (!CODE_OF.has(w)) CODE_OF.set(w, code);

// An amount: thousands groups, or up to seven digits; optional cents. Never preceded by a digit
// (a price does not start in the middle of a number).
const NUM = String.raw`(\d{1,3}(?:[., ]\d{3})+(?:[.,]\d{1,2})?|\d{1,7}(?:[.,]\d{1,2})?)(?![\d])`;
// A letter-word currency before the amount must start a word ("usd 21", not "thousd 21").
const BEFORE = `(?:(?<![a-z])(${beforeWords.map(escapeRegex).join('|')}))`;
// A "$" after the amount ("1 299 $", as French Canada and Latin America write it) only when no amount follows it: "Form
// I-130 $675" is $675, not $130.
// A word ending in a Cyrillic letter must end there too: "3 рубрики" is not 3 rubles ("руб", lang24).
const CYRILLIC_END = /[а-яёіїєґ]$/;
const endsWord = (w: string): string => escapeRegex(w) + (CYRILLIC_END.test(w) ? '(?![а-яёіїєґ])' : '');
// "RON" after the amount ends the phrase or comes before a sign ("150 RON.", "150 RON + taxe"): before a word it is the name
// Ron ("In 2019 Ron DeSantis signed …", "since 2021 Ron Wyden": review24), which folded text cannot tell from the code.
const AFTER_WORD: Readonly<Record<string, string>> = { $: String.raw`\$(?! {0,2}\d)`, ron: 'ron(?! [a-z])' };
const AFTER = `(${afterWords.map((w) => AFTER_WORD[w] ?? endsWord(w)).join('|')})(?![a-z])`;
// Found from the digits out (a digit run is rare and cheap to find; a regex led by ~80 currency
// words would try them at every letter): the amount at each digit run, then a currency right
// before it or right after it.
const DIGIT_RUN = /\d+/g;
const NUM_AT = new RegExp(`^${NUM}`);
// up to two spaces: a bidi mark between the sign and the amount folds to a space of its own ("₪\u200f 199")
const BEFORE_AT = new RegExp(`${BEFORE} {0,2}$`);
const AFTER_AT = new RegExp(`^ {0,2}${AFTER}`);
/**
 * A word for a round number after the amount, which multiplies it: "2万円", "1.5萬元", "3千元", "30만 원", "2 triệu đồng",
 * "500 nghìn đồng", "5 mil pesos", "R$ 1,5 mil", "3 mila euro", "25 میلیون تومان", "500 هزار تومان", "1.5 لاکھ روپے",
 * "2 लाख रुपये", "5 हज़ार रुपये", "5 тыс. рублей", "3 آلاف درهم". These are how prices are written where the currency's
 * unit is small (a visa agency in Tehran asks "۲۵ میلیون تومان", one in Lahore "1.5 لاکھ روپے"); without the word the
 * amount is no price at all (the currency must follow it). A million in dollars, euros or pounds is a sum in the news,
 * as "$25 million" is (MAGNITUDE), not a price. Not the crore or 億 (news sums, never a service's price).
 */
const MULTIPLIER_WORDS: ReadonlyArray<readonly [times: number, words: readonly string[]]> = [
  [1e3, ['千', '천', 'nghìn', 'ngàn', 'mil', 'mila', 'هزار', 'ألف', 'آلاف', 'हज़ार', 'हजार', 'ह\u095bार', 'тыс.', 'тыс', 'тысяч', 'тысячи', 'тысяча',
    // uk, bn, uz, pl, cs, ro, id (lang24): "3 тис. грн", "৫৩ হাজার টাকা", "150 ming so'm", "2 tys. zł", "5 tis. Kč", "2 mii de lei", "350 ribu rupiah"
    'тис.', 'тис', 'тисяч', 'হাজার', 'ming', 'tys.', 'tis.', 'mii', 'ribu']],
  [1e4, ['万', '萬', '만']],
  [1e5, ['لاکھ', 'लाख', 'লাখ']],
  [1e6, ['triệu', 'میلیون', 'ملیون', 'млн', 'juta']],
];
const MULTIPLIER: ReadonlyMap<string, number> = new Map(MULTIPLIER_WORDS.flatMap(([times, words]) => words.map((w) => [fold(w), times] as const)));
const MULTIPLIER_AT = new RegExp(`^ ?(${[...MULTIPLIER.keys()].sort(byLength).map(endsWord).join('|')})(?![a-z])`);
/** Currencies in which a million is a sum in the news ("$2 million", "2 مليون دولار"), not a price. */
const NEWS_MILLIONS = new Set(['USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD']);
/**
 * "mil" is a thousand in Spanish and Portuguese ("5 mil pesos", "R$ 1,5 mil", "US$ 5 mil") but a million in English
 * news ("$5 mil in fines", "a $2 mil settlement"). The words around it decide; with none of either language the sign
 * does: the bare "$" is English ("$5 mil."), any other sign or word Spanish or Portuguese. Words both languages write
 * ("a", "no", "as") decide nothing.
 */
const MIL_ENGLISH = new Set(['the', 'in', 'of', 'for', 'and', 'to', 'on', 'with', 'from', 'by', 'was', 'is', 'were', 'an', 'this', 'that', 'over', 'worth', 'fine', 'fines', 'fined', 'settlement', 'lawsuit', 'paid', 'pay', 'deal', 'budget', 'funding', 'grant']);
const MIL_SPANISH_PORTUGUESE = new Set(['de', 'del', 'el', 'la', 'los', 'las', 'por', 'para', 'en', 'y', 'con', 'que', 'un', 'una', 'se', 'su', 'es', 'son', 'al', 'lo', 'um', 'uma', 'o', 'os', 'da', 'do', 'das', 'dos', 'e', 'em', 'com', 'na', 'pelo', 'pela', 'pesos', 'reais', 'dolares', 'cuesta', 'custa', 'cobran', 'cobra', 'precio', 'preco', 'solo', 'apenas', 'mas', 'tarifa', 'taxa', 'costo', 'custo']);
/** How many words each side of "mil" decide its language, and how far they may sit. */
const MIL_WORDS_AROUND = 4;
const MIL_SPAN = 40;

function milIsMillion(folded: string, start: number, end: number, sign: string): boolean {
  const words = (text: string): string[] => text.split(/[^a-z]+/).filter(Boolean);
  const around = [...words(folded.slice(Math.max(0, start - MIL_SPAN), start)).slice(-MIL_WORDS_AROUND), ...words(folded.slice(end, end + MIL_SPAN)).slice(0, MIL_WORDS_AROUND)];
  const english = around.filter((w) => MIL_ENGLISH.has(w)).length;
  const other = around.filter((w) => MIL_SPANISH_PORTUGUESE.has(w)).length;
  return english === other ? sign === '$' : english > other;
}
/** Longest currency word before an amount, plus two spaces. */
const BEFORE_SPAN = Math.max(...beforeWords.map((w) => w.length)) + 3;

/** "$25 million", "US$ 2 billion": a sum of money in the news, not a price anyone is asked to pay. */
const MAGNITUDE = /^ ?(?:million|billion|trillion|millones|millon|milliard|millionen|milliarden|milioni|miliardi|milhoes|bilhoes)/;

interface Found extends Price {
  /** Where the price starts (its currency sign when that comes first). */
  index: number;
}

/**
 * A bracket right after a price, holding at most 30 characters: "40달러(약 5만6000원)", "$40 (about
 * €37)", "14ドル(約1780円)". A price inside it restates the one before in another currency (news and
 * guides convert the official fee for their readers); it is not a second price.
 */
const RESTATED = /^ ?[(（][^()（）]{0,30}[)）]/;

function* scan(folded: string): Generator<Found> {
  let done = 0;
  // Prices starting before this index sit in the bracket after the last price: restatements.
  let restatedTo = -1;
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(folded); m; m = DIGIT_RUN.exec(folded)) {
    const start = m.index;
    const prev = folded.charCodeAt(start - 1);
    if (start < done || prev === 46 || prev === 44) continue; // inside the last price, or "1,|070"
    const num = NUM_AT.exec(folded.slice(start, start + 24));
    if (!num?.[1]) continue;
    const digitsEnd = start + num[0].length;
    const times = MULTIPLIER_AT.exec(folded.slice(digitsEnd, digitsEnd + 8));
    const end = digitsEnd + (times?.[0].length ?? 0);
    // not from `done` back: the currency word after the last amount is its own ("99美元 3天" is not $3)
    const before = BEFORE_AT.exec(folded.slice(Math.max(done, start - BEFORE_SPAN), start));
    const after = before ? null : AFTER_AT.exec(folded.slice(end, end + 24));
    const sign = (before?.[1] ?? after?.[1] ?? '').trim();
    if (!sign) continue;
    const timesWord = times?.[1] ?? '';
    const multiplier = timesWord === 'mil' && milIsMillion(folded, start, end, sign) ? 1e6 : (MULTIPLIER.get(timesWord) ?? 1);
    const amount = amountOf(num[1]) * multiplier;
    done = after ? end + after[0].length : end;
    DIGIT_RUN.lastIndex = Math.max(DIGIT_RUN.lastIndex, done);
    if (!Number.isFinite(amount) || MAGNITUDE.test(folded.slice(done, done + 14))) continue;
    const index = before ? start - before[0].length : start;
    if (index < restatedTo) continue; // every price in that bracket ("(=40,000円+消費税4,000円)")
    const bracket = RESTATED.exec(folded.slice(done, done + 34));
    restatedTo = bracket ? done + bracket[0].length : -1;
    const currency = riyalOrRial(CODE_OF.get(sign) ?? CODE_OF.get(sign.replace(/ /g, '')) ?? 'USD', amount);
    if (multiplier >= 1e6 && NEWS_MILLIONS.has(currency)) continue;
    yield { amount, currency, index };
  }
}

/**
 * "ريال" (Saudi riyal) and "ریال" (Iranian rial) are one word once the Arabic script is folded (normalize.ts): ten
 * thousand or more is the Iranian rial (ten thousand of them are less than a dollar; ten thousand riyals are more than
 * any service here costs), less the Saudi riyal.
 */
function riyalOrRial(code: string, amount: number): string {
  return code === 'SAR' && amount >= 10_000 ? 'IRR' : code;
}

function amountOf(text: string): number {
  // The last separator followed by one or two digits at the end is the decimal point.
  const cents = /[.,](\d{1,2})$/.exec(text);
  const whole = (cents ? text.slice(0, cents.index) : text).replace(/[., ]/g, '');
  return Number(whole) + (cents?.[1] ? Number(cents[1]) / 10 ** cents[1].length : 0);
}

/** Every price in a folded string, at most 20. */
export function pricesIn(folded: string): Price[] {
  const out: Price[] = [];
  for (const p of scan(folded)) {
    out.push({ amount: p.amount, currency: p.currency });
    if (out.length >= 20) break;
  }
  return out;
}

/** Where the prices of a folded string start, in order (a generator: stop when you have enough). */
export function* priceIndices(folded: string): Generator<number> {
  for (const p of scan(folded)) yield p.index;
}

/** Index of the first price in a folded string, -1 when there is none. */
export function firstPrice(folded: string): number {
  for (const p of scan(folded)) return p.index;
  return -1;
}

/** The U.S.-dollar amounts in a folded string ("$49", "us$ 89", "89 usd", "99 dolares"), at most 20. */
export function prices(folded: string): number[] {
  return pricesIn(folded)
    .filter((p) => p.currency === 'USD')
    .map((p) => p.amount);
}

/**
 * A price a third party asks for something whose official fee is `official` dollars (0 = free):
 * dollars above the official fee, or any amount above zero in another currency.
 */
export function chargesAbove(folded: string, official: number): boolean {
  return pricesIn(folded).some((p) => (p.currency === 'USD' ? p.amount > official + 0.001 : p.amount > official * (UNITS_PER_DOLLAR[p.currency] ?? 0)));
}

/**
 * A generous bound on how many units of a currency one dollar buys (2024–2026 ranges, rounded
 * up): an amount at or below official × this may be the official fee restated ("ESTA: $40, ca.
 * 37 €"); above it, a third party's price. Not a rate anyone is shown. A currency missing here
 * (yuan, won, rupees…) never restates a fee: any amount above zero counts, as before.
 */
const UNITS_PER_DOLLAR: Readonly<Record<string, number>> = {
  EUR: 1.25, GBP: 1.1, CHF: 1.2, CAD: 1.7, AUD: 2,
  // the currencies added with the sellers of session 20 (news there converts the fee too: "$40, כ-150 ש"ח")
  ILS: 4.5, THB: 40, SEK: 12, NOK: 12, DKK: 8, GEL: 3.2, AED: 4, IRR: 1_500_000, IRT: 150_000, PKR: 320, BDT: 130, TRY: 45, ETB: 160, PLN: 4.6, CZK: 26,
  // lang24: news in these languages converts the fee too ("$40, около 3 500 ₽", "185 dolari, adică aproximativ 850 de lei")
  RUB: 110, UAH: 45, RON: 5, RSD: 120, AMD: 420, NGN: 1_800, IDR: 17_500, UZS: 14_000,
};

/**
 * Selling words: a business offering something to the reader for money ("buy", "order now",
 * "checkout", "our fee", "service fee", "comprar", "pague ahora", "jetzt bestellen", "frais de
 * service", "taxa de serviço", "服务费", "결제"). "in order to" is not an order. An official fee
 * is not selling: "the ESTA fee" or "ESTA-Gebühr" alone is not here.
 */
/**
 * A business naming its own service fee, in each language it is read in ("frais de service", "Bearbeitungsgebühr", "דמי טיפול",
 * "رسوم الخدمة", "सेवा शुल्क", "handläggningsavgift"…): one list for the selling words here and the middleman signal's fee cue
 * (lib/signals/middleman/cues.ts), so a word taught to one is known to both. Not an official fee ("ESTA-Gebühr", bare "수수료").
 */
export const SERVICE_FEE_WORDS: readonly string[] = [
  'tarifa de servicio', 'nuestra tarifa', 'cargo por servicio', 'taxa de serviço', 'costo del servizio', 'frais de service', 'frais de traitement',
  'frais de dossier', 'frais de gestion', 'bearbeitungsgebühr', 'servicegebühr', 'bayad sa serbisyo', 'phí dịch vụ', '服务费', '服務費', '대행 수수료',
  '서비스 수수료', 'דמי טיפול', 'דמי הטיפול', 'דמי שירות', 'עלות השירות', 'מחיר השירות', 'עמלת שירות', 'رسوم الخدمة', 'تكلفة الخدمة', 'سعر الخدمة',
  'هزینه خدمات', 'تعرفه خدمات', 'سروس چارجز', 'سروس فیس', 'ค่าบริการของเรา', 'อัตราค่าบริการ', 'მომსახურების საფასური', 'მომსახურების ღირებულება',
  'সার্ভিস চার্জ', 'সেবা মূল্য', 'सेवा शुल्क', 'सर्विस चार्ज', 'የአገልግሎት ክፍያ', 'handläggningsavgift', 'vår avgift', 'våra avgifter',
];

const SELLING_WORDS: readonly string[] = [
  ...SERVICE_FEE_WORDS,
  // es
  'comprar', 'compre', 'ordene', 'ordenar', 'pague aquí', 'pague ahora', 'pague en línea', 'pagar ahora', 'precio', 'solicite ahora', 'aplique ahora',
  // pt
  'preço', 'pague agora', 'pagar agora', 'solicite já', 'peça já', 'comprar agora',
  // it
  'acquista', 'acquistare', 'prezzo', 'ordina ora', 'tariffa del servizio', 'paga ora', 'richiedi ora',
  // fr
  'acheter', 'commander', 'commandez', 'payer maintenant', 'tarif', 'tarifs', 'prix', 'faites votre demande', 'demandez maintenant',
  // de
  'kaufen', 'bestellen', 'jetzt beantragen', 'jetzt bestellen', 'jetzt kaufen', 'antrag starten', 'preis', 'preise', 'zur kasse',
  // tl
  'bumili', 'bilhin', 'presyo', 'magbayad ngayon', 'mag-apply na',
  // vi
  'mua ngay', 'giá dịch vụ', 'thanh toán ngay', 'đăng ký ngay', 'bảng giá',
  // zh (no spaces between words: bounded only against Latin letters)
  '购买', '價格', '价格', '立即申请', '立即申請', '付款', '下单', '收费', '結帳', '结账',
  // ko
  // (not bare '수수료': it is any fee, "ESTA 수수료" the official one; an agency's is '대행 수수료')
  '구매', '가격', '결제', '신청하기', '지금 신청',
  // he (no word edges in Hebrew script: each entry is long enough to mean only this)
  'להזמנת השירות', 'הזמינו עכשיו',
  // ar, fa, ur (Arabic script: no edges either)
  'اطلب الآن', 'ثبت سفارش',
  // th (no spaces between words)
  'สมัครเลย', 'สั่งซื้อ',
  // sv, no, da
  'ansök nu', 'beställ nu', 'bestill nå', 'bestil nu',
];

const COMMERCE = new RegExp(
  [
    String.raw`\b(?:buy|purchase|checkout|check out now|add to cart|order (?:now|online|today|yours?|your|an?|the)|place (?:your|an) order|get (?:it|yours?|your \w+) (?:now|today|fast|instantly)|our (?:service |processing |application )?(?:fee|price|charge)s?|service fee|processing fee|price|pricing|only \$|just \$|pay now|pay (?:here|securely)|subscribe|per month|for a (?:small |low |modest |nominal )?fee|rush (?:processing|service)|expedited processing|priority processing|\/month|apply now|start (?:your|my) application|start now)\b`,
    ...Object.values(splitWords(SELLING_WORDS)).filter(Boolean),
    // From-prices: "from $49", "ab ca. 50 €", "à partir de 49 €", "desde US$ 89", "a partire da 39 €"
    String.raw`\b(?:from|starting at|ab|a partir de|desde|a partire da|des)\s(?:ca\.? ?|nur |only |just |solo |apenas )?(?:${BEFORE} ?\d|\d[\d.,]{0,12} ?${AFTER})`,
  ].join('|'),
);

export function hasCommerce(folded: string): boolean {
  return COMMERCE.test(folded);
}
