import { describe, expect, it } from 'vitest';
import middlemanService from '@/lib/signals/middleman-service';
import { decide } from '@/lib/verdict/decide';
import { reasonKey } from '@/lib/verdict/reasons';
import { makeT } from '@/lib/i18n';
import { page } from './helpers';

// advert26 (session 26, tune batch real-2026-12bg): advertorials — a sponsored article, a paid press release, a directory
// listing, an SEO post — that sell nothing themselves but send the reader to a private service to apply for a government
// step, and the guides, blogs and warnings around them (lib/signals/middleman/advert.ts, where the line is). Every 'fires'
// row and the rows marked "(fired before)" fail on the engine before this family.
describe('middleman-service: advertorials sending the reader to a paid service', () => {
  it.each([
    ['an "Anzeige" arguing for an agency though the government is cheaper', 'https://www.magazin.example.de/welt/esta-antrag', 'esta', 'Anzeige. Der ESTA Antrag – sollte man eine Agentur dafür beauftragen? Auch, wenn man den ESTA Antrag alleine stellen kann, macht es auf jeden Fall Sinn eine Agentur mit dieser Aufgabe zu beauftragen. Jeder kann natürlich für 14$ ein ESTA-Visum direkt bei der US-Regierung beantragen.'],
    ['an SEO post telling the reader to approach the agencies', 'http://businessblog.example.com/the-art-of-mastering', 'esta', 'Things You Should Know About ESTA Application Process. The good part is that there are travel agencies that offer ESTA application services and consulting where you can approach them for help.'],
    ['a sponsored page naming a private site as the place to apply', 'https://environment.example.com/esta-demande', 'esta', "Avant de se rendre aux États-Unis, il faut demander une autorisation de voyage ESTA. Sur la plateforme numérique : http://www.usa-voyageur.com, vous pourrez soumettre votre demande d'autorisation ESTA."],
    ['a local news page sending to sites that fill in the form', 'http://citynews.example.it/esta-urgente', 'esta', "Fare una domanda urgente dell'ESTA è facile. Dove effettuare la domanda? Per aumentare le possibilità di ottenere l'approvazione, esistono molti siti che ti aiutano a compilare il modulo ESTA."],
    ['a blog recommending an agency for the DV entry', 'https://lifestyle.example.com/green-card-lottery-tips', 'dv-lottery', 'Green Card Lottery tips. Registration for the DV lottery opens in October. It is always better to submit your entry through a professional green card agency so that your photo and form are checked.'],
  ])('fires: %s', (_why, url, service, text) => {
    expect(middlemanService(page(text, { url }))?.service).toBe(service);
  });

  it.each([
    ['a guide sending to the official site', 'http://hotel.example.com/esta-what-you-need-to-know', 'How to apply for ESTA. ESTA application is easy and you do not need a lawyer. Steer clear of third party websites as they will try to charge you money. Always use the official ESTA website only. The cost of ESTA is $14.'],
    ['a law firm: paid DV sites are no easier and the official site is free', 'https://www.lawfirm.example.com/dv-lottery', 'The DV Green Card Lottery. It costs nothing to register for the Diversity Lottery. Some web sites offer to complete the application for you and will charge you a fee. Those sites are no easier to use than the Department of State web site – and the official site is free!'],
    ['a guide saying a third party is not needed', 'https://www.visainfo.example.com/usa/esta', 'To use the Visa Waiver Program travelers must apply online using the ESTA. An ESTA application costs $21. It is not necessary to pay a third party to submit an ESTA application for you.'],
    ['a blog: the proxies cost 6,480 yen, do it yourself for $14 (fired before)', 'https://company.example.co.jp/blog/esta', 'ESTA申請は死んでも自分でやるべし。なおESTAの申請は、代行業者に依頼することもできますが、以下のサイトから、自分で簡単にできますので、是非トライしてみて下さい。自分でやれば14ドル(約1,500円)で済みますが、代行業者の相場は、概ね6,480円から8,640円です。'],
    ['a blog: proxy sites charge 4,000 to 10,000 yen, use the .gov site (fired before)', 'https://travel-diary.example.jp/esta', '絶対に公式サイトから申請すること!! ESTAの申請アドレスはhttps://esta.cbp.dhs.govです。この「.gov」がついていないサイトはアメリカ政府関係のサイトではなく、申請代行業者ということです。公式サイトであれば、14ドルしかかかりません。申請代行サイトだと、4000円から1万円くらい代行手数料がかかるみたいです。'],
    ['a warning listing seller sites', 'https://voyage.example.fr/esta-arnaques', "ESTA : attention aux arnaques. Ces sites facturent jusqu'à 80 euros : esta-formulaire.fr, france-esta.fr. Vous pourrez soumettre votre demande ESTA sur esta-online.example.com si vous voulez payer plus."],
    ['a guide: an expediter can help, but no refund', 'http://www.passportguide.example.com/getting-a-passport', 'Expedited passport service. While a private passport expediter can help you to get the passport quickly you should be aware that you will not be able to get a refund for the additional money.'],
    ['a photo service recommended', 'https://visa-faq.example.com/photo', 'U.S. visa application photos. We recommend you use a professional visa photo service to ensure your photo meets the DS-160 requirements.'],
    ['an agency said not to be worth it', 'http://blog.example.it/visto-fai-da-te', 'Istruzioni per fare il visto americano da soli: se si ha fretta non conviene ricorrere ad agenzie specializzate per il visto, perché richiedono tempi maggiori, e costerebbe il doppio. Compilate il DS-160 da soli.'],
    // passport: only steps done alone in minutes are read (advert.ts): guides call an expediter the fastest way too
    ['a post calling a private expediter the fastest way', 'http://clubnews.example.com/expedited-passport', 'Sometimes one needs expedited passport renewal services. There are three ways one can go about getting accelerated renewal. The third and fastest one is using the services of a private expediting services provider.'],
    ['the State Department\'s own passport agency as the best option', 'https://news.example.com/urgent-passport', 'Need an urgent passport renewal? The best option is to make a free appointment at a passport agency and apply in person.'],
  ])('does not fire: %s', (_why, url, text) => {
    expect(middlemanService(page(text, { url }))).toBeUndefined();
  });
});

