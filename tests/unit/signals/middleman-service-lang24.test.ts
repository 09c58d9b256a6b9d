import { describe, expect, it } from 'vitest';
import middlemanService from '@/lib/signals/middleman-service';
import { expectQuotesPage, page } from './helpers';

// lang24 (tune batch real-2026-12aw): the visa and DV-lottery sellers in languages the rules had not been read in (Georgian,
// Hebrew, Persian, Polish, Russian and Ukrainian prices, Romanian, Serbian, Czech, Armenian). The line is the one the
// English rules draw: the page offers the clerical steps as its own work ("we fill in the application", "booked by us", "our
// services: filling in the green card form — 1500 руб") and names its price or package; a news page restating a fee in lei,
// a guide pointing the reader to the State Department's own site, and a news item quoting what other agencies charge stay
// quiet. The Persian, Russian and Ukrainian fires and three of the quiet rows already held before lang24 and stay as guards
// for the new price and topic words; the Georgian, Hebrew, Polish and Romanian fires and the Polish guide's silence are what
// lang24 adds. Each page below is written for the test on the family's structure; none is copied from a stored page.
describe('lang24: visa and DV-lottery sellers in more languages', () => {
  it.each([
    [
      'a Georgian agency booking the interview and filling in the application',
      'https://usa-visa-ge.example/',
      'ამერიკის შეერთებული შტატების ვიზა. ჩვენ ვნიშნავთ გასაუბრების თარიღს აშშ-ს საელჩოში და ვავსებთ აპლიკაციას თქვენთვის. მომსახურების ღირებულება: 300 ლარი.',
    ],
    [
      'a Hebrew renewal service checking the questionnaire itself',
      'https://visa-renew-il.example/',
      'חידוש ויזה לארה"ב בקלות. מלאו את השאלון והבקשה תיבדק על ידנו לפני ההגשה. דמי טיפול: 250 ₪.',
    ],
    [
      'a Persian agent booking the interview and filling in the DS-160',
      'https://visa-amrika.example/',
      'ویزای آمریکا. خدمات ما: تعیین وقت مصاحبه در سفارت آمریکا و تکمیل فرم DS-160 توسط اینجانب. هزینه خدمات: ۵ میلیون تومان.',
    ],
    [
      'a Polish agency listing its scope of help',
      'https://wizy-usa.example/',
      'Wiza do USA. Oferujemy pomoc w uzyskaniu wizy. Zakres pomocy: wypełnienie formularza DS-160, umówienie na rozmowę z konsulem. Cena: 350 zł.',
    ],
    [
      'a Russian green-card form service priced in roubles',
      'https://usa-pomosch.example/',
      'Лотерея грин кард 2027. Наши услуги: заполнение анкеты на грин кард — 1500 руб. Мы подадим анкету за вас.',
    ],
    [
      'a Ukrainian green-card form service priced in hryvnias',
      'https://usa-dopomoga.example/',
      'Лотерея грін кард 2027. Наші послуги: заповнення анкети на грін кард — 500 грн.',
    ],
    [
      'a Romanian lottery service with its fee in lei',
      'https://dv-moldova.example/',
      'Loteria vizelor DV-2027. Completăm formularul de înscriere pentru dumneavoastră. Taxa de serviciu: 200 de lei.',
    ],
  ])('fires: %s', (_why, url, text) => {
    const hit = middlemanService(page(text, { url }));
    expect(hit).toBeDefined();
    expectQuotesPage(hit, text);
  });

  it.each([
    [
      'Romanian news restating the visa fee in lei',
      'https://stiri.example/viza-sua',
      'Taxa pentru viza pentru SUA crește. Solicitanții vor plăti 185 de dolari, aproximativ 850 de lei, la Ambasada SUA din București.',
    ],
    [
      'a Polish lottery guide pointing to the State Department site',
      'https://greencard-foto.example/pl/loteria',
      'Loteria wizowa DV-2027. Zgłoszenie jest bezpłatne i składa się je wyłącznie na oficjalnej stronie Departamentu Stanu USA. Sprawdź wymagania dotyczące zdjęcia.',
    ],
    [
      'Hebrew news quoting what agencies charge for the lottery',
      'https://news-il.example/green-card',
      'הגרלת הגרין קארד נפתחה. ההרשמה באתר משרד החוץ האמריקאי חינמית, אך חברות פרטיות גובות עד 500 ₪ עבור מילוי הטופס, כך לפי הדיווח.',
    ],
    [
      'a Serbian news item on the U.S. embassy',
      'https://vesti.example/ambasada',
      'Ambasada SAD u Beogradu saopštila je da se termini za intervju za vizu za SAD zakazuju isključivo preko zvaničnog sajta. Taksa iznosi 185 dolara.',
    ],
  ])('stays quiet: %s', (_why, url, text) => {
    expect(middlemanService(page(text, { url }))).toBeUndefined();
  });

  // The official-site phrases are read in the languages lang24 added (the header of SENDS_TO_OFFICIAL). Read in French,
  // Spanish and Portuguese too, a seller's FAQ on a site named after the ESTA that says the answer comes "sur le site
  // officiel" went quiet: its name is its only cue there, and "on the official site" is where every seller files.
  it.each([
    ['fr', 'https://esta-demande-usa.example/faq', "Questions fréquentes. Combien de temps faut-il pour obtenir l'ESTA ? La réponse est en général donnée sous 72 heures sur le site officiel."],
    ['es', 'https://esta-solicitud-usa.example/faq', 'Preguntas frecuentes. ¿Cuánto tarda el ESTA? La respuesta suele llegar en 72 horas en el sitio oficial.'],
    ['pt', 'https://esta-pedido-usa.example/faq', 'Perguntas frequentes. Quanto tempo demora o ESTA? A resposta costuma chegar em 72 horas no site oficial.'],
  ])('a seller FAQ on a site named after the ESTA still fires when it names "the official site" (%s)', (_lang, url, text) => {
    expect(middlemanService(page(text, { url }))).toBeDefined();
  });
});
