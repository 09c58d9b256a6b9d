/**
 * isAboutImmigration: the always-on content script's early exit. A few case-insensitive regexes
 * over the page text; true when the page could be about U.S. immigration services. It must never
 * say false for a page any signal would fire on, so it lists every signal's anchor words (USCIS,
 * access code, forms I-/N-, ESTA, I-94, green card/DV lottery, visa, E-Verify, EIN, ITIN, notario,
 * immigration, A-Number, receipt number, DHS, SEVIS, ciudadanía…, and in Russian and Chinese script the
 * green card, its lottery, the visa, the embassy and the immigration office). It may say true for pages that are not
 * — the signals decide — but everyday words must not open the gate (tests/unit/text/relevance.test.ts):
 * "president"/"residential" (residen), "advisable" and "We accept Visa" (visa), "database
 * migrations" (migra), "Club Deportivo" (deport), N-95 masks and the I-95 highway (form numbers),
 * Passport.js. Every word is bounded (\b) and every look-around has a fixed small width: linear time.
 * Small on purpose: it is bundled into the content script (15 kB gzip budget).
 */

import { MAX_TAIL, MAX_TEXT } from '../types';
import { keepEnds } from './ends';
import { foldArabic, readLetters } from './normalize';
import { hostNamesService } from './site-names';
import { CASE_ACRONYM } from './case-words';
import { AGENCY_CHROME_WORDS } from './agency-chrome';

/** ssa.gov's and irs.gov's own chrome (./agency-chrome.ts): a copy of their pages may name no immigration word. */
const AGENCY_CHROME = AGENCY_CHROME_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');

/** Words in scripts the Latin fragments cannot see, used by RELEVANT and by GATE alike (no \b: it is defined for Latin letters only). */
// the DV lottery and U.S. permanent residence in Japanese and Persian (no Latin word on such pages)
// and in Arabic and Russian (the DV lottery: "qur'at amrika", "green card lottery")
// and (lang24) the green card in Hebrew, Armenian and Georgian (not Bengali or Hindi: Bangladesh and India are not eligible)
const NON_LATIN_DV = foldArabic('グリーンカード|永住権|لاتاری|گرین.?کارت|[جغ]رين كارد|قرعة (?:امريكا|الهجرة)|اللوتري|الهجرة العشوائية|грин.?кар[дт]|иммигра|גרין קארד|գրին քարտ|გრინ ქარდ');
/** The SEVIS I-901 fee named in Arabic script (Persian, Arabic, Urdu): it opens the gate, and middleman/fees.ts reads it. */
export const SEVIS_FEE_ARABIC_SCRIPT: readonly string[] = ['سویس فی', 'فی سویس', 'هزینه سویس', 'سوئیس فی', 'هزینه سوئیس', 'رسوم سيفيس', 'رسوم سفيس', 'سیوس فیس'];

// a visa in Japanese and Korean, the green card in Korean, a visa and immigration in Arabic; the U.S. visa or
// embassy in Hebrew, Persian and Urdu, Thai, Bengali, Hindi (वीजा and वीज़ा), Georgian (not a bare Hebrew ויזה: the card brand too; Georgian
// "შტატების ვიზა", the United States' visa). Written short (آ, أ fold to ا): the reader's size budget.
const NON_LATIN_VISA =
  foldArabic(`ビザ|査証|비자|영주권|تأشيرة|الهجرة|ויזה לאר(?:ה|צות)|ויזת תייר|אשרת כניסה|שגרירות אר(?:ה|צות)|(?:ویزای|سفارت) امریکا|${SEVIS_FEE_ARABIC_SCRIPT.join('|')}|امریکی ویزا|امریکہ کا ویزا|امریکہ ویزا|วีซ่าอเมริกา|วีซ่าสหรัฐ|สถานทูตสหรัฐ|মার্কিন ভিসা|আমেরিকা[নর]? ভিসা|ইউএসএ ট্যুরিস্ট ভিসা|(?:अमेरिक(?:ा|ी|ा का)|यूएस) वी(?:ज़?|\u095b)ा|აშშ(?:-ი?ს)? (?:ვიზა|საკონსულო|საელჩო)|ამერიკის ვიზა|შტატების ვიზა`);