// tidy27: an advertorial is not the business, so its reason is its own ('steers-to-seller': "Sends you to a paid service"),
// not middleman-service's "This business offers to do a government step for you"; its evidence is the site it names, else
// its steering sentence. A seller whose own page also recommends a service keeps the seller's reason.
describe('an advertorial\'s own reason', () => {
  const voyageur = ['https://environment.example.com/esta-demande', "Avant de se rendre aux États-Unis, il faut demander une autorisation de voyage ESTA. Sur la plateforme numérique : http://www.usa-voyageur.com, vous pourrez soumettre votre demande d'autorisation ESTA."] as const;
  const anzeige = ['https://www.magazin.example.de/welt/esta-antrag', 'Anzeige. Der ESTA Antrag – sollte man eine Agentur dafür beauftragen? Auch, wenn man den ESTA Antrag alleine stellen kann, macht es auf jeden Fall Sinn eine Agentur mit dieser Aufgabe zu beauftragen. Jeder kann natürlich für 14$ ein ESTA-Visum direkt bei der US-Regierung beantragen.'] as const;

  it.each([
    ['a site named by its address: the site', voyageur, 'http://www.usa-voyageur.com'],
    ['a helper named by a word: the sentence', anzeige, 'Auch, wenn man den ESTA Antrag alleine stellen kann, macht es auf jeden Fall Sinn eine Agentur mit dieser Aufgabe zu beauftragen'],
  ])('%s is its evidence', (_why, [url, text], evidence) => {
    const hit = middlemanService(page(text, { url }));
    expect(hit?.reason).toBe('steers-to-seller');
    expect(hit?.evidence).toBe(evidence);
  });

  // the endings a named site may have are the ones a page naming itself may have (cues.ts SITE_ENDING): .dk was missing here
  it('a site named by a .dk address is its evidence', () => {
    const hit = middlemanService(page('Travellers from Denmark need an ESTA. On the platform www.esta-rejse.dk you can submit your ESTA application in a few minutes.', { url: 'https://rejseliv.example.com/usa' }));
    expect(hit?.reason).toBe('steers-to-seller');
    expect(hit?.evidence).toBe('www.esta-rejse.dk');
  });

  it('the verdict gives the reason its own id and words (the scanner prints that id: tests/unit/verdict/cli.test.ts)', () => {
    const [url, text] = voyageur;
    const v = decide(url, { url, title: '', text, truncated: false, forms: [], lang: 'fr' });
    expect(v.level).toBe('caution');
    expect(v.service).toBe('esta');
    expect(v.reasons).toEqual([{ id: 'steers-to-seller', evidence: 'http://www.usa-voyageur.com', quote: 'http://www.usa-voyageur.com' }]);
    const t = makeT('en');
    expect(t(reasonKey('steers-to-seller', 'title'))).toBe('Sends you to a paid service');
    expect(t(reasonKey('steers-to-seller', 'explain'))).toMatch(/^This page tells you to use a private business/);
  });

  it('a seller whose page also recommends a service keeps the seller\'s reason', () => {
    const url = 'https://esta-help.example.com/apply';
    const text = 'Apply for your ESTA with us. It is always better to use a professional service to submit your ESTA application. Our service fee is $89, and we refund it if your ESTA is denied.';
    const hit = middlemanService(page(text, { url }));
    expect(hit).toBeDefined();
    expect(hit?.reason).toBeUndefined();
  });
});
