import { describe, expect, it } from 'vitest';
import middlemanService from '@/lib/signals/middleman-service';
import { page } from './helpers';

// dv27 (session 27): DV-entry and ESTA sellers' own FAQ and help pages that name no price and show no apply button, but offer
// the business as the way to do the step: the reader may do it alone or hand it to "us" (cues.ts ENTRUSTED_TO_US, read as
// the page's first person by self.ts SELF), or "on this website" the step is applied for (APPLY_HERE). Every 'fires' row was
// quiet before.
describe('dv27: the page offering itself as the way to do the ESTA or the DV entry', () => {
  it.each([
    ['pl: alone or commission it to us (a DV agency FAQ)', 'dv-lottery', 'FAQ Loteria Wizowa. Jedynym sposobem wzięcia udziału w loterii wizowej jest zarejestrowanie zgłoszenia na stronie rządowej. Można to zrobić samodzielnie lub zlecić to zadanie np. nam.'],
    ['it: on this website the ESTA is requested (an ESTA seller FAQ)', 'esta', "Domande frequenti ESTA USA. Su questo sito web l'ESTA si può richiedere online e in modo semplice e veloce."],
    ['en: do it yourself or leave it to us', 'esta', 'Do I need an ESTA for a layover in the USA? Yes. You can fill in the ESTA yourself, or leave it to us.'],
    ['de: beauftragen Sie uns', 'esta', 'Wie lange dauert ein ESTA-Antrag? Sie können den ESTA-Antrag selbst stellen oder uns damit beauftragen.'],
    ['en: on this website you can apply', 'esta', 'What is the ESTA? On this website you can apply for the ESTA online.'],
  ])('fires: %s', (_why, service, text) => {
    expect(middlemanService(page(text, { url: 'https://www.example-travel-forms.com/faq' }))?.service).toBe(service);
  });

  // The same words where the page is not the business: an embassy's own page quoted in news, a guide pointing to where to
  // read, a guide naming an agency (not "us"). Each would fire with the phrase read looser.
  it.each([
    ['an embassy pointing to its own page, quoted in news', 'US Embassy suspends visa applications. If you have an urgent matter and need to travel immediately, please follow the guidance provided on our website to request an emergency appointment.'],
    ['a guide: on this site you can find how to apply', 'What is the ESTA? On this site you can find out how to apply for the ESTA on the CBP website.'],
    ['it: a guide telling where to read', "Su questo sito trovi informazioni su come richiedere l'ESTA."],
    ['de: a guide telling what one learns', 'Auf dieser Website erfahren Sie, wie Sie das ESTA beantragen.'],
    ['pl: alone or an agency, not us', 'Loteria Wizowa: udział jest bezpłatny. Można to zrobić samodzielnie lub zlecić to agencji, która pobierze opłatę.'],
    ['en: yourself or an agency, not us', 'You can enter the DV lottery yourself or leave it to an agency, which will charge you.'],
  ])('quiet: %s', (_why, text) => {
    expect(middlemanService(page(text, { url: 'https://www.example-news-guide.com/article' }))).toBeUndefined();
  });
});

// review27: on "this website" a site sells other wares too: a travel site's ESTA article offering its printed guide, a news
// site's alerts (cues.ts APPLY_HERE_WHAT). Each fired (caution on the page) before; the seller's own ESTA still fires.
describe("dv27: what is ordered on 'this website' must be the step", () => {
  it.each([
    ['a travel site selling a printed guide', 'https://www.travelblog.example.com/esta-2025', 'The ESTA costs $40. On our site you can order a printed travel guide to New York.'],
    ['a news site offering alerts', 'https://www.news.example.com/esta-2025', 'ESTA fee rises to $40. On this website you can apply for news alerts. The ESTA is done on the official CBP site.'],
  ])('quiet: %s', (_why, url, text) => {
    expect(middlemanService(page(text, { url }))).toBeUndefined();
  });
  it.each([
    ['the ESTA itself', 'What is the ESTA? On our site you can order your ESTA online for $79.'],
    ['nothing more', 'ESTA application help for $79. Through our platform you can apply online.'],
  ])('a seller still fires: %s', (_why, text) => {
    expect(middlemanService(page(text, { url: 'https://www.example-esta-help.com/' }))?.service).toBe('esta');
  });
  it('50,000 repeats of the shape are read in linear time', () => {
    const started = performance.now();
    middlemanService(page('On our site you can apply'.concat(' for the'.repeat(50_000), '.'), { url: 'https://www.example-esta-help.com/' }));
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

// review27: the same in French and Spanish (cues.ts STEP_NEAR): the step must be named near "this site". Each fired before.
describe("dv27: what is asked for on 'ce site' / 'este sitio' must be the step", () => {
  it.each([
    ['fr: a printed travel guide', 'https://www.voyage.example.fr/esta', "L'ESTA coûte 40 dollars. Sur notre site vous pouvez commander un guide de voyage imprimé de New York."],
    ['es: a printed catalogue', 'https://www.viajes.example.es/esta', 'El ESTA cuesta 40 dólares. En nuestro sitio web puede solicitar un catálogo impreso de viajes a Nueva York.'],
    ['es: "esta" is "this"', 'https://www.becas.example.es/esta', 'El ESTA cuesta 40 dólares. En este sitio puede solicitar esta beca para estudiar en Nueva York.'],
  ])('quiet: %s', (_why, url, text) => {
    expect(middlemanService(page(text, { url }))).toBeUndefined();
  });
  it.each([
    ['es: the ESTA asked for on this site', 'Preguntas frecuentes. En este sitio puede solicitar su ESTA en pocos minutos.'],
    ['fr: the ESTA asked for on this site', "Questions fréquentes. Sur ce site vous pouvez faire votre demande d'ESTA en quelques minutes."],
  ])('a seller still fires: %s', (_why, text) => {
    expect(middlemanService(page(text, { url: 'https://www.example-esta-help.com/' }))?.service).toBe('esta');
  });
});