// Chinese: a visa, the green card, the immigration office, the lottery, the ESTA's names
const ZH_WORDS = '签证|簽證|绿卡|綠卡|移民局|抽签|抽籤|旅游许可|旅遊許可|旅行授权|旅行授權';

// Accents are matched with [aá]-style classes so the text need not be folded first.
const RELEVANT = new RegExp(
  [
    // the same topics in de, fr, pt, it, pl and Vietnamese (pages in Chinese, Japanese and Korean
    // name USCIS, ESTA or the form numbers in Latin letters, which the rest of this list finds)
    String.raw`\b(?:(?:ein)?reisegenehmigung|einwanderung|autorisation de voyage|autoriza[çc][ãa]o de viagem|autorizzazione (?:al|di) viaggio|loterie de la carte verte|lotteria della green card|loteria do green card|imigra[çc][ãa]o|imigrante|imigracja|vistos? (?:americanos?|dos eua|para os estados unidos|per gli stati uniti)|visum(?:s?antrag\w*)?|wiza|th[ẻe] xanh|th[ịi] th[ựu]c|gi[ấa]y ph[ée]p du l[ịi]ch)\b|\bdi tr[úu](?![a-z])`,
    String.raw`uscis|\b(?:im|in|e)migra|\bmigra(?:nts?|ntes?|tori[oa]s?)\b|\bmigraci[oó]n\b(?! de (?:datos|bases?|la base|servidor))`,
    // a visa, not the card brand ("We accept Visa", "Visa and Mastercard", "Visa debit")
    String.raw`(?<!(?:accept|accepts|accepted|with|mastercard|master card|amex|discover|debit|credit|prepaid|aceptamos|con)[ ,/&]{1,3}(?:and |or |y |o )?)\bvis(?:as?|ados?)\b(?![ ,/&]{1,3}(?:and |or |y |o )?(?:mastercard|master card|cards?|debit|credit|gift|prepaid|amex|american express|discover|electron|signature|platinum|infinite|rewards|checkout|tarjetas?)\b)`,
    String.raw`\.gov\b|\bofficial (?:web ?)?site of (?:the )?(?:u\.s\.|us|united states|department)|\bofficial (?:u\.s\. |us )?government (?:web ?)?site|\bsitio (?:web )?oficial del gobierno|\bgreen.?cards?\b|\btarjeta verde|\bdv[- ]?(?:lotter|20\d\d)|\bloter[ií]a de (?:visas?|la green)`,
    String.raw`\bnaturali[sz](?:ation|aci[oó]n|ed|e)\b|\bcitizenship|\bciudadan[ií]a|\bciudadanos? (?:americanos?|estadounidenses?)`,
    // USCIS/CBP form numbers: named as forms, or numbers that are not also highways or masks
    String.raw`\b(?:forms?|formularios?|formas?) (?:uscis |de uscis )?(?:i|n|g|ar|ds)-\d|\b(?:i-(?:9|94|129f?|13[014]|140|19[12]|212|290b|360|407|485|526|539|589|60[01]|693|751|765|821d?|864a?|90|912|914|918)|n-(?:336|400|426|565|600|648)|g-(?:28|639|1145|1450)|ar-11|ds-(?:160|260))\b`,
    String.raw`(?:online|uscis) access code|\baccess codes? (?:for|to) (?:your |my |the )?(?:uscis|online account)|c[oó]digos? de acceso|\be-verify|\b(?:employer|individual taxpayer) identification|\bnotari[oa]s?\b|\bnotar[ií]as?\b`,
    // the SEVIS I-901 fee of F, J and M students (fees23: pages of businesses paying it, which may name no visa)
    String.raw`\bsevis\b|\bi-901\b|\bhomeland security|\bseguridad nacional|\bdhs\b|\bcbp\b|\basylum\b|\basilo\b(?! de ancianos)|\bdeport(?:ation|ations|ed|ee|ees|ing|ar|ado|ados|ada|adas|aci[oó]n|aciones)\b`,
    String.raw`\bwork permit|\bpermiso de trabajo|\breceipt number|n[uú]mero de recibo|\ba-number\b|\balien registration|\bpasaportes?\b|\bpassports?\b(?!\.\w|\s?\()`,
    // residency only as an immigration status
    String.raw`\b(?:permanent|legal|lawful|conditional) residen(?:t|ts|ce|cy)\b|\bresiden(?:cia|tes?) (?:permanentes?|legal|legales|condicional)\b|\bresidencia (?:americana|en (?:ee\.? ?uu|estados unidos))`,
    NON_LATIN_DV,
    NON_LATIN_VISA,
    String.raw`\btravel authori|\bglobal entry\b(?! point)|\btrusted traveler|\btsa pre-?check|\bsentri\b|autorizaci[oó]n de viaje|\b(?:consulate|consulado|embassy|embajada)s?\b`,
    // Russian and Chinese pages that name none of the above in Latin letters (the green card and its
    // lottery, immigration, the U.S. embassy or visa, the State Department; visa, green card, the
    // immigration office, the lottery, the ESTA's names). No \b: it is defined for Latin letters only.
    String.raw`(?<![a-zа-яё])(?:грин.?кар|иммиграц|эмиграц|госдеп|посольств[а-яё]* сша|виз[аыуе] (?:в )?сша)|` + ZH_WORDS,
    // Turkish and Ukrainian pages about the U.S. visa that print no "DS-160" ("Amerika vizesi", "ABD
    // Konsolosluğu", "віза до США", "Консульства США"): only with the country named, so a Schengen
    // "vize" page or a "консульство Польщі" stays out.
    String.raw`\b(?:amerika|abd)(?:n|'?nin)? (?:vize|konsolos|b[üu]y[üu]kel[çc]i)|(?<![a-zа-яёіїє])(?:в[іи]з[аиуі] (?:до |в )?сша|(?:консульств|посольств)[а-яіїє]* сша|гр[іи]н.?карт|імміграц|еміграц)`,
    // The U.S. visa, embassy and visa lottery in Romanian, Serbian, Czech and Polish (lang24: "viza pentru SUA", "Ambasada SUA",
    // "loteria vizelor", "viza za SAD", "vízum do USA", "wizy do USA", "loteria wizowa"): only with the country or the lottery
    // named, so a Schengen "viza" or "vízum" page and a Serbian "ambasada sada" ("the embassy now") stay out.
    String.raw`\b(?:viz[aăeui] (?:\S{1,6} )?|ambasad[aeiu]i? )(?:s(?:ua|ad)\b|ameri)|\bloteri[aeiąę]i? (?:vizelor|wizow)|\b(?:víz(?:um|a)|wiz[ęy]) do usa\b`,
    // the Social Security Administration's and the IRS's own page chrome (./agency-chrome.ts)
    String.raw`\b(?:${AGENCY_CHROME})`,
  ].join('|'),
  'i',
);

