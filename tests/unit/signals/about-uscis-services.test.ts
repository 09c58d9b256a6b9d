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
    // the U.S. visa and the DV lottery in other languages (tune batch real-2026-12j)
    ['pt visa', 'Agendamento visto americano. O visto americano exige o DS-160. Dicas para o visto americano.', 'visa'],
    ['ja visa', 'アメリカビザの種類。米国ビザの申請には面接が必要です。ビザ申請の流れ。', 'visa'],
    ['zh visa', '美国签证费用。美国签证申请流程。签证申请需要DS-160。', 'visa'],
    ['ko visa', '미국 비자 종류. 미국 비자 신청 방법. 비자 신청 수수료.', 'visa'],
    ['ru visa', 'Анкета на визу в США. Как получить визу в США. Документы на американскую визу.', 'visa'],
    ['ru DV', 'Лотерея грин-кард 2026: кто может участвовать в лотерее грин-кард. Итоги лотереи грин-кард.', 'dv-lottery'],
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
    ['Portuguese "visto" (seen)', 'Tenho visto muitos filmes; já foi visto por todos e será visto de novo.'],
    ['Russian "visit"', 'Визит к врачу. Визит президента. Визит делегации.'],
  ])('does not fire: %s', (_why, text) => {
    expect(aboutUscisServices(page(text))).toBeUndefined();
  });
});
