import { describe, expect, it } from 'vitest';
import aboutUscisServices from '@/lib/signals/about-uscis-services';
import { expectQuotesPage, page } from './helpers';

describe('about-uscis-services', () => {
  it.each([
    ['access code guide', 'How to find your USCIS online access code. The access code links your paper case. Request a new access code.', 'access-code'],
    ['ESTA', 'ESTA for the Visa Waiver Program. Apply for ESTA before you travel. ESTA is valid two years.', 'esta'],
    ['DV', 'The Green Card Lottery (Diversity Visa) is run by the State Department. DV-2027 entries open in October.', 'dv-lottery'],
    ['forms', 'Form I-130 and Form I-485 are filed with USCIS. Form I-765 asks for a work permit.', 'forms'],
    ['Spanish', 'Tarjeta verde y ciudadanía: verifique el estado de su caso con su número de recibo.', 'case-status'],
    ['title only', 'Welcome.', 'uscis', 'USCIS green card renewal'],
    // Russian, Chinese and German pages (tune batch real-2026-12h and earlier ones had none)
    ['Russian DV lottery', 'Как заполнить заявку на лотерею Грин Кард. Лотерея Грин Кард проводится Госдепартаментом. Победители лотереи грин кард получают визу.', 'dv-lottery'],
    ['Chinese visa appointment', '美国签证预约:先填写DS-160,然后签证预约面谈。预约面谈需要护照。', 'visa'],
    ['Chinese DV', '绿卡彩票,即多样性签证 (DV) 彩票。绿卡彩票每年一次。', 'dv-lottery'],
    ['German ESTA compounds', 'Der Esta-Antrag kostet 21 Dollar. Die Esta-Registrierung gilt zwei Jahre. Visa Waiver Programm für Deutsche.', 'esta'],
    ['German Greencard', 'Die Greencard-Lotterie 2026: wer eine Greencard gewinnt, darf einwandern. Greencard-Gewinner müssen zum Interview.', 'dv-lottery'],
    // the U.S. visa and the DV lottery in other languages (tune batch real-2026-12j)
    ['pt visa', 'Agendamento visto americano. O visto americano exige o DS-160. Dicas para o visto americano.', 'visa'],
    ['ja visa', 'アメリカビザの種類。米国ビザの申請には面接が必要です。ビザ申請の流れ。', 'visa'],
    ['zh visa', '美国签证费用。美国签证申请流程。签证申请需要DS-160。', 'visa'],
    ['ko visa', '미국 비자 종류. 미국 비자 신청 방법. 비자 신청 수수료.', 'visa'],
    ['ja student visa', '米国学生(F)ビザの申請。米国大使館で面接を受けます。アメリカ大使館の最新情報を確認しましょう。', 'visa'],
    ['ru visa', 'Анкета на визу в США. Как получить визу в США. Документы на американскую визу.', 'visa'],
    ['ru DV', 'Лотерея грин-кард 2026: кто может участвовать в лотерее грин-кард. Итоги лотереи грин-кард.', 'dv-lottery'],
    // Turkish and Ukrainian visa agencies' wording (tune batch real-2026-12w: hbvize, happyturizm, visahelp)
    ['tr visa', "Amerika Vizesi Hakkında. Amerikan Büyükelçiliği vizesi başvuruları. ABD Konsolosluğu randevu.", 'visa'],
    ['uk visa', 'Опитувальник для візової анкети. Перед подачею у Консульство США. Віза до США для дітей. Візу в США.', 'visa'],
    // a Polish visa agency and a Spanish paperwork office (tune batches real-2026-12w centrumwiz, real-2026-12z serviciosytramitesparamigrantes)
    ['pl visa', 'Wiza USA. Oferujemy pomoc przy ubieganiu się o wizę USA. Amerykańska wiza nieimigracyjna.', 'visa'],
    ['es forms', 'Le ayudamos a completar los formularios de inmigración. Somos preparadores de formularios de inmigración. Formularios de inmigración en español.', 'forms'],
    ['ar DV', 'اللوتري الأمريكي 2026: خطوات التسجيل في قرعة الهجرة إلى أمريكا. برنامج الهجرة العشوائية.', 'dv-lottery'],
  ])('fires (context): %s', (_why, text, service, title = '') => {
    const hit = aboutUscisServices(page(text, { title }));
    expect(hit?.strength).toBe('context');
    expect(hit?.service).toBe(service);
    expectQuotesPage(hit, `${title ?? ''} ${text}`);
  });

  it.each([
    ['cooking', 'Bake the bread at 220 degrees for forty minutes.'],
    ['Spanish "esta" is not ESTA', 'Esta receta es fácil; esta salsa y esta masa son caseras.'],
    ['German "ein"', 'Das ist ein Haus, ein Auto und ein Garten.'],
    ['one passing mention', 'Our bakery owner got her green card last year.'],
    ['Spanish "Esta" before a hyphenated word', 'Esta - la receta de mi abuela. Esta salsa es fácil. Esta masa también.'],
    ['Russian lottery that is not the DV', 'Лотерея Спортлото: купите билет лотереи и выиграйте.'],
    ['Portuguese "visto" (seen)', 'Tenho visto muitos filmes; já foi visto por todos e será visto de novo.'],
    ['Turkish Schengen visa (no U.S.)', 'Schengen vizesi başvurusu. Almanya vizesi için randevu. Vize ücreti ve evraklar.'],
    ['Turkish "Amerika" in sports', "Amerika Kupası finali. Amerika'da tatil. Amerika turu ve maç sonuçları."],
    ['Ukrainian visa to Poland', 'Віза до Польщі. Консульство Польщі у Львові. Візу до Польщі отримати просто.'],
    ['Polish visa to China', 'Wiza do Chin. Wizę do Chin załatwimy szybko. Wizy do Indii i Chin.'],
    ['Spanish school forms', 'Formularios de inscripción escolar. Formularios de admisión y formularios de becas.'],
    ['Russian "visit"', 'Визит к врачу. Визит президента. Визит делегации.'],
  ])('does not fire: %s', (_why, text) => {
    expect(aboutUscisServices(page(text))).toBeUndefined();
  });
});