// ESTA only in capitals: Spanish "esta" (= this) would let every Spanish page through. Same for
// EIN (German "ein"), and the ITIN, the IRS number for people who cannot get a Social Security number,
// which its sellers to non-residents name in Latin capitals on pages in every script (tune batch
// real-2026-12af: zh, pt, tr, ar, ko, ja pages all write "ITIN").
const CAPS = CASE_ACRONYM;

// The gate, same `i` flag so the case rules agree: every RELEVANT match contains a match of the
// gate within a few dozen characters (its rarest literal part: "migra", "green card", "access
// code", "receipt number", a form number…), and ordinary prose rarely contains any, so on most
// pages the gate finds nothing and RELEVANT never runs. Where it does find something, RELEVANT
// runs only on the text around each find (WINDOW characters either side, overlapping windows
// merged), not on the whole text. tests/unit/text/relevance.test.ts checks that isAboutImmigration
// says true whenever RELEVANT matches, on the corpus and on random strings. It may say true a
// little more often than RELEVANT alone: a window's edge can fall inside a word and make a word
// boundary there ("xvisa" cut to "visa"); the signals then decide, as for any page the gate lets in.
const GATE = new RegExp(
  // Every fragment but `uscis` starts a word: the engine tries the alternatives only after a
  // character that is not a letter (several times faster than fragments that may start anywhere).
  `uscis|${NON_LATIN_DV}|${NON_LATIN_VISA}|` + String.raw`(?:^|[^a-z])(?:` +
    [
      String.raw`a(?:ccess code|-number|lien registration|sylum|silo|r-\d|utoris|utoriz|mbasad)`,
      String.raw`c(?:itizenship|iudadan|bp\b|onsula|onditional residen)`,
      String.raw`d(?:hs\b|eport|e (?:acceso|recibo|viaje)|s-\d|v[- ]?(?:lotter|20\d\d)|i tr)`,
      String.raw`e(?:-verify|mployer identification|mbass|mbajada|migra|inreise|inwanderung)`,
      String.raw`g(?:reen.?card|overnment (?:web|site)|ov\b|-\d|lobal entry)`,
      String.raw`homeland`,
      String.raw`i(?:-\d|mmigra|nmigra|migra|ndividual taxpayer)`,
      String.raw`l(?:egal residen|awful residen|oter[ií]|otteria della)`,
      String.raw`migra`,
      String.raw`n(?:aturali|otar[ií]|-\d)`,
      String.raw`oficial del gobierno`,
      String.raw`p(?:asaporte|assport|ermanent residen|ermiso de trabajo)`,
      String.raw`r(?:eceipt number|esiden(?:cia|tes?) |eisegenehmigung)`,
      String.raw`s(?:ite of|eguridad nacional|entri\b|evis\b)`,
      String.raw`t(?:arjeta verde|ravel authori|rusted traveler|sa pre|h[ẻe] xanh|h[ịi] th)`,
      String.raw`vi(?:s(?:[au]|to)|z)|víz`,
      String.raw`w(?:ork permit|eb ?site of|iz)`,
      String.raw`gi[ấa]y ph`,
      String.raw`грин.?кар|иммиграц|эмиграц|госдеп|посольств|виз[аыуе] `,
      String.raw`(?:amerika|abd)(?:n|'?nin)? (?:vize|konsolos|b[üu]y[üu]kel)|в[іи]з[аиуі] |консульств|гр[іи]н.?карт|імміграц|еміграц`,
      AGENCY_CHROME,
    ].join('|') +
    `)|${ZH_WORDS}`,
  'gi',
);
/** Characters around a gate find that RELEVANT looks at (longer than any RELEVANT match and its look-arounds). */
const WINDOW = 100;

