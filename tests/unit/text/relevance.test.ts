import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isAboutImmigration, isAboutImmigrationAt, relevanceFull, relevanceGate, relevanceSource } from '@/lib/text/relevance';
import { hostNamesService } from '@/lib/text/site-names';
import { foldArabic, readLetters } from '@/lib/text/normalize';
import { HELD_OUT, loadCorpus, partOf } from '@/scripts/eval';
import { SIGNALS } from '@/lib/signals';
import { parseHost } from '@/lib/domain';
import { preparePage } from '@/lib/text/prepare';
import { textToSnapshot } from '@/scripts/html-snapshot';

describe('isAboutImmigration', () => {
  it.each([
    'Check your USCIS case status',
    'Solicitud de visa y tarjeta verde',
    'Apply for ESTA before you travel',
    'Formulario I-130 para su familia',
    'Notario público: le ayudamos',
    'Green Card Lottery DV-2027',
    'Get your EIN today',
    // fees23: a business paying the SEVIS fee, naming no visa (en, fa)
    'Pay your SEVIS fee in minutes with our app',
    'Form I-901 payment for students',
    'پرداخت سویس فی با کارت ما',
    // the ITIN, which its sellers name in Latin capitals on pages in every script (tune batch real-2026-12af)
    'Order your ITIN today',
    '申请ITIN需要多久',
    'Individual Taxpayer Identification Number application',
    'An official website of the United States government',
    'Renew your Global Entry membership',
    // copy26: ssa.gov's and irs.gov's own chrome (lib/text/agency-chrome.ts) on a page that names no immigration word
    'Other Questions You May Find Helpful. Give us Feedback. Did this answer your question?',
    'Check your refund. Page Last Reviewed or Updated: 12-Mar-2024',
    'TSA PreCheck and SENTRI lanes',
    'Trusted Traveler Programs',
    'グリーンカード抽選DVプログラム',
    'アメリカの永住権',
    'ثبت نام لاتاری گرین کارت آمریکا',
    'التسجيل في قرعة أمريكا 2027',
    'Лотерея Грин Кард 2027',
    // lang24: the United States' visa in Georgian, and the Persian U.S. visa typed with آ or ا
    'ამერიკის შეერთებული შტატების ვიზა გაიცემა თბილისში',
    'ویزای آمریکا',
    'ویزای امریکا',
    // lang24: the U.S. visa, embassy and green-card lottery in ro, sr, cs, pl, ka, hy, he, hi
    'Cum se obține viza pentru SUA',
    'Ambasada SUA anunță',
    'Loteria vizelor 2027',
    'Viza za SAD i ambasada SAD',
    'Jak žádat o vízum do USA',
    'Wiza do USA dla dzieci',
    'Jak wziąć udział w loterii wizowej',
    'ამერიკის შეერთებული შტატების ვიზა გაიცემა აშშ-ს საკონსულოში',
    'Գրին քարտի վիճակախաղ',
    'הגרלת הגרין קארד',
    'अमेरिकी वीज़ा के लिए आवेदन',
    // pages in other scripts that name no USCIS, ESTA or form number in Latin letters (tune batch real-2026-12j)
    'アメリカ観光B2ビザ申請代行について',
    '美国签证申请流程',
    '미국 비자 신청 방법',
    'Как заполнить анкету на визу в США',
    'Agendamento do visto americano',
    'التسجيل في اللوتري الأمريكي',
    // Turkish and Ukrainian pages about the U.S. visa with no "DS-160" in Latin letters (tune batch real-2026-12w)
    'Amerika Vize Başvuru Evrakları',
    "ABD'nin vize politikası",
    'Amerikan Büyükelçiliği randevusu',
    'Перед подачею у Консульство США',
    'Віза до США для дітей',
    'Грін-карта: як отримати',
  ])('true: %s', (text) => {
    expect(isAboutImmigration(text)).toBe(true);
  });

  it.each(['', 'Bake the bread for forty minutes.', 'Football scores and weather', 'Esta receta es fácil', 'Погода и спорт на выходных', 'نشرة الطقس اليوم'])('false: %j', (text) => {
    expect(isAboutImmigration(text)).toBe(false);
  });

  // Everyday pages the content script must leave alone (a reviewer found each one opening the gate).
  it.each([
    ['president', 'The president met the board on Tuesday.'],
    ['residential', 'Residential and commercial cleaning, residents get 10% off.'],
    ['medical residency', 'She finished her medical residency in Boston.'],
    ['advisable', 'It is advisable to book early.'],
    ['card brand', 'We accept Visa and Mastercard.'],
    ['global entry point', 'The global entry point of the program is main().'],
    ['sentries', 'Sentries guarded the castle gate.'],
    ['card brand, list', 'Payment: Mastercard, Visa, Amex. Visa debit cards welcome.'],
    ['shop', 'Free shipping over $50. We accept Visa.'],
    ['database migrations', 'Run the database migrations before you upgrade.'],
    ['changelog', 'v2.3.0: new migration tool, faster schema migrations, bug fixes.'],
    ['Spanish sports club', 'El Club Deportivo ganó el partido del domingo.'],
    ['sports news', 'The Lakers beat the Celtics 112-104; deportes y resultados.'],
    ['N-95 masks', 'N-95 masks are back in stock.'],
    ['Turkish Schengen visa', 'Schengen vizesi başvurusu için randevu alın.'],
    ['Turkish "Amerika" in sports', "Amerika Kupası finali ve Amerika'da tatil."],
    ['Ukrainian visa to Poland', 'Віза до Польщі. Консульство Польщі у Львові.'],
    ['I-95 highway', 'Traffic on I-95 is backed up near exit 12.'],
    ['Passport.js', "app.post('/login', passport.authenticate('local'));"],
    ['recipe', 'Mix the flour, eggs and milk; bake at 350°F for 40 minutes.'],
    ['German ein', 'Das ist ein schöner Tag.'],
    // copy26: the agency-chrome words are the agencies' own lines, not everyday ones
    ['news "recent developments"', 'Recent developments in the case were reported on Tuesday; other items on the agenda.'],
    ['a shop FAQ', 'Questions? Give us a call. Your feedback helps us improve.'],
    ['textbook access code', 'MyMathLab access code, only $99.99. Buy now.'],
    ['nursing home', 'Asilo de ancianos con atención las 24 horas.'],
    ['Russian recipe', 'Смешайте муку, яйца и молоко; выпекайте 40 минут.'],
    ['Russian word holding "виза" inside', 'Ревизия склада прошла успешно.'],
    ['Chinese recipe', '将面粉、鸡蛋和牛奶混合,烤四十分钟。'],
    ['Russian "visit"', 'Визит к врачу назначен на вторник.'],
    // lang24: a Schengen or Canadian visa and another country's embassy in ro, cs, pl, sr stay out
    ['Romanian Schengen visa', 'Viza Schengen pentru Franța se obține la consulat.'],
    ['Czech visa to Canada', 'Jak získat vízum do Kanady.'],
    ['Czech visa to China', 'Vízum do Číny pro turisty.'],
    ['Serbian embassy of France', 'Ambasada Francuske u Beogradu.'],
    ['Serbian "the embassy now"', 'Ambasada sada radi normalno.'],
    ['Italian "lei"', 'Nel 2019 lei si è trasferita a Roma.'],
  ])('false: %s', (_why, text) => {
    expect(isAboutImmigration(text)).toBe(false);
  });

  it.each([
    'Apply for your tourist visa and book your visa interview.',
    'Visa Waiver Program travelers need an approved travel authorization.',
    'Passport renewal: renew your passport by mail.',
    'Lawful permanent residents may apply for naturalization.',
    'Le ayudamos con su residencia permanente.',
    'Deportation defense lawyers.',
    'File Form I-765 for a work permit.',
    'Renew with I-90 today.',
    'Inmigración y asilo',
    // Russian and Chinese pages that name nothing in Latin letters
    'Как заполнить заявку на лотерею Грин Кард',
    'Запись на собеседование: визу в США получают в посольстве',
    '美国签证预约面谈流程',
    '绿卡抽签今起登记',
    // the SEVIS fee named in Persian and Urdu only (fees23's words; review23: these two did not open the gate)
    'پرداخت هزینه سوئیس با کارت بین المللی',
    'سیوس فیس کی ادائیگی',
  ])('true (immigration, not everyday): %s', (text) => {
    expect(isAboutImmigration(text)).toBe(true);
  });

  it('never throws on odd input', () => {
    for (const v of [undefined, null, 42, {}, '\u0000\uffff', 'x'.repeat(300_000)]) {
      expect(() => isAboutImmigration(v as unknown as string)).not.toThrow();
    }
  });

  // The pre-filter must never hide a hit on a page that ought to be flagged. On legitimate pages a
  // hidden hit is the pre-filter doing its job: a bookstore's "access code" or a gift-card shop
  // (tests/corpus/real/legit.json) fires a signal but is not about immigration, so it stays quiet.
  // The parts never tuned on (untuned, fresh) are measured by `npm run eval` only, never page by page.
  it('is true for every positive corpus page on which any signal fires (the pre-filter never hides a hit)', () => {
    let checked = 0;
    for (const entry of loadCorpus().filter((e) => (e.label === 'charges-free' || e.label === 'impersonation') && !HELD_OUT.includes(partOf(e)))) {
      const prepared = preparePage({ ...textToSnapshot(entry.text, entry.url, entry.title ?? ''), forms: entry.forms ?? [] }, parseHost(entry.url));
      const fires = SIGNALS.some(([, run]) => run(prepared) !== undefined);
      if (fires) {
        checked++;
        expect(isAboutImmigrationAt(prepared.raw, prepared.host.hostname), entry.id).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  // tests/corpus/real is measured by `npm run eval` (the untuned part is never asserted page by page).
  it('is true for every positive (charges-free, impersonation) seen in earlier sessions or synthetic', () => {
    const positives = loadCorpus().filter((e) => (e.label === 'charges-free' || e.label === 'impersonation') && (partOf(e) === 'seen' || partOf(e) === 'synthetic'));
    expect(positives.length).toBeGreaterThan(30);
    for (const entry of positives) {
      const prepared = preparePage({ ...textToSnapshot(entry.text, entry.url, entry.title ?? ''), forms: entry.forms ?? [] }, parseHost(entry.url));
      expect(isAboutImmigration(prepared.raw), entry.id).toBe(true);
    }
  });
});

// A seller's refund, FAQ or checkout page may name no immigration word of its own, only the site:
// a host named after a government step opens the gate (lib/text/site-names.ts), the signals decide.
describe('hostNamesService', () => {
  it.each(['esta-america.de', 'support.usgreencardoffice.com', 'nexus-application.com', 'www.usa-forms.com', 'usimmigration.org', 'applyusagreencardlottery.com',
    // ITIN sellers named after the number (tune batch real-2026-12af)
    'get-your-itin.com', 'itinservices.com', 'doc.itinservices.com', 'caaitin.com', 'itin-ein-apply.com'])('true: %s', (host) => {
    expect(hostNamesService(host)).toBe(true);
  });

  it.each(['', 'example.com', 'realestate.com', 'festa.it', 'estadao.com.br', 'platform.io', 'visa.com', 'passport.com', 'nationallottery.co.uk', 'localhost', 'esta',
    // "itin" inside another word, or the itinerary
    'itinerary.com', 'my-itinerary.app', 'visitingnurse.org', 'waitingroom.com', 'writing-center.edu'])('false: %j', (host) => {
    expect(hostNamesService(host)).toBe(false);
  });

  it('isAboutImmigrationAt: the text or the host', () => {
    const refund = 'Refund policy. All fees paid to us are for our services. Refunds within 14 days.';
    expect(isAboutImmigrationAt(refund, 'esta-america.de')).toBe(true);
    expect(isAboutImmigrationAt(refund, 'shop.example.com')).toBe(false);
    expect(isAboutImmigrationAt('Check your USCIS case status', '')).toBe(true);
  });
});

// The cheap gate must never say no where the precise regex says yes.
describe('relevance gate', () => {
  it('is a superset of the full regex on every corpus page', () => {
    const texts = loadCorpus().map((e) => e.text);
    for (const t of texts) if (relevanceFull(t)) expect(relevanceGate(t), t.slice(0, 80)).toBe(true);
  });

  const anchors: string[] = [
    // words and phrases of the precise regex itself ("migra", "access code", "official "…)
    ...(relevanceSource.match(/[A-Za-z\u00e1\u00e9\u00ed\u00f3\u00fa.-]{2,}|\d+/g) ?? []),
    ...(relevanceSource.match(/[A-Za-z\u00e1\u00e9\u00ed\u00f3\u00fa. -]{3,}/g) ?? []),
    // a sample match of every alternative
    ...'ciudadanía|ciudadanos americanos|legal resident|lawful residence|conditional residency|permanent residents|residencia permanente|residentes legales|residencia en EE. UU|residencia americana|sitio web oficial del gobierno|sitio oficial del gobierno|access codes for online account|access code to the uscis|online access code|código de acceso|codigos de acceso|official website of the|official site of us|official U.S. government site|official government web site|green card|green-cards|tarjeta verde|DV-2026|dv lottery|lotería de visas|loteria de la green|naturalización|naturalised|citizenship|form I-9|formulario de uscis N-4|I-129F|N-400|G-1145|AR-11|DS-160|e-verify|employer identification|notarios|notaría|homeland security|seguridad nacional|DHS|CBP|asylum|asilo|deportación|deportees|work permit|permiso de trabajo|receipt number|número de recibo|A-Number|alien registration|pasaportes|passport|travel authorization|autorización de viaje|consulados|embassy|embajadas|immigration|inmigración|emigrants|migrantes|migratorios|migración de datos|visados|accept visa|visa card|example.gov|Global Entry|global entry point|trusted traveler|TSA PreCheck|TSA Pre-Check|SENTRI'.split('|'),
    // Russian and Chinese anchors (no \b there: Cyrillic and CJK letters are not \w)
    'грин кард', 'ГРИН-КАРТА', 'гринкарт', 'иммиграция', 'эмиграции', 'Госдеп', 'посольство США', 'посольства сша', 'визу в США', 'виза США', 'визы', 'а', 'я',
    '签证', '簽證', '绿卡', '綠卡', '移民局', '抽签', '抽籤', '旅游许可', '旅遊許可', '旅行授权', '旅行授權',
    'visto americano', 'vistos per gli stati uniti', 'visto', 'ビザ', '査証', '永住権', '签证', '簽證', '绿卡', '綠卡', '비자', '영주권', 'визу', 'визой', 'визит', 'грин-карта', 'грин карт', 'иммиграция', 'تأشيرة', 'الهجرة', 'اللوتري',
    'I-', 'N-', 'G-', 'AR-', 'DS-', 'Visa', 'USCIS', 'de ', 'the ', 'form ', '\u212a', '\u0130', 'í', 'ó', ' ', ' ', '-', '.', ',', '/', '&',
  ];
  it('is a superset of the full regex on random strings of anchor words and noise', () => {
    const piece = fc.oneof(fc.constantFrom(...anchors), fc.string({ maxLength: 3 }), fc.constantFrom(' ', 'x', 'A', '9'));
    const upper = fc.boolean();
    let hits = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, upper), { maxLength: 12 }), (parts) => {
        // The gate reads disguised letters as Latin (readLetters) and the Arabic script's letters typed two ways as one
        // (foldArabic), so the property holds on the text as read.
        const t = foldArabic(readLetters(parts.map(([p, u]) => (u ? p.toUpperCase() : p)).join('')));
        if (relevanceFull(t)) hits++;
        if (relevanceFull(t)) expect(relevanceGate(t)).toBe(true);
        expect(isAboutImmigration(t)).toBe(relevanceFull(t) || /\b(?:ESTA|EIN)\b/.test(t));
      }),
      { numRuns: 20_000 },
    );
    expect(hits).toBeGreaterThan(1_000); // the generator does reach the regex's matches
  });

  it('finds every match of the full regex in long texts too (windows around gate finds, merged or apart)', () => {
    const filler = fc.constantFrom('', ' ', 'the garden and the weather. ', 'x'.repeat(90) + ' ', 'lorem ipsum '.repeat(25), 'we accept ');
    let hits = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(filler, fc.constantFrom(...anchors), fc.boolean()), { maxLength: 8 }), (parts) => {
        const t = readLetters(parts.map(([f, a, u]) => f + (u ? a.toUpperCase() : a)).join(''));
        const full = relevanceFull(t) || /\b(?:ESTA|EIN)\b/.test(t);
        if (full) hits++;
        if (full) expect(isAboutImmigration(t)).toBe(true);
      }),
      { numRuns: 10_000 },
    );
    expect(hits).toBeGreaterThan(1_000);
  });
});