/** True when the text could be about U.S. immigration services (read as a verdict reads it: its top and its end). Any string is safe. */
export function isAboutImmigration(text: string): boolean {
  if (typeof text !== 'string' || text.length === 0) return false;
  // Letters disguised as Latin ones (Cyrillic, full-width, mathematical bold) read as those, as the signals read them;
  // the Arabic script's letters typed two ways as one (foldArabic), as fold() reads them for the signals.
  const t = foldArabic(readLetters(keepEnds(text, MAX_TEXT, MAX_TAIL)));
  if (CAPS.test(t)) return true;
  // Windows around gate finds, merged while they overlap; RELEVANT runs once per merged window.
  let from = -1;
  let to = -1;
  GATE.lastIndex = 0;
  for (let m = GATE.exec(t); m !== null; m = GATE.exec(t)) {
    const start = Math.max(0, m.index - WINDOW);
    const end = Math.min(t.length, m.index + m[0].length + WINDOW);
    if (start <= to) {
      to = end;
      continue;
    }
    if (to > from && RELEVANT.test(t.slice(from, to))) return true;
    from = start;
    to = end;
  }
  return to > from && RELEVANT.test(t.slice(from, to));
}

/**
 * True when the page could be about U.S. immigration services by its text, or by its host's name: a
 * seller's refund, FAQ or order-status page often names no immigration word of its own, only the
 * site (esta-america.de's "Erstattungspolitik"); a host named after a government step
 * (lib/text/site-names.ts) lets the signals read it, and they decide.
 */
export function isAboutImmigrationAt(text: string, hostname: string): boolean {
  return isAboutImmigration(text) || hostNamesService(hostname);
}

/** @internal the gate alone, for the property test. */
export const relevanceGate = (t: string): boolean => {
  GATE.lastIndex = 0;
  return GATE.test(t);
};
/** @internal the precise regex alone, for the property test. */
export const relevanceFull = (t: string): boolean => RELEVANT.test(t);
/** @internal the precise regex's source, for the property test's anchor words. */
export const relevanceSource = RELEVANT.source;
