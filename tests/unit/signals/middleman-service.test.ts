import { describe, expect, it } from 'vitest';
import middlemanService from '@/lib/signals/middleman-service';
import { loadCorpus } from '@/scripts/eval';
import { textToSnapshot } from '@/scripts/html-snapshot';
import { preparePage } from '@/lib/text/prepare';
import { parseHost } from '@/lib/domain';
import { expectQuotesPage, field, page } from './helpers';

describe('middleman-service', () => {
  it.each([
    // estaportal.us: the price is in a table far from the word ESTA
    [
      'ESTA, rush processing and a price table',
      'ESTA Processing Times. Standard Processing 2 Business Days. No additional fee. Rush Processing 24 Hours. Priority queue processing. $56 per applicant.',
      'esta',
      'ESTA … Rush Processing 24 Hours … $56 per applicant',
    ],
    // no price in view at all: FAQ and refund policy
    [
      'ESTA FAQ with a service fee and a refund policy',
      'How long does my ESTA take? Most applications are approved within 72 hours. What does the service fee cover? Our experts check every answer. Refund policy: if your ESTA is denied, we refund our fee.',
      'esta',
      'ESTA … What does the service fee cover … Refund policy: if your ESTA is denied, we refund our fee',
    ],
    // German ESTA seller: "ab ca. 50 €", Bearbeitungsgebühr, Express-Bearbeitung
    [
      'German ESTA seller',
      'ESTA USA Antrag online. Wir prüfen Ihre Angaben auf Fehler. Die Bearbeitungsgebühr beträgt ab ca. 50 €. Express-Bearbeitung innerhalb von 24 Stunden.',
      'esta',
      'ESTA … Die Bearbeitungsgebühr beträgt ab ca. 50 € … Express-Bearbeitung innerhalb von 24 Stunden',
    ],
    [
      'French DV seller',
      "Loterie de la carte verte DV-2027 : nous nous chargeons de votre inscription. Frais de dossier : 39 €. Paiement sécurisé.",
      'dv-lottery',
      'Loterie de la carte verte … Frais de dossier : 39 € … Loterie de la carte verte DV-2027 : nous nous chargeons de votre inscription',
    ],
    // online Green Card preparation with a signup fee and "not a law firm"
    [
      'form preparation, signup fee, not a law firm',
      'Online Green Card preparation made simple. Signup Fee = $19.00. We are not a law firm and do not provide legal advice.',
      'forms',
      'Online Green Card preparation … Signup Fee = $19.00 … We are not a law firm and do not provide legal advice',
    ],
    // a seller that also prints a scam warning: the warning does not hide the offer
    [
      'seller with a copied warning',
      'Never pay anyone who promises a green card. Green Card Lottery registration: we submit your entry for you. Service fee: $35. Refund policy: full refund if we miss the deadline.',
      'dv-lottery',
      'Green Card Lottery … Service fee: $35 … Refund policy: full refund if we miss the deadline',
    ],
  ])('fires: %s', (_why, text, service, evidence) => {
    const hit = middlemanService(page(text));
    expect(hit?.strength).toBe('strong');
    expect(hit?.service).toBe(service);
    expect(hit?.evidence).toBe(evidence);
  });

  // "AIT官方網站": a Chinese word right after Latin letters is a word (normalize.ts wordsPattern); the
  // guide's price sentence points to the official site, so it is not the page's own price
  it('reads 官方 right after "AIT" as the official site in a Taiwanese ESTA guide', () => {
    const text = '很多人問ESTA要不要找代辦。透過AIT官方網站申請,費用約新台幣1300元。';
    expect(middlemanService(page(text, { title: 'ESTA申請教學' }))).toBeUndefined();
    // the same price told as an agency's own service fee is still the page's
    expect(middlemanService(page('本公司代辦ESTA。服務費新台幣1300元。', { title: 'ESTA代辦' }))?.service).toBe('esta');
  });

  // Chinese and Japanese sentences end at 。(lib/text/context.ts): the offer is read in its own sentence,
  // warnings and who speaks in the sentences around it (contextAround)
  it('quotes a Japanese seller\'s own fee sentence, not the official fee beside it', () => {
    const hit = middlemanService(page('ESTA申請代行。ESTAの公式申請料は21ドルです。当社の代行手数料は5,500円(税込)です。'));
    expect(hit?.evidence).toContain('当社の代行手数料は5,500円(税込)です');
    expect(hit?.evidence).not.toContain('公式');
  });
  it.each([
    // a consumer centre's report: the complaint in the sentence before covers the agency fee it explains
    ['「ESTAの申請代行を申し込んだが、手数料が高額だった。」との苦情が寄せられました。旅行会社や代行業者にESTAの申請を依頼すると、申請手数料の他に代行手数料が必要となります。'],
  ])('a Japanese report whose warning sits in the next sentence stays quiet: %s', (text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });
  it('a Japanese seller\'s warning far down its page does not cover its offer', () => {
    const text = `当社はESTA申請を代行いたします。代行手数料は5,500円です。${'ご出発の前に必ずご確認ください。'.repeat(20)}悪質な偽サイトにご注意ください。`;
    expect(middlemanService(page(text))?.service).toBe('esta');
  });
  it('does not quote a Japanese seller saying what it does not do for the reader as its offer', () => {
    const hit = middlemanService(page('当社はビザ取得そのものを代行することはできません。本サービスはESTA申請書の作成を代行するサービスです。代行手数料は5,500円です。'));
    expect(hit?.service).toBe('esta');
    expect(hit?.evidence).toContain('本サービスはESTA申請書の作成を代行するサービスです');
    expect(hit?.evidence).not.toContain('できません');
    // a blog telling readers they need no agency stays quiet
    expect(middlemanService(page('グリーンカード抽選は代行業者に頼む必要はありません。DVプログラムには自分で無料で応募できます。'))).toBeUndefined();
  });
  it('reads card and passport fields of an order form as cues', () => {
    const forms = [{ actionHost: '', fields: [field({ name: 'passport_number', label: 'Passport number' }), field({ name: 'cc_number', autocomplete: 'cc-number' })] }];
    const hit = middlemanService(page('Apply for your ESTA online in minutes.', { forms }));
    expect(hit?.evidence).toBe('ESTA … form asks for: card number … form asks for: passport number');
  });

  it.each([
    // legal representation (the other side of the line): lawyers and accredited representatives
    ['law firm filing forms', 'Law Office of Ana Ruiz, attorneys at law. We prepare and file your I-130 petition; our fee is $1,500 plus the USCIS filing fee. Refund policy on request.'],
    ['accredited representative', 'Our DOJ-accredited representatives prepare your application for naturalization. Fee: $150 for the application preparation, waivers available.'],
    // guides that describe the official steps
    ['guide to the official ESTA steps', 'How to apply for ESTA. Step 1: go to the official website esta.cbp.dhs.gov. Step 2: fill in the form. Step 3: pay the $40 fee by card. Apply now on the official site.'],
    // news quoting a seller's fees
    ['news about ESTA sellers', 'Third-party sites charge a service fee of $89 for an ESTA and promise express processing. The official ESTA costs $40.'],
    ['German news about ESTA sellers', 'Vorsicht vor Betrügern: Manche Seiten verlangen eine Bearbeitungsgebühr von 89 € für den ESTA-Antrag. Express-Bearbeitung gibt es nicht.'],
    // only one cue
    ['one cue only', 'ESTA applications are usually approved within 72 hours. Apply now.'],
    ['Spanish "esta" (this)', 'Esta solicitud tiene una tarifa de servicio de $95 y garantía de devolución.'],
    ['software access code', 'Enter the access code printed on your software box. Service fee: $5. Refund policy applies.'],
    // the government's own fee or payment, reported (issue 12, tune batch real-2026-12c)
    ['State Department announcing the DV fee', 'Green Card Lottery news. The U.S. Department of State has announced a first-ever registration fee for entrants. Begin your application in October.'],
    ['CBP taking the I-94 payment', 'I-94 for land travelers: CBP makes online I-94 application payment available to US travelers. Travelers pay the $6 fee online.'],
    ['the official DV fee restated', 'DV-2027: the new $1 registration fee is paid when you enter. Start your application early.'],
    ['Korean warning about agency fees', 'ESTA 발급시 과도한 대행 수수료를 챙기는 대행업체 사이트 캡처. 정식사이트가 아닌 곳에서 발급 대행을 맡길경우 14달러가 아닌 금액이 발생하게 된다.'],
    // reports on sellers in French and Japanese (a travel-trade article, tune batch real-2026-12d; a travel blog, real-2026-12f)
    ['French article on ESTA sellers', "Quant à la page de paiement, elle n'indique pas les frais de gestion de dossier. Pour une famille de 4 personnes, le coût de l'ESTA peut aller jusqu'à 300 euros… Les apparences peuvent être trompeuses."],
    ['Japanese blog on ESTA agencies', 'ESTAの申請料はUSD$21。そう、申請代行サイトから予約してしまった場合、申請料$21+「申請代行サービス料」8,690円が取られてしまうことがあるのです。'],
    // a guide to the State Department's own expedited passport service, speaking of no business of its own
    ['guide naming registered agencies', 'Expedited passport service. Registered agencies can hand-carry an application for a fee on top of the standard processing fees. The rush service costs more.'],
    ['guide to expedited passports', 'Expedited passport service. As you can imagine, there are some significant fees for any service over and above the standard processing fees. This rush service that is being paid for covers the time until the passport arrives. For regular service, the applicant will have to pay $120 to get both a passport and passport card.'],
  ])('does not fire: %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  // A real seller (americangreencard.com) that prints "WARNING: Never pay anyone to submit your
  // official Green Card Lottery entry for you." on the page where it sells that service: the
  // copied warning is one sentence; the offer is in others and is not hidden by it.
  it('a real seller page carrying both an offer and a copied warning fires', () => {
    const entry = loadCorpus().find((e) => e.id === 'americangreencard-howenter');
    expect(entry?.text).toContain('Never pay anyone to submit your official Green Card Lottery entry');
    const prepared = preparePage(textToSnapshot(entry?.text ?? '', entry?.url ?? ''), parseHost(entry?.url ?? ''));
    expect(middlemanService(prepared)).toEqual({
      evidence: 'Green Card Lottery … HOW TO USE OUR DIGITAL PHOTO REVIEW AND DIGITAL SIZE CORRECTION SERVICES SERVICE FEE INST… … Our Services and Fees',
      strength: 'strong',
      service: 'dv-lottery',
    });
  });

  // A site named after the service it talks about is in that business, even on a page with no
  // cue of its own (FAQ, blog, refund policy of an ESTA, DV or form-filling site).
  it.each([
    ['ESTA FAQ on usa-esta.net', 'https://usa-esta.net/de/faq', 'Was ist das ESTA? Das ESTA ist eine elektronische Reisegenehmigung für die USA.', 'esta'],
    ['ESTA guide on estausa.com', 'https://www.estausa.com/nl/esta', 'ESTA-aanvraag online. Welke informatie is nodig om de ESTA in te vullen?', 'esta'],
    ['DV blog on a green-card-lottery site', 'https://www.applyusagreencardlottery.com/blog', 'What is the Green Card Lottery? 55,000 visas are given each year.', 'dv-lottery'],
    ['form page on a forms site', 'https://usa-forms.com/immigration-forms/i-90', 'Form I-90 is used to renew or replace a Green Card.', 'forms'],
    ['form kit on a legal-forms site', 'https://uslegalforms.com/forms-kit/i-90', 'Form I-90 is used to renew or replace a Green Card.', 'forms'],
    ['a site named after a form number', 'https://www.n400form.com/apply', 'Form N-400 is the application for naturalization.', 'forms'],
    ['an ESTA support site', 'https://www.estasupport.info/tw/contact.html', 'Contact us about your ESTA: we reply the same day.', 'esta'],
    // a form seller named after U.S. immigration (uscis-sellers.json): its name alone still stands for the service
    ['a form site named after U.S. immigration', 'https://www.usimmigration.org/forms/i-130', 'Form I-130, Petition for Alien Relative, starts a family petition.', 'forms'],
    // the same name, the form in a sentence of its own after a condition elsewhere: still the business
    ['a form site named after U.S. citizenship', 'https://www.uscitizenship.example/n-400', 'If you are a green card holder, you may apply. Form N-400 is the application for naturalization.', 'forms'],
    // audit22: a form seller on a citizenship-named site whose page names the civics test once (what comes after its product)
    ['a form site naming the civics test once', 'https://www.uscitizenship.example/how-it-works', 'Form N-400 is the application for naturalization. After USCIS receives it, you will be scheduled for the interview and the civics test.', 'forms'],
  ])('fires on a site named after the service: %s', (_why, url, text, service) => {
    const hit = middlemanService(page(text, { url }));
    expect(hit?.service).toBe(service);
    expect(hit?.evidence).toContain('site name: ');
  });

  it.each([
    // a newspaper whose name starts with "esta" (estadão), the same words
    ['Brazilian newspaper', 'https://www.estadao.com.br/viagem/esta', 'O ESTA é uma autorização eletrônica para viajar aos EUA. Custa 40 dólares no site oficial.'],
    // Italian "festa", Spanish "estamos": esta inside another word
    ['Italian site named festa', 'https://www.festaitaliana.it/usa', "L'ESTA è un'autorizzazione di viaggio per gli Stati Uniti."],
    // a lawyer's site named after green cards, writing about the lottery
    ['law firm named greencard', 'https://www.greencardlawyers.com/dv', 'Our attorneys explain the Green Card Lottery: entry is free on dvprogram.state.gov.'],
    // a law practice whose name starts like a form seller's but names a lawyer (counsel, lawyers, attorneys), on a page
    // whose own words name none (tune batch real-2026-12am: usimmigrationcounsel.com's Spanish consular-processing page)
    ['counsel named after U.S. immigration, page in Spanish', 'https://usimmigrationcounsel.com/?p=1473', 'Proceso Consular. En la mayoría de los casos, un familiar o empleador debe presentar una petición en tu nombre ante USCIS. Esto generalmente se realiza con los formularios I-130, I-140, I-526 o I-360, según tu categoría de visa. Trabajar con un profesional de inmigración calificado puede aumentar significativamente tus posibilidades de éxito.'],
    ['lawyers named after U.S. citizenship', 'https://www.uscitizenshiplawyers.example/n-400', 'Form N-400 is the application for naturalization. The interview and the civics test come after it.'],
    // money21: a civics-test quiz on a site named after U.S. citizenship, no offer, no price: the form named only in a
    // condition on the reader's case is no service on sale
    ['civics quiz named after U.S. citizenship', 'https://www.uscitizenshipquiz.example/civics-test', 'Practice the 100 civics questions. The official civics test is oral: the officer asks up to 10 questions. If you filed your Form N-400 when you were 65 or older, you may choose to study only 20 questions.'],
    // audit22 (tune batch real-2026-12aq): a civics-test study page is a guide to a test taken at the USCIS interview; the
    // form or the application named in a sentence about the test ('two opportunities to pass … per naturalization
    // application', 'take Form N-400 to your interview') sells nothing, on a site named after U.S. citizenship or immigration
    ['civics practice test on a citizenship-named site', 'https://www.uscitizenshiptestprep.example/practice-test-3', 'Unless exempt, applicants must successfully pass a civics test to become a United States citizen. Applicants will be asked 10 questions during their naturalization interview and must correctly answer six (6) questions to receive a passing score. Test questions come from a list of 100 possible questions about United States civics and history. Applicants will have two opportunities to pass the English and civics tests per naturalization application. Name one thing the U.S. Constitution does. How long is a term for a U.S. Senator?'],
    ['citizenship-test flashcards on an immigration-named site', 'https://usimmigrationquiz.example/flashcards', 'Study all 128 civics questions with flashcards. Every applicant for U.S. naturalization (Form N-400) takes this test as part of their USCIS interview. Test yourself: what is the supreme law of the land?'],
    // the same, the study site's menu naming the test ten times before its first full stop (review22: more than the
    // first eight matches read, or the menu is the only sentence seen)
    ['civics study site with a long menu line', 'https://www.uscitizenshiptestprep.example/', 'Civics Test Civics Questions Civics Flashcards Practice Test Mock Interview Civics Quiz Naturalization Test Citizenship Test Civics Exam Form N-400 Help. Study the civics questions for your USCIS interview.'],
    // the same, a Chinese sentence naming the test before an English one (both counted: review22)
    ['Chinese and English civics guide on a citizenship-named site', 'https://www.uscitizenshiphelp.example/zh/n-400', '入籍考试有两部分. Form N-400 is the application for naturalization. Study the civics questions with your family.'],
    ['Spanish civics guide on a citizenship-named site', 'https://www.uscitizenshiphelp.example/es/examen', 'El examen de ciudadanía tiene dos partes. Estudie las preguntas de educación cívica: el oficial le hará 10 preguntas. Lleve su solicitud de naturalización y los formularios de USCIS a la entrevista.'],
    // audit22: a news site, a podcast or a stories blog named after U.S. immigration or citizenship reports on the forms
    ['news site named after U.S. immigration', 'https://www.usimmigrationnews.example/2025/uscis-fee-rule', 'USCIS announced a new fee rule on Monday. The filing fee for Form I-130 rises to $675 for paper filings, and Form N-400 now costs $760. Advocates said the increase will keep many families from applying.'],
    ['podcast named after U.S. immigration', 'https://www.usimmigrationpodcast.example/episode-12', 'In this episode we talk with a DACA recipient about renewing her work permit. She filed Form I-765 herself online and explains how she gathered her documents.'],
    ['stories blog named after U.S. immigration', 'https://usa-immigration-stories.example/maria', 'Maria came from Honduras in 2015. Last year she filed her naturalization application with help from a church volunteer and passed her interview in March.'],
    // a site named after ESTA whose page is about something else
    ['ESTA-named site, page about forms', 'https://usa-esta.net/contact', 'Contact us about Form I-90.'],
    // lottery news and national lotteries write about the DV lottery (names from the Umbrella top 100k)
    ['lottery news site', 'https://www.lotterypost.com/news/dv', 'The Diversity Visa lottery DV-2027 results are out. Entry is free; check your status on dvprogram.state.gov.'],
    ['national lottery', 'https://www.national-lottery.co.uk/news/green-card', 'The Green Card Lottery is not one of our games. Entry is free at dvprogram.state.gov.'],
    // "form" inside another word, and form builders (Umbrella top 100k)
    ['learning platform', 'https://learnplatform.com/uscis-forms', 'USCIS forms are free at uscis.gov/forms. Form I-90 renews a green card.'],
    ['form builder', 'https://www.jotform.com/templates/i-90', 'USCIS forms are free at uscis.gov/forms. Form I-90 renews a green card.'],
    // "estate" is not "esta" + a word
    ['real-estate support site', 'https://www.estatesupport.com/travel', 'Travelling to the US? Apply for your ESTA on the official site.'],
  ])('does not fire on a site not named after the page\'s service: %s', (_why, url, text) => {
    expect(middlemanService(page(text, { url }))).toBeUndefined();
  });

  // How form-filling software, DV registration services and "assistance providers" speak of
  // themselves (issue 12): the brand's own disclaimer, the product.
  it.each([
    ['PDF editor selling USCIS forms', 'Get the free Form I-90. We are not affiliated with any brand or entity on this form. Edit your form I-90 online: type text, complete fillable fields, add your signature.', 'forms'],
    ['AI form filler', 'Fill out Form I-90 with our #1 AI PDF filling software. We are not a law firm.', 'forms'],
    ['DV registration service naming itself', 'What is the Diversity Visa Lottery Program? To register for the Green Card Lottery through USGCLS, click here. USGCLS is a private entity not affiliated with the US government.', 'dv-lottery'],
    ['DV application service provider', 'The advantage of using an application service provider like ours is that we will submit your Green Card Lottery entry when the date is announced.', 'dv-lottery'],
    // the same words as the reports above, from the business itself
    ['French ESTA seller', "Demande d'ESTA : nous nous chargeons de votre dossier. Frais de dossier : 49 €, paiement sécurisé.", 'esta'],
    ['Japanese ESTA agency', 'ESTA申請代行。当サイトでは米国への申請料$21に加え、申請代行サービス料を頂戴いたします。合計8,690円(税込)。', 'esta'],
    ['passport expediter speaking of itself', 'Expedited passport service. Our expedite fee is $149 plus government fees. We hand-carry your application to the passport agency: rush service in 3 business days.', 'passport'],
  ])('fires: %s', (_why, text, service) => {
    expect(middlemanService(page(text))?.service).toBe(service);
  });

  it('fires on Dutch service and processing costs with a euro price', () => {
    expect(middlemanService(page('ESTA aanvragen. Service- en verwerkingskosten komen hier nog bij en kosten tussen de €40 en €60.'))?.service).toBe('esta');
  });

  it.each([
    // one cue alone stays quiet: a nonprofit's workshop sign-up, a review of PDF tools
    ['nonprofit workshop', 'Free citizenship workshop: Form N-400 help from volunteers. To register for the workshop, click here.'],
    ['review of PDF tools', 'PDF editors offer fillable fields for Form I-90, but the form itself is free on uscis.gov.'],
    ['law firm that is not an assistance provider', 'Our attorneys handle Green Card Lottery cases. We are an independent assistance provider of legal services. Our legal fees are listed below.'],
  ])('does not fire: %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  // State Department steps (DS-160, visa appointments, passports): lawyers' territory too, so a
  // cue a law office does not show is needed, and a site named after passports needs one more cue.
  it.each([
    ['DS-160 service', 'https://example.com/ds160', 'Complete your DS-160 visa application with our experts. We are a private company, not affiliated with the U.S. government. Service fee: $149.'],
  ])('fires on a State Department middleman: %s', (_why, url, text) => {
    expect(middlemanService(page(text, { url }))?.service).toBe('visa');
  });

  // the passport is its own service since passport25 (middleman/passport.ts): its route is the State Department's passport pages
  it('fires on a passport expediter named after passports, with the passport route', () => {
    const text = 'Renew your expired passport in 48 hours. Our fee: $199 plus government fees.';
    expect(middlemanService(page(text, { url: 'https://www.rushpassport.example/renew' }))?.service).toBe('passport');
  });

  it.each([
    ['passport photo shop blog', 'https://www.passportphotos.example/blog', 'How to renew your passport: mail Form DS-82 with your photo.'],
    // a travel clinic named after passports (Umbrella top 100k): a call to action is not a money cue
    ['travel clinic named after passports', 'https://www.passporthealth.com/renew', 'Renew your passport before you travel. Get started: book your travel vaccines today.'],
    ['law firm visa services', 'https://example-law.com/visas', 'Our attorneys prepare your DS-160 visa application. Legal fee: $500. Refund policy on request.'],
    ['guide to the official DS-160', 'https://example.com/guide', 'Complete the DS-160 on the official site, then pay the $185 MRV fee and book your visa appointment.'],
  ])('does not fire on: %s', (_why, url, text) => {
    expect(middlemanService(page(text, { url }))).toBeUndefined();
  });

  // ESTA and the DV entry: one cue in which the page calls itself the business is enough.
  it.each([
    ['Italian ESTA site, own disclaimer', 'Sito non affiliato al governo statunitense. Quanto costa il documento ufficiale ESTA?', 'esta'],
    ['DV agency FAQ', 'We know you have questions about our agency. What is the Green Card Lottery? 55,000 visas are given each year.', 'dv-lottery'],
    ['DV registration by mail or online', "You can register today for this year's Green Card Lottery. You can register by mail or use our special online registration service.", 'dv-lottery'],
    ['ESTA site run by a private company', 'USATravel is operated by a private company not affiliated with the United States government. Submit your ESTA application online.', 'esta'],
    ['Chinese ESTA contact page', '如果您是通過我們的網站提交ESTA申請的，我們可以在短時間內再次發送ESTA文件。', 'esta'],
  ])('fires on one self-describing cue: %s', (_why, text, service) => {
    expect(middlemanService(page(text))?.service).toBe(service);
  });

  it.each([
    ['news about a private company', 'A private company in Florida charged travellers for ESTA applications, the report says.'],
    // the trade's name alone ("대행", proxy service) is what a guide names too
    ['Korean guide naming the proxy trade', 'ESTA 대행 서비스가 많이 있습니다. 신청은 보통 72시간 안에 처리됩니다.'],
    ['free nonprofit help with the DV entry', 'Our services are free: volunteers help you enter the Green Card Lottery on the official site.'],
    ['a free registration service', 'Our free online registration service helps you enter the Green Card Lottery on the official site.'],
    ['form guide by a private company', 'Form I-90 replaces a green card. We are a private company.'],
  ])('one self-describing cue is not enough: %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  // Forms: a form-preparation company's package, price and call to action, without a disclaimer
  it('fires on a form-preparation package with a price and a call to action', () => {
    const text = 'Citizenship Document Replacement Package. Prepare Form N-565 online with our help. Package price: $129. Get started in a few easy steps.';
    expect(middlemanService(page(text))?.service).toBe('forms');
  });

  it.each([
    ['law firm naming itself by its partners', 'At Rivera & Associates we prepare Form I-130 for you. Package price: $1,500. Get started today.'],
    ['law firm asking for a consultation', 'Form I-130 package price: $1,500, our services include the filing. Schedule a consultation to get started.'],
    ['law firm on visas (visas stay strict)', 'Our fee structure is tailored to each client. Our typical fee for a standard E-2 visa application is $6,000. Get started today.'],
  ])('a law office with a price and a call to action stays quiet: %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  // Tune batch real-2026-12d (issue 12): how agencies in other languages name their own price and
  // service, passport expediting as a business, a DV service submitting "on their behalf", the
  // clerical State Department steps (DS-160 filling, appointment booking) sold as such.
  it.each([
    ['French ESTA agency: our price including the consular fee', "Rappel ESTA : valide 2 ans. Notre tarif est de 29€ par personne, incluant les 14 US$ de frais consulaires. Paiement sécurisé.", 'esta'],
    ['Finnish ESTA service speaking of itself', 'Aloita ESTA-luvan hakeminen. Palvelumme tarjoavat tukea ESTA-lupaa hakeville matkustajille. Autamme sinua täyttämään kaikki tiedot.', 'esta'],
    ['Serbian agency filling the ESTA form, agency fee', 'ESTA program. IDEAS vrši uslužno popunjavanje ESTA formulara za Vas. Naknade: Esta aplikacija 14 usd, naknada agencija 1500 rsd.', 'esta'],
    ['DV service submitting the entry on their behalf', 'How do I enter the Green Card Lottery? Applicants may have a representative such as usadvservices.com submit the application on their behalf.', 'dv-lottery'],
    ['passport expediter calling itself registered', 'Registered Agency of the U.S. Dept. of State for Expediting Passports & Visas. Call now to speak to an agent.', 'passport'],
    ['DS-160 filling service with a price', 'DS-160 form filling service: we fill the form and book your interview. Our services: Rs 1999 per applicant.', 'visa'],
  ])('fires (12d families): %s', (_why, text, service) => {
    expect(middlemanService(page(text))?.service).toBe(service);
  });

  it('fires on a site named after passports that calls itself an expediting company', () => {
    const text = 'US citizens qualify for a passport renewal if their passport is in good condition. If you need it fast, renewals can be issued in 7 days with a private expediting company.';
    expect(middlemanService(page(text, { url: 'https://www.rushmypassport.com/blog' }))?.service).toBe('passport');
  });

  it.each([
    // news and consumer warnings quoting an agency's price stay quiet
    ['French news quoting a seller\'s price', "Attention aux sites privés : certains facturent 84 dollars, « incluant les 14 dollars de frais gouvernementaux ». Le site officiel ne demande que 14 $."],
    ['guide saying a representative may submit for you', 'You may submit your own Green Card Lottery entry, or someone may submit the entry on your behalf; only one entry per person is allowed.'],
    ['guide naming passport expediting companies', 'Passport renewals take 6 weeks; private expediting companies can be faster. Always check the State Department site first.'],
    ['law firm filling the DS-160', 'Our attorneys fill out your DS-160 for you and prepare you for the interview. Legal fee: $500.'],
    ['guide to the DS-160 with appointment booking steps', 'Complete the DS-160 on ceac.state.gov, pay the $185 fee and book your visa appointment on the official site.'],
    ['Finnish guide warning about paid services', 'Voit hakea ESTA-lupaa viralliselta sivustolta. Huomioithan, että on olemassa yrityksiä, jotka täyttävät ESTA-hakemuksen puolestasi ja laskuttavat siitä enemmän.'],
  ])('does not fire (12d families): %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  // An ESTA seller's blog: its order button ("ESTA online beantragen!") between the paragraphs,
  // and a money cue elsewhere; an appointment-booking agency that says "we" after its table of contents.
  it.each([
    ['ESTA order button and a refund word', 'ESTA Antrag stornieren. In diesem Artikel erklären wir, wann eine Rückerstattung Ihres ESTA möglich ist. ESTA online beantragen! Es ist nicht möglich, das ESTA zu stornieren.', 'esta'],
    ['French ESTA order button and service fee', "Annuler son ESTA : les points clés. Faire une demande ESTA ! Nos frais de service ne sont pas remboursables.", 'esta'],
    ['Vietnamese appointment booking agency', '1. Có nên đặt lịch hẹn visa Mỹ không? 2. Quy trình dịch vụ đặt lịch hẹn xin visa đi Mỹ. Vì vậy, để tiết kiệm thời gian, chúng tôi khuyên bạn tìm đến dịch vụ đặt lịch hẹn xin visa Mỹ.', 'visa'],
    ['Vietnamese agency filling the DS-160 for you', 'Quy trình làm Visa Hoa Kỳ. Bước 3: Khai DS-160 & đặt lịch phỏng vấn. Chúng tôi thay bạn điền tờ khai DS-160 chính xác và đặt lịch phỏng vấn.', 'visa'],
  ])('fires (seller blogs and booking agencies): %s', (_why, text, service) => {
    expect(middlemanService(page(text))?.service).toBe(service);
  });

  it.each([
    ['guide ending with a call to the official site', 'How to apply for the ESTA: fill in the form on esta.cbp.dhs.gov and pay the $40 fee. Apply for your ESTA now!'],
    ['travel blog with an ESTA call and no business cue', 'Unsere Reise nach New York. Vergesst nicht: ESTA online beantragen! Es dauert nur 20 Minuten.'],
    ['news on appointment booking services', 'Nhiều công ty quảng cáo dịch vụ đặt lịch hẹn visa Mỹ với giá cao; Đại sứ quán khuyên người dân tự đặt lịch hẹn miễn phí.'],
  ])('does not fire (seller blogs and booking agencies): %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  // "Our legal team" alone is what a DV application service says of its reviewers; a law firm names
  // its attorneys, its firm or a consultation too.
  it('fires on a DV application service whose "legal team" reviews the entry', () => {
    const text = 'Here at USDV, we offer our clients an online Green Card Lottery application service. Our legal team will review your application, and USDV will submit your DV Lottery application to the Kentucky Consular Center.';
    expect(middlemanService(page(text))?.service).toBe('dv-lottery');
  });

  it.each([
    ['law firm with a legal team and attorneys', 'Our legal team and our attorneys help Diversity Visa lottery winners with the rest of the case. We offer our clients a flat fee for the DV 2027 interview preparation.'],
    ['law firm offering a consultation', 'Our legal team reviews DV Lottery entries for our clients. Schedule a consultation to discuss your case.'],
  ])('does not fire (law offices with a legal team): %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  // tune batch real-2026-12h (hozir.org): the State Department's DV instructions on a document host
  it('does not fire on the DV instructions: "our video … guide to help you submit an entry" is help to do it oneself', () => {
    const text = 'Submit your Electronic Diversity Visa Entry Form online at dvprogram.state.gov. There is no cost to submit the online entry form. You may also wish to view our video for an introduction to the DV program and step-by-step guide to help you submit an entry.';
    expect(middlemanService(page(text))).toBeUndefined();
  });

  it('still fires on a DV service that helps you submit the entry', () => {
    const text = 'Our DV Lottery service helps you submit your entry without mistakes. We check your photo and file it for you for $29.';
    expect(middlemanService(page(text))?.service).toBe('dv-lottery');
  });

  // An Italian agency's ESTA page: "per coloro che intendano avvalersi del nostro servizio".
  it('fires on an Italian ESTA agency offering "il nostro servizio"', () => {
    const text = "ESTA – Autorizzazione all'ingresso negli U.S.A. American Service Center fornisce questo servizio per ogni autorizzazione richiesta. Per coloro che intendano avvalersi del nostro servizio, la procedura consiste in questi semplici passaggi.";
    expect(middlemanService(page(text))?.service).toBe('esta');
  });

  it.each([
    ['Italian guide giving its own advice', "L'ESTA si richiede sul sito ufficiale della CBP. Il nostro consiglio è di richiederlo almeno 72 ore prima della partenza."],
    ['Italian guide whose service is free', "Il nostro servizio di informazione è gratuito: ti spieghiamo come richiedere l'ESTA sul sito ufficiale."],
  ])('does not fire (Italian ESTA guides): %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  // A seller's own page that names no service (a SENTRI renewal page, a refund page): the site's
  // name stands for the service, with one more money cue of the page's own.
  it('fires on a page of a site named after forms, with a money cue, that names no service (a refund page)', () => {
    const text = 'Refunds. CBP and USCIS never refund their fees. Our online application service fee is refundable within 30 days.';
    const hit = middlemanService(page(text, { url: 'https://usa.immigrationvisaforms.com/travel/sentri-pass-renewal/' }));
    expect(hit?.service).toBe('forms');
  });

  it.each([
    ['site name alone', 'https://usa.immigrationvisaforms.com/travel/refunds/', 'Refunds. CBP and USCIS never refund their fees, even when an application is denied.'],
    ['refund page on a site not named after a service', 'https://www.example-travel.com/refunds', 'Refunds. CBP and USCIS never refund their fees. Our online application service fee is refundable within 30 days.'],
    // (since sellers2 the host's name opens the gate: a page of such a site needs two money cues of its own, not an immigration word)
    ['no money cue of its own on a seller-named site', 'https://usa.immigrationvisaforms.com/about', 'Our online application service for cooking recipes is free for everyone.'],
  ])('does not fire (pages that name no service): %s', (_why, url, text) => {
    expect(middlemanService(page(text, { url }))).toBeUndefined();
  });

  // "No need to hire expensive lawyers" on a form-filling site: the negation is the cue itself, not a warning.
  it('fires on a form-filling site saying there is no need to hire a lawyer', () => {
    const text = 'Fill out Form I-90, Application to Replace Permanent Resident Card, with FormBot. #1 AI PDF filling software of 2024. Cost-effective No need to hire expensive lawyers.';
    expect(middlemanService(page(text))?.service).toBe('forms');
  });

  it.each([
    ['nonprofit guide: file it yourself', 'You can file Form I-90 yourself; there is no need to hire a lawyer. Download the form from uscis.gov and pay the filing fee.'],
    ['guide naming a PDF editor', 'Download Form I-90 from uscis.gov and open it in any PDF editor. There is no need to hire a lawyer for a simple renewal.'],
    ['warning in the same sentence', 'Form I-90 is simple: no need to hire lawyers, and never pay a PDF filling service that asks for a fee.'],
  ])('does not fire (no need to hire a lawyer): %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  // CBP's Trusted Traveler Programs (Global Entry, NEXUS, SENTRI, TSA PreCheck): sold by sites that
  // file the free-to-file application for a fee on top of the official one.
  it.each([
    ['how-it-works page', 'How it Works. Fill in the Global Entry form. Pay our service fee. We carefully check your form, then your data is sent to the govt.'],
    ['FAQ page speaking to its customers', 'Trusted Traveler Services - Frequently Asked Questions. We understand how important it is for our customers to be fully informed when applying for NEXUS, Global Entry or Sentri pass.'],
  ])('fires (trusted-traveler sellers): %s', (_why, text) => {
    expect(middlemanService(page(text))?.service).toBe('trusted-traveler');
  });

  it('fires on a site named after Global Entry that offers its assistance', () => {
    const text = 'USA Global Entry FAQs. We are Global Entry Pro Assist and specialize in Trusted Traveler Program assistance. Simplify your life by entrusting us with the application process.';
    expect(middlemanService(page(text, { url: 'https://globalentryproassist.com/usa-info' }))?.service).toBe('trusted-traveler');
  });

  it.each([
    ['CBP warning reported by news', 'Officers at CBP have noticed third-party sites claiming to assist with applying for Global Entry, SENTRI and NEXUS. These companies can be expensive and are not necessary; apply on the official TTP website.'],
    ['travel blog explaining Global Entry', 'Global Entry costs $120 for five years. I applied on the Trusted Traveler Programs website and had my interview at the airport two weeks later.'],
    ['credit card benefit article', 'Many travel credit cards reimburse the $120 Global Entry or $78 TSA PreCheck application fee every four years.'],
  ])('does not fire (trusted-traveler guides and news): %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  // A form preparer's refund page: refund policy, "our clients", and "not a law firm" — no service named.
  it('fires on a refund page that says it is not a law firm', () => {
    const text = 'Refund Policy. US Immigration has a 100% satisfaction guarantee. Our clients are our top priority; if you are not happy with our service, we will issue a full refund. We are not a law firm and not a substitute for an attorney. Immigration filing fees paid to the government are not refunded.';
    expect(middlemanService(page(text))).toBeDefined();
  });

  it.each([
    ['refund words and not-a-law-firm only', 'Refund Policy. We are not a law firm. Immigration filing fees paid to the government are never refunded by anyone; ask USCIS about a full refund only in case of its error.'],
    ['law firm refund policy', 'Refund policy of our law firm: our clients may ask for a full refund of the consultation fee within 3 days. Our immigration attorneys handle your case.'],
  ])('does not fire (refund pages): %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  // sellers2 (tune batch real-2026-12i): DV services speaking of themselves, EIN refund pages, a visa
  // petition preparer comparing itself with attorneys, NEXUS sites, DV services in tr / ja / fa.
  it.each([
    ['DV service checking eligibility', 'Diversity Visa Program requirements. Our website will check whether you comply with the conditions of the DV program.', undefined, 'dv-lottery'],
    ['DV service helping you apply', 'We at The Dream Organization are dedicated to helping you apply to the DV lottery correctly.', undefined, 'dv-lottery'],
    ['EIN satisfaction policy', 'Satisfaction Policy. For EIN filings: if we complete the application and the IRS rejects it twice, we will issue a refund of all amounts paid.', undefined, 'ein'],
    ['visa petition preparer', 'Our agents review your spousal visa petition within 4 hours, significantly faster than an attorney. Pay our fee and print your signature-ready petition.', undefined, 'forms'],
    ['NEXUS site named after the application', 'NEXUS Card Online Renewal Application. NEXUS Support Services will double check your renewal application before it is submitted to CBP.', 'https://nexus-application.com/apply-for-nexus-renewal-online/', 'trusted-traveler'],
    ['Turkish DV site named after the official host', 'Green Card başvuru formunu eksiksiz ve hatasız doldurmanız gerekir. Profesyonel destek almanız tavsiye edilir.', 'https://dvprogram.com.tr/green-card', 'dv-lottery'],
    ['Japanese DV entry agent', 'グリーンカード抽選DVプログラムの代行応募サービスを開始しました。クレジットカード決済にも対応しています。', undefined, 'dv-lottery'],
    ['Persian DV pre-registration', '" پیش ثبت نام لاتاری 2027 " شروع شد. همین حالا با نرخ قبل، ثبت نام کنید. مدارک لازم برای ثبت نام لاتاری گرین کارت آمریکا', undefined, 'dv-lottery'],
  ])('fires (sellers2 families): %s', (_why, text, url, service) => {
    expect(middlemanService(page(text, url ? { url } : {}))?.service).toBe(service);
  });

  it.each([
    ['DV guide naming what submitting companies charge', 'How to apply for the DV lottery: go to the official website of the DV lottery program. You can also contact a visa lottery submitting company; they will charge you a small service fee.', undefined],
    ['DV guide named after the lottery, sending readers to the official site', 'DV Lottery Help. How to apply for the Green Card Lottery? Go to the official website of the DV lottery program and fill in the form.', 'https://dvlotteryhelp.com/apply.php'],
    ['DV info site: the one and only official web site', 'Official web site of the DV lottery. This is the one and only official web site that accepts E-DV entries. It is a free to apply program.', 'http://www.dvlotteryapply.com/official'],
    ['guide helping the reader fill the entry alone', 'This information guide will help you to complete the online registration of DV Lottery with no error. Enter your name exactly as it appears on your passport.', undefined],
    ['law firm preparing visa petitions', 'Our law firm prepares your spousal visa petition. Our immigration attorneys review every case; schedule a consultation.', undefined],
    ['law firm comparing itself with other attorneys', 'Our flat fee for a K-1 visa petition is more affordable than other attorneys charge. Our immigration attorneys file it for you.', undefined],
    ['Japanese guide naming agents', 'グリーンカード抽選の応募は無料です。代行業者に頼むと費用がかかります。', undefined],
    ['Persian guide pointing to the official site', 'ثبت نام لاتاری گرین کارت در سایت رسمی رایگان است. در سایت رسمی ثبت نام کنید.', undefined],
    ['Turkish news on the DV lottery', 'Green Card başvuruları başladı. Başvurular resmi internet sitesi üzerinden ücretsiz yapılıyor.', 'https://www.haber.com.tr/green-card'],
    ['NEXUS renewal guide', 'NEXUS renewal is done on the Trusted Traveler Programs website; the fee is $120 and you may need an interview.', undefined],
    ['EIN guide warning about sellers', 'Apply for an EIN free on IRS.gov. Some sites charge a fee to file it; they will not issue a refund.', undefined],
  ])('does not fire (sellers2 hard negatives): %s', (_why, text, url) => {
    expect(middlemanService(page(text, url ? { url } : {}))).toBeUndefined();
  });

  // mends19 (fp18's three tune guides): on a site named after the step, a page with no cue but the name that
  // speaks as a guide (the step done free alone, the agency's own instructions restated, the official form's
  // buttons) is not a sale; a seller's page on such a site with the name alone still is.
  it.each([
    ['German DV guide: free when done alone', 'Ablauf der Greencard Lottery. Sollte man mit der Antragstellung vertraut sein, so kann man dies auch kostenlos selbst erledigen.', 'http://www.greencardlotterie-ratgeber.de/ablauf'],
    ['English DV guide: free on your own', 'How the Green Card Lottery works. You can enter on your own, free of charge, in about 20 minutes.', 'https://www.dvlottery-guide.net/how'],
    ['DV photo guide citing the State Department', "DV Lottery Photo. According to the U.S. State Department's instructions the photo must be taken within 6 months.", 'http://www.dv2030photo.com/paper_photo.php'],
    ['DV guide walking through the official form', 'Step by step Guide for DV-2027. Review the completed Entry Form, then click Submit to preview it. Do not use your Internet browser\'s Back button.', 'https://www.dvlotteryinfo.net/step-4/'],
    // session 20's opening (fresh hold-out 8, three legit guides at caution): the step free at the source, said as
    // the agency's, or the agency's own online address as where to do it
    ['ITIN Q&A: no IRS fee', 'How much does it cost to apply for ITIN? Applying for an ITIN has no direct IRS fee. You can submit Form W-7 directly to the IRS.', 'https://www.itin-answers.net/qa/cost'],
    ['DV blog: free to enter, beware of paying sites', 'Green Card Online Registration. It is important to note that the DV Lottery is free to enter, and you should be cautious of any websites that request payment.', 'https://green-card-lottery-usa.org/blog/registration'],
    ['Urdu DV guide: only at dvprogram.state.gov', 'گرین کارڈ لاٹری فارم صرف https://dvprogram.state.gov پر بھر سکتے ہیں۔', 'https://ur.dvlottery.me/blog/form'],
  ])('does not fire on a guide on a site named after the step: %s', (_why, text, url) => {
    expect(middlemanService(page(text, { url }))).toBeUndefined();
  });
  it.each([
    ['DV seller explaining the program', 'The Official US Green Card Lottery Program. The U.S. government makes 50,000 permanent residence visas available each year.', 'http://www.greencardlotteryusa2.org/how-it-works'],
    ['Turkish DV seller recommending paid help', 'Çeşitlilik Göçmen Vizesi başvurularının olumlu sonuçlanması için profesyonel destek almaları tavsiye edilmektedir.', 'https://dvprogram-basvuru.com.tr/ogrenci'],
    // the site's own order form: "click continue" beside its own fee is two cues, not the name alone
    ['DV seller order form', 'Green Card Lottery registration. Fill in the form and click Continue to pay our service fee of $49.', 'https://www.greencardlottery-entry.com/order'],
    // review19: a seller's own words that borrowed the guide voice - agency statistics, the "free, but" pitch, any
    // order form's Continue button - on a page whose only cue is the name
    ['DV seller quoting State Department numbers', 'The Official US Green Card Lottery Program. According to the U.S. Department of State, 50,000 permanent residence visas are available each year.', 'http://www.greencardlotteryusa2.org/how-it-works'],
    ['DV seller: free yourself, but', 'Green Card Lottery registration. You can register yourself for free, but every year thousands of entries are disqualified for small mistakes. Professional help is recommended.', 'https://www.greencardlottery-entry.com/why-us'],
    ['DV seller: kostenlos selbst, aber', 'Greencard Lotterie Antrag. Sie können sich kostenlos selbst anmelden, aber jedes Jahr werden viele Anträge disqualifiziert.', 'https://www.greencard-lotterie-antrag.de/'],
    ['DV seller start page', 'DV Lottery 2027 registration. Fill in your details and click Continue to start your entry.', 'https://www.dvlottery-entry.com/start'],
    ['DV seller: free to enter, but', 'Green Card Lottery registration. The DV Lottery is free to enter, but one small mistake disqualifies you. Let our experts check your entry.', 'https://www.greencardlottery-entry.com/why-us'],
  ])('still fires on a seller\'s page on a site named after the step: %s', (_why, text, url) => {
    expect(middlemanService(page(text, { url }))?.service).toBe('dv-lottery');
  });

  // sellers3: the EIN is free from the IRS online in minutes, like the ESTA and the DV entry, so one cue in
  // which the page speaks of itself as the business doing it is enough (Service.selfCueAlone). Accountants,
  // payroll companies, law firms and nonprofits name the EIN as the owner's own step (tune batch real-2026-12m).
  it.each([
    ['EIN service submitting the application', 'Get your Employer Identification Number online. We submit your application to the IRS and email you the EIN confirmation.'],
    ['EIN service for foreign-owned LLCs', 'EIN application for foreign-owned LLCs. Our specialists handle the paperwork with the IRS so you can open a US bank account.'],
  ])('fires (EIN services speaking of themselves): %s', (_why, text) => {
    expect(middlemanService(page(text))?.service).toBe('ein');
  });

  it.each([
    ['accounting firm guide', 'How to Obtain an EIN: a guide by CPA Clinics. At CPA Clinics, we are committed to helping you understand and manage this. Apply for an EIN online through the IRS website; it is free.'],
    ['payroll company guide', 'Small business payroll guide. That is why we created this guide. Obtain an Employer Identification Number (EIN) from the IRS before you hire.'],
    ['law firm forming an LLC', 'Our law firm forms your LLC. Our attorneys also obtain your EIN from the IRS.'],
    ['nonprofit mentors', 'Our volunteers can help you apply for an EIN online at IRS.gov, free of charge.'],
    ['bank naming what it needs', 'Open a business checking account online. We need your EIN confirmation letter from the IRS and a photo ID.'],
  ])('does not fire (EIN hard negatives): %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  // DV entry services in Arabic and Russian (Morocco, Egypt, Algeria, Central Asia: large DV markets)
  it.each([
    ['Arabic entry service', 'التسجيل في قرعة أمريكا 2027: نقوم بتسجيلك نيابة عنك. رسوم الخدمة 200 درهم.'],
    ['Russian entry service', 'Лотерея Грин Кард 2027: мы заполним анкету за вас. Стоимость услуг — 3000 рублей.'],
  ])('fires (DV services, ar/ru): %s', (_why, text) => {
    expect(middlemanService(page(text))?.service).toBe('dv-lottery');
  });

  it.each([
    ['Arabic guide', 'التسجيل في قرعة أمريكا مجاني عبر الموقع الرسمي dvprogram.state.gov. لا تحتاج إلى دفع رسوم.'],
    ['Arabic news on the $1 fee and intermediaries', 'فرض رسم تسجيل رمزي قدره دولار واحد على المشاركة في قرعة الهجرة، للحد من التسجيلات التي يقوم بها بعض الوسطاء.'],
    ['Russian guide', 'Анкету на лотерею Грин Кард можно заполнить только на официальном сайте. Мы решили напомнить, как сделать это правильно.'],
    ['Russian news on the $1 fee', 'Госдеп ввёл сбор $1 за участие в лотерее Green Card; плата за визу в случае выигрыша — $330.'],
  ])('does not fire (DV guides and news, ar/ru): %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  // Tune batch real-2026-12j (issue 12, languages): agencies naming themselves humbly (ja 弊社 /
  // 当サービス, zh 本公司, ko 당사), a visa consultancy ("nossa consultoria"), an Italian travel
  // agency booking the DV entry ("prenota un servizio"); and the reports that must stay quiet.
  it.each([
    ['ja DV entry agency (当サービス)', 'DV2026エントリー代行サービス利用規約。当サービスは、アメリカ政府が実施しているDV2026(Diversity Immigrant Visa Program)への申請手続きを、お客様の代理として行うものです。', 'dv-lottery'],
    ['ja B1/B2 visa application agency (弊社)', 'アメリカ観光B2ビザ申請代行について。代行料は44,000円(実費USD160込み)。弊社でお客様にかわってオンライン申請書を作成・決済します。', 'visa'],
    ['zh-TW travel agency (本公司)', '美國ESTA。本公司提供ESTA代辦服務,請填寫旅客基本資料表。', 'esta'],
    ['ko agency (당사)', '미국 ESTA. 당사는 ESTA 신청을 대행합니다.', 'esta'],
    ['pt visa consultancy (nossa consultoria)', 'Agendamento Visto Americano. Nossa consultoria cuida do preenchimento e do agendamento no CASV e no consulado. Telefone: 0800 888 2888.', 'visa'],
    ['it travel agency booking the DV entry', 'Chiedi un preventivo. Lotteria Green Card 2026: prenota un servizio professionale per partecipare alla lotteria della Green Card.', 'dv-lottery'],
  ])('fires (agencies in other languages): %s', (_why, text, service) => {
    expect(middlemanService(page(text))?.service).toBe(service);
  });

  it.each([
    ['ja consumer agency report (勘違い)', 'ESTA等の電子ビザの申請代行サイトに関する相談。このESTAの申請手続きについては、公式のウェブサイトから直接申請することができますが、申請手続きを代行する民間のサービスもあります。 CCJには、公式の申請サイトと勘違いをして、当該申請を代行する事業者のサイトを通じて申請手続きを行ったという声があります。'],
    ['ja consumer agency report (相談が寄せられ)', 'ESTA等の電子ビザの申請代行サイトに関する相談。申請手続きを代行する民間のサービスについて、CCJには相談が寄せられています。'],
    ['ja DV winner blog on costs', 'DVプログラムへの応募は無料でできます。当選から移民ビザを手にするまでには、パスポートの更新費用16,000円など様々な費用がかかりました。'],
    ['zh study-abroad fee page naming agencies', '签证申请者还需缴纳服务费用,这些费用是签证中介机构或代理商收取的费用,一般在50到200美元之间不等。DS-160表格在美国国务院网站在线填写。'],
    ['pt DIY DS-160 guide', 'Agendamento do visto americano: preencha o DS-160 no site oficial, pague a taxa MRV e marque o CASV. O preenchimento do formulário é gratuito.'],
    ['it guide: the lottery is free', 'La lotteria Green Card è gratuita: su internet troverete molti siti che vi offrono di partecipare facendosi pagare. Chiedi un preventivo per il tuo viaggio a New York.'],
  ])('does not fire (reports and guides in other languages): %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  // Prices as agencies write them in Korean and Russian (money.ts): "3만원", "рублей".
  it('fires on a Korean ESTA agency whose price is written "3만원"', () => {
    expect(middlemanService(page('미국 ESTA 신청 대행. 1인 3만원, 당일 처리.'))?.service).toBe('esta');
  });

  it('does not fire on a Korean guide restating the official fee in won', () => {
    expect(middlemanService(page('미국 ESTA 공식 수수료는 40달러(약 5만원)입니다. 대행 없이 직접 신청하세요.'))).toBeUndefined();
  });

  // A third-party ESTA site's Japanese FAQ (batch real-2026-12k, rk-estafast-ja-faq) speaks of "our customers"
  // and "our specialists" as 私たちの…: the Japanese of the English we-do cue "our customers".
  it('fires on an ESTA seller submitting to the official site for the customer', () => {
    expect(middlemanService(page('Our customers simply fill in one form: we submit your ESTA to the official site esta.cbp.dhs.gov for you.'))?.service).toBe('esta');
  });

  it('fires on a Japanese ESTA site speaking of its customers and specialists (私たちの…)', () => {
    const text =
      'ESTA申請の処理時間はどのくらいですか?私たちは、95%のお客様がESTAを即日承認されたことを誇りに思っています。ただし、ESTAの手続きには最大72時間かかる場合があります。ESTAで米国に留学できますか?いいえ。私たちのカスタマー・ケア・スペシャリストが、';
    expect(middlemanService(page(text))?.service).toBe('esta');
  });

  it.each([
    // a traveller's blog in the first person
    ['a blog', '私たちは自分でESTAを申請しました。申請料は40ドルで、数分で承認されました。'],
    // a travel company telling its customers to apply themselves on the official site
    ['a travel company', '私たちのお客様には、ご自身で公式サイト(esta.cbp.dhs.gov)からESTAを申請していただいております。'],
    ['a travel company (当社)', '当社のお客様には、ご自身で公式サイト(esta.cbp.dhs.gov)からESTAを申請していただいております。'],
    ['a travel company (en)', 'We ask our customers to apply for their ESTA themselves on the official site esta.cbp.dhs.gov.'],
  ])('does not fire on %s speaking in the first person about the ESTA', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  // Generic seller phrasings by family (issue 12): DV packages, form-preparation software and a guided
  // online application (self-help: what non-lawyers sell), forms sold per form, "I-90 online", done "in
  // minutes", I-94 retrieval and other "our … service" names.
  it.each([
    ['DV packages', 'Green Card Lottery registration. Professional photo check included. Packages from $29. Increase your chances with an error-free entry.', 'dv-lottery'],
    ['DV service choosing a plan', 'DV Lottery application service: we submit your entry, check your photo and send you your confirmation number. Choose your plan.', 'dv-lottery'],
    ['forms sold per form', 'Printable USCIS forms. Download Form N-400 as a fillable PDF and print it. $19.95 per form.', 'forms'],
    ['N-400 online filing service done in minutes', 'N-400 online filing service. We prepare your citizenship application in minutes. Get started today.', 'forms'],
    ['form preparation software', 'File Form I-90 online. Our form preparation software guides you step by step. Start now for $49.', 'forms'],
    ['I-90 online with a guided application', 'I-90 online: renew your green card with our easy online application. Only $79 plus the government filing fee.', 'forms'],
    ['I-94 retrieval service', 'Get your I-94 record. Our I-94 retrieval service: $39. Fast delivery by email.', 'i94'],
  ])('fires (seller phrasings by family): %s', (_why, text, service) => {
    expect(middlemanService(page(text))?.service).toBe(service);
  });

  it.each([
    ['general PDF editor', 'Fill out Form I-90 online with pdfFiller. Edit, sign and share PDF forms. Try free for 30 days.'],
    ['law firm preparing the N-400', 'Our law firm prepares your N-400 citizenship application. Our fee is $650 plus the government filing fee. Schedule a consultation.'],
    ['attorneys filing the I-90 online quickly', 'Our immigration attorneys file your I-90 online in minutes. Flat fee $350 plus the government filing fee. Book a consultation.'],
    ['DV guide naming photo studios', 'How to increase your chances: use the official photo tool; professional photo studios charge $10 for a DV lottery photo.'],
    ['USCIS-style I-90 page', 'File Form I-90 online with a USCIS online account. The filing fee is $465 and biometrics are included.'],
    ['photo studio checking DV photos', 'Passport and visa photos ready in minutes. $15 per photo. We check your photo meets the DV lottery rules.'],
    ['guide: sites selling forms per form', 'USCIS forms are free on uscis.gov. Some sites sell them for $20 per form; never pay for a blank form.'],
    ['guide: packages offered by agents', 'The DV lottery is free. Basic package from $29 offered by agents is not needed; apply at dvprogram.state.gov.'],
  ])('does not fire (seller phrasings, hard negatives): %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  // Japanese study-abroad companies selling the student-visa paperwork (tune batch real-2026-12j, added later):
  // "申請書の作成代行" (form preparation) and "面接予約…代行" (interview booking) are the clerical steps.
  it.each([
    ['form preparation (本サービス)', '米国学生ビザ。本サービスは、ビザの取得に必要な申請書の作成代行および面接の指導を行うサービスです。'],
    ['interview booking (当サービス, success fee)', '学生ビザ申請サポート。当サービスを介してビザを取得された場合、成功報酬として22,000円をお支払いいただきます。面接予約に必要な申請用紙の記入と面接予約を全て代行させていただきます。'],
  ])('fires (ja student-visa agencies): %s', (_why, text) => {
    expect(middlemanService(page(text))?.service).toBe('visa');
  });

  it.each([
    ['student diary naming an agency', '本日、ビザ申請代行業者から申請書が届きました。面接予約確認書を印刷し、申請料$131を振り込みました。'],
    ['guide to the official steps', '面接予約は米国大使館のビザ申請サイトで行います。非移民ビザ申請料金 US$185 は大使館指定口座にお振込み下さい。'],
  ])('does not fire (ja student-visa pages): %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  // Tune batch real-2026-12q (agencies, session 16): a visa agency's price page lists what its own service includes
  // ('package') and that list names the clerical steps (the form, the appointment); Russian and Vietnamese agencies
  // name the work itself ("заполняем консульские анкеты и записываем на собеседование", "hoàn tất DS-160").
  it.each([
    ['ru agency: our services beside the consular fee, we fill and book', 'Оформление визы в США. Стоимость: 160 долларов консульский сбор + 2000 руб наши услуги. На основании этих документов заполняем консульские анкеты и записываем на собеседование.'],
    ['ru agency: what the price includes', 'Виза B1/B2 в США: 230 $. В стоимость услуг включены: онлайн анкета на английском языке, запись на собеседование в Посольстве, курьерская подача документов.'],
    ['vi service: service fee and what it includes', 'Du lịch (B1/B2 Visa). Thành Mỹ’s Service fee: Full service $300. Dịch vụ gồm: hoàn tất DS-160, kê khai tài sản, lấy hẹn phỏng vấn, và huấn luyện phỏng vấn.'],
    ['es agency: our service includes the form and the appointment', 'Solicitud de visa americana: 1.500 pesos mexicanos más la tarifa consular. Nuestro servicio incluye el llenado del formulario DS-160 y la cita en el consulado.'],
    ['en agency: our package includes DS-160 and the appointment', 'US visa application assistance. Our package includes DS-160 form completion, appointment scheduling and interview coaching. Price: $149 per applicant.'],
  ])('fires (12q visa agencies): %s', (_why, text) => {
    expect(middlemanService(page(text))?.service).toBe('visa');
  });

  it.each([
    ['ru guide: the steps as a table, with the consular fee', 'Основные этапы оформления визы. Заполнение анкеты DS-160 | 1-2 часа. Оплата консульского сбора | До записи на собеседование. Запись на собеседование | Зависит от загруженности консульства. Квитанция об оплате консульского сбора (160 USD).'],
    ['ru news quoting a visa-support office', 'С 1 октября заявители должны будут заплатить $250 за Visa Integrity Fee. «Наш офис занимается сопровождением получения виз», говорит учредитель компании. Запись на собеседование стала дольше.'],
    ['vi guide: do the DS-160 and the appointment yourself', 'Hoàn tất đơn xin cấp thị thực theo mẫu DS-160. Lấy hẹn phỏng vấn trên trang web của Lãnh sự quán. Nộp lệ phí xin cấp thị thực không hoàn lại là 160 USD tại ngân hàng.'],
    ['law firm: our services include the DS-160 and the appointment', 'Our immigration attorneys handle your visa application. Our service includes DS-160 preparation and interview appointment scheduling. Legal fee: $500.'],
    ['travel agency: its package names no visa step', 'US visa application: pay the $185 fee on the official site. Our package includes flights, hotel and airport transfers from $1,290.'],
    ['news on the State Department’s own expedited appointment', 'The State Department announced a premium visa appointment service. The service includes a visa appointment within 10 days for $750 on top of the $185 visa application fee.'],
  ])('does not fire (12q visa agencies, hard negatives): %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  // clerical20 (tune batch real-2026-12w, WRITE half): a visa platform's terms list the services it sells, the DS-160 filling
  // and the appointment among them, as bulleted items after a colon ("aşağıdaki hizmetler sunulmaktadır: … • DS-160 formu
  // doldurma desteği • Randevu takip hizmeti"); Polish and Ukrainian agencies write "Usługa obejmuje:", "Послуга включає:".
  // That list is the business describing its own product: enough on the clerical visa step.
  it.each([
    ['tr visa platform: the services offered, bulleted', 'Sunulan Hizmetler. Platform üzerinden aşağıdaki hizmetler sunulmaktadır: 3.1 Vize Başvuru Danışmanlığı • DS-160 formu doldurma desteği • Evrak kontrolü • Randevu takip hizmeti'],
    ['pl agency: the service includes the form and the consulate booking', 'Wiza do USA. Usługa obejmuje: wypełnienie formularza DS-160, umówienie wizyty w konsulacie.'],
    ['uk agency: the service includes the questionnaire and the interview booking', 'Віза до США. Послуга включає: заповнення анкети DS-160, запис на співбесіду.'],
  ])('fires (clerical20 service lists): %s', (_why, text) => {
    expect(middlemanService(page(text))?.service).toBe('visa');
  });

  it.each([
    ['tr law office listing its visa services', 'Hukuk büromuz vize işlemlerinde danışmanlık verir. Sunulan hizmetler: • DS-160 formu doldurma desteği • Mülakat hazırlığı'],
    ['pl law office listing its visa services, its fee', 'Kancelaria adwokacka w Warszawie. Usługa obejmuje: wypełnienie formularza DS-160, przygotowanie do rozmowy w konsulacie. Honorarium: 1500 zł.'],
    ['tr guide: the official steps as a bulleted list', 'Süreç şu aşamalardan oluşur: • DS-160 formunun doldurulması • Vize harcının ödenmesi • Randevu oluşturulması.'],
    ['tr travel agency: its list names flights, the visa steps are the reader’s', 'Paket turlar. Sunulan hizmetler: uçak bileti, otel ve transfer, kişi başı 45.000 TL. Amerika vizesi için DS-160 formunu kendiniz doldurun, randevunuzu kendiniz alın.'],
    ['tr travel agency: the sentence after its bulleted list is not in it', 'Hizmetlerimiz. Sunulan hizmetler: • uçak bileti • otel rezervasyonu • transfer. Vize randevu takip hizmeti vermiyoruz; DS-160 formunu kendiniz doldurun.'],
  ])('does not fire (clerical20 service lists, neighbours): %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  // visa21 (tune batch real-2026-12ak, WRITE half): a business offering to do the clerical visa step itself, in a sentence in
  // which it speaks of itself and names that step ('offer': "We'll help you schedule your appointment", "Let us help you
  // start your DS-160 application"), and services that book or move the U.S. visa appointment for the applicant with the
  // applicant's login ("books your appointment on your behalf", "we reschedule your appointment"). The neighbours stay
  // quiet: a law office doing the same inside a case names itself, a guide tells the reader to book alone, news reports
  // agents who sell appointments, a travel agency's offer names no visa step, and a booking service for another country's
  // visa names no U.S. step.
  it.each([
    ['consular service FAQ: we help schedule the appointment', "What is consular service? Our consular services cover the whole process. We'll help you schedule your visa appointment, organize the paperwork and prepare you for the interview at the U.S. consulate."],
    ['DS-160 page: let us help you start', 'Form DS-160, Online Nonimmigrant Visa Application. Let us help you start your DS-160 application today! All applications are submitted through the Consular Electronic Application Center.'],
    ['appointment bot: books on your behalf', 'Frequently asked questions about our service. How does the appointment booking system work? Our system books appointments on your behalf with the credentials you give us for the US visa website.'],
    ['earlier-appointment service: we reschedule', 'Choose a plan and pay 50% upfront. Human service: our team manages everything for you. You pay the rest only if we reschedule your appointment to an earlier date on ais.usvisa-info.com. Full refund if no earlier slot is found.'],
  ])('fires (visa21: the clerical visa step offered as a service): %s', (_why, text) => {
    expect(middlemanService(page(text))?.service).toBe('visa');
  });

  it.each([
    ['law office: our attorneys file the DS-160 within the case', 'With your approved Form I-129, our attorneys will guide you through consular processing. We will submit Form DS-160 on your behalf and schedule the earliest available interview appointment for you.'],
    ['guide: book the appointment yourself', 'Schedule your visa appointment yourself on the official site after you pay the fee. You do not need an agent to book appointments for you; the DS-160 is free on ceac.state.gov.'],
    ['news: agents selling appointments', 'The U.S. embassy warned that agents who book appointments on applicants’ behalf and resell the slots are breaking the rules. Book only on the official scheduling site.'],
    ['travel agency: its help names flights, not the visa step', 'Planning a trip to the USA? Let us help you plan your holiday: flights, hotels and car hire. Remember to complete your DS-160 and book your visa appointment on the official site.'],
    ['another country’s visa: booking service names no U.S. step', 'France visa appointments at the visa centre in London. Our team books appointments on your behalf within 48 hours. Our fee is £49 and is not refundable.'],
  ])('does not fire (visa21 neighbours): %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  // visa21, second step: the visitor (B1/B2, tourist) visa has no petition: its application is the DS-160 and the interview
  // booking, so a business offering that application is offering the clerical step ("go to our homepage and begin your
  // procedure for applying to the B2 visa category"). A study-abroad agency whose help is the admission and that tells
  // the student to fill the DS-160 alone, a law office, and a blogger's advice stay quiet.
  it.each([
    ['agency blog: begin the B2 application on our homepage', 'The most common visa is the tourist visa. Visa Now specializes in that type of visa, go to our homepage and begin your procedure for applying to the B2 visa category. The first requirement is completing the DS-160 form.'],
    ['travel agency: we help you apply for the tourist visa', 'US tourist visa (B1/B2). We can help you apply for your tourist visa in a single visit to our office. The DS-160 confirmation page and the interview letter are needed.'],
  ])('fires (visa21: the visitor-visa application offered): %s', (_why, text) => {
    expect(middlemanService(page(text))?.service).toBe('visa');
  });

  it.each([
    ['study-abroad agency: admission help, the DS-160 is the student’s', 'We help you apply to universities in the USA and prepare your documents. For your F-1 student visa, complete the DS-160 yourself on the official site.'],
    ['law office: B-2 visitor visa help', 'Our attorneys can help you apply for your B-2 visitor visa when a prior refusal complicates the case. Schedule a consultation to review your DS-160.'],
    ['blogger: how I applied for my tourist visa', 'I applied for my B1/B2 tourist visa alone. The DS-160 took me two hours and I booked the interview myself; you can do it too without an agency.'],
  ])('does not fire (visa21: visitor-visa neighbours): %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  // clerical20 (tune batch real-2026-12w, WRITE half): a travel company naming itself by its site's name as the one that
  // intermediates the ESTA ("Bissole świadczy pełne usługi pośrednictwa … w procedurze ESTA" on bissole.pl) speaks of
  // itself as surely as by "we"; the same sentence on another site is that site reporting someone else's offer.
  const intermediary = 'Podróże do USA wymagają ESTA. Bissole świadczy pełne usługi pośrednictwa w zakresie starania się o wizę, jak również w procedurze ESTA.';
  it('fires on a company naming itself by its site name as the ESTA intermediary', () => {
    expect(middlemanService(page(intermediary, { url: 'https://bissole.pl/wizy-do-usa/' }))?.service).toBe('esta');
  });
  it('does not fire on the same sentence on a site of another name', () => {
    expect(middlemanService(page(intermediary, { url: 'https://www.podroze-news.pl/artykul' }))).toBeUndefined();
  });

  // tune batch real-2026-12t (fpaudit3): a photo shop's own prices are for photos, not for the step
  // its page names (the DV, the DS-160); a blog retelling an ESTA seller's checkout line and its
  // "refund policy" is not the seller ("they claim", "US Government" is not "us").
  it.each([
    ['photo shop pricing its photos', 'Diversity Visa and DS-160 photos must be 2x2 inches. Our Prices. We have the lowest prices in town. Most stores charge $10-$15 for 2 passport photos; we print 6 passport photos for only $7.95.'],
    [
      'blog retelling an ESTA seller',
      'Do not pay more than the official fee for your ESTA. At the bottom of their order page it says: I acknowledge that I am utilizing a private company to submit the ESTA on my behalf for USD $79.00 which includes the mandatory US Government fee. At least they claim to have a 30-day refund policy.',
    ],
  ])('does not fire: %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  it.each([
    ['DV seller pricing the entry with its photo', 'We submit your Diversity Visa lottery entry for you. Our price: $29 for the entry registration, photo included.'],
    ['DV seller whose price is followed by a photo step', 'Diversity Visa lottery entry service. Our fee is $29. Upload your photo. Get started now.'],
    ['ESTA seller calling itself private', 'We are a private company that submits your ESTA application on your behalf. Our fee is $79 and includes the government fee. Refund policy: full refund within 30 days.'],
    ['ESTA seller naming itself beside the U.S. government', 'ESTA Online is a private company, not affiliated with the US government. Refund policy: full refund within 30 days.'],
  ])('fires: %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeDefined();
  });
});

// sellers4 (session 16, tune batch real-2026-12s): families around DV entry services and form sellers.
describe('middleman-service: the government named as the one taking a fee (news on the DV $1 fee)', () => {
  it('does not fire on news reporting what the State Department said about its own fees', () => {
    const text =
      'Kenyans seeking to register for the Diversity Visa will be required to pay a mandatory registration fee of $1. ' +
      'In an announcement by the US Department of State (DOS), the new fee will be in addition to the mandatory $330 application fee paid by applicants who are selected. ' +
      'The DOS disclosed that registration fees will not be refunded, regardless of lottery results.';
    expect(middlemanService(page(text, { url: 'https://news.example.co.ke/dv-fee' }))).toBeUndefined();
  });
  it('still fires when the page states its own price beside the government fee', () => {
    const text =
      'According to the State Department, the Diversity Visa entry fee is $1. ' +
      'Our service fee is $39: we submit your entry for you and check your photo.';
    expect(middlemanService(page(text))?.service).toBe('dv-lottery');
  });
});

// fp18 (session 18): news on the DV fee planned and dropped in 2025 (tune batch real-2026-12ad) tells of a
// fee as a rule being planned or introduced; a seller states its own fee as it is.
describe('middleman-service: a fee reported as planned, introduced or dropped (news on the dropped DV fee)', () => {
  it.each([
    [
      'German press release on the stopped fee',
      'Die US GreenCard Lotterie bleibt kostenlos! Die geplante Einführung einer verpflichtenden Teilnahmegebühr von 250 US-Dollar für die Green Card Lotterie ist vorerst vom Tisch. ' +
        'Geplant war, dass Bewerber künftig eine Anmeldegebühr zahlen müssen. Zusätzlich war eine Bearbeitungsgebühr von rund 400 US-Dollar für Gewinner vorgesehen.',
    ],
    ['English news on the proposed fee', 'Green Card Lottery news. The proposed $250 entry fee for the Diversity Visa lottery was struck from the bill. A planned processing fee of $400 for winners was dropped as well.'],
  ])('does not fire: %s', (_why, text) => {
    expect(middlemanService(page(text, { url: 'https://news.example.com/dv-fee' }))).toBeUndefined();
  });
  it.each([
    ['German DV seller stating its fee', 'Green Card Lotterie: wir übermitteln Ihren Antrag fristgerecht. Für die Teilnahme ist eine Bearbeitungsgebühr von 29 € vorgesehen.'],
    ['English DV seller beside the news', 'The proposed $250 government fee was dropped. Green Card Lottery entry service: our service fee is $39 and we submit your entry for you.'],
  ])('still fires: %s', (_why, text) => {
    expect(middlemanService(page(text))?.service).toBe('dv-lottery');
  });
});

describe('middleman-service: what only a DV entry service does (tells clients if they won, takes entries all year)', () => {
  it.each([
    ['tells its clients the result', 'Green Card Lottery application. We will inform participants by May of the next year whether their application has been selected.'],
    ['takes entries all year', 'Green Card Lottery: year-round registration with us. Register any time of the year and never miss the entry period.'],
    ['contacts its winners, multiple-year submissions', 'Our DV-Lottery experts review every photo. We offer multiple-year submissions and promptly contact our DV-Lottery winners.'],
    ['French: nous vous informerons si vous…', 'Loterie de la carte verte : inscrivez-vous avec nous. Nous vous informerons si vous êtes sélectionné.'],
  ])('fires: %s', (_why, text) => {
    expect(middlemanService(page(text))?.service).toBe('dv-lottery');
  });
  it.each([
    ['guide: the State Department does not notify', 'The Diversity Visa program: the State Department will not notify you if you won. You cannot register any time of the year, only during the entry period; check the Entrant Status Check yourself. Registration costs $1.'],
    ['news: winners are told only online', 'DV-2027 results: winners are notified only through the Entrant Status Check. The embassy will not contact winners by e-mail. The fee is $330 per applicant.'],
    ['photo service e-mails the checked photo', 'DV lottery photo in 5 minutes for $4.99. We will e-mail you the checked photo and the result of our compliance check.'],
  ])('does not fire: %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  // a civil surgeon's clinic (the doctor USCIS designates for the I-693 exam) naming its own priority processing (tune batch 12u)
  it("does not fire on a civil surgeon's page about its own I-693 exam (its priority processing is its own product)", () => {
    const entry = loadCorpus().find((e) => e.id === 'ru-baronmedical-civil-surgeon');
    expect(entry?.text).toContain('Priority processing for applicants with urgent filing deadlines');
    const prepared = preparePage(textToSnapshot(entry?.text ?? '', entry?.url ?? ''), parseHost(entry?.url ?? ''));
    expect(middlemanService(prepared)).toBeUndefined();
  });
  it('still fires on a form seller that mentions the I-693 and says it is not a law firm', () => {
    const text = 'We prepare your green card application package, including the civil surgeon and I-693 instructions. We are not a law firm. Priority processing for $99.';
    expect(middlemanService(page(text))).toBeDefined();
  });
});

// fpaudit4 (session 17, tune batch real-2026-12o): a victim's or consumer page about ESTA sellers tells the
// reader how to get the money back from them; that is not the page's own refund policy.
describe('middleman-service: the buyer getting money back from a seller is not a refund cue', () => {
  it.each([
    [
      'a traveller\'s blog: "Faked ESTA web sites - how to get your money back"',
      '"Faked" ESTA web sites - how to get your money back. Visitors from Visa Waiver countries need an ESTA. ' +
        'It is trivial to set up a web site to ask the exact same questions, collect $50, and then submit the application on the real site. ' +
        'Only after clicking the final payment button did I notice that it was $87!',
    ],
    [
      'a consumer page: "I got my money back"',
      'I paid $89 to an ESTA site that looked official. After a call to my bank I got my money back within a week. The real ESTA costs $40.',
    ],
    [
      'German: "Wie bekomme ich mein Geld zurück?"',
      'ESTA zu teuer bezahlt? Wie bekomme ich mein Geld zurück? Ich habe 79 Euro an eine Agentur bezahlt, ein Vielfaches der Gebühr.',
    ],
  ])('does not fire: %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });
  it.each([
    ['a seller promising the money back', 'ESTA application service. Money-back guarantee: if your ESTA is refused, you will get your money back. Our fee: $79.'],
    ['a seller FAQ asking the buyer\'s question, answered with its refund', 'ESTA FAQ. Can I get my money back? Yes, we will issue a full refund if your ESTA is denied. Service fee: $49.'],
    ['German: a seller promising "Sie erhalten Ihr Geld zurück"', 'ESTA Antrag mit Prüfung. Geld-zurück-Garantie: wird Ihr ESTA abgelehnt, erhalten Sie Ihr Geld zurück. Unser Preis: 79 Euro.'],
  ])('still fires: %s', (_why, text) => {
    expect(middlemanService(page(text))?.service).toBe('esta');
  });
});

// itin20 (session 20, tune batch real-2026-12af): third-party ITIN filing services for non-residents. The line: the
// seller's product is the Form W-7 itself (order, pay, money-back guarantee, a site named after the ITIN); a licensed tax
// office that is an IRS acceptance agent files the W-7 with the client's return and names itself (CPA, enrolled agent,
// accounting firm, "if we prepare your tax return"), even with its own price; guides quote what acceptance agents "may
// charge". Each case is modelled on a page of the WRITE half of the batch or on the family's structure.
describe('middleman-service: ITIN filing sellers and the tax offices beside them', () => {
  it.each([
    [
      'a refund page on a site named after the ITIN',
      'https://get-your-itin.example/refund-policy',
      'Refund Policy. At Get Your ITIN, we stand firmly behind our ITIN application services and offer a comprehensive money-back guarantee. You will receive a full refund of all service fees paid.',
    ],
    [
      'ITIN packages with direct submission to the IRS',
      'https://filings.example/itin-support',
      'Secure your ITIN with expert guidance. Choose the professional package that suits your needs. Our service includes a professional review, document certification support, and direct submission to the IRS. Individual ITIN: application for one applicant (Form W-7). Family ITIN Bundle.',
    ],
    [
      'an "IRS-authorized partner" banner with an all-inclusive price and a money-back guarantee',
      'https://tax-id.example/blog/itin-vs-ein',
      'IRS-Authorized Partner. Ready Within 7 Days. $297 All-Inclusive. Money-Back Guarantee. ITIN vs EIN for your LLC: what non-resident owners actually need. Submit Form W-7 through a Certifying Acceptance Agent to avoid mailing the passport.',
    ],
    [
      'a seller that says it is not an accounting firm',
      'https://tax-id.example/terms',
      'ITIN application service for foreigners: we file your W-7 for you. We are not an accounting firm and do not prepare tax returns. Service fee: $199.',
    ],
  ])('fires: %s', (_why, url, text) => {
    expect(middlemanService(page(text, { url }))?.service).toBe('itin');
  });

  it('fires on a WRITE page of the batch: the refund policy of a site named after the ITIN', () => {
    const entry = loadCorpus().find((e) => e.id === 'raf-getyouritin-refund');
    expect(entry?.text).toContain('money-back guarantee');
    const prepared = preparePage(textToSnapshot(entry?.text ?? '', entry?.url ?? ''), parseHost(entry?.url ?? ''));
    expect(middlemanService(prepared)?.service).toBe('itin');
  });

  it.each([
    [
      'a CPA office with its own ITIN price that prepares the return',
      'https://cpa-office.example/itin',
      'We are certified acceptance agents, and we would love to help! CAA ITIN Application or Renewal: $325 (Excluding Postage). We will verify your documents, then prepare and sign Form W-7. If we prepare your tax return, we will send all documents to the IRS Service Center.',
    ],
    [
      'an accounting firm that is an acceptance agent (Chinese)',
      'https://accounting.example/itin',
      '外国人税号申请。泓信会计是美国国税局授权代理认证机构,有权代表国税局对申请人的护照原件进行认证,申请人无需邮寄护照原件去国税局办理 ITIN。我们的服务费:$150。',
    ],
    [
      'a Chinese guide quoting what an acceptance agent may charge',
      'https://guide.example/itin',
      'ITIN申请指南。ITIN(个人纳税识别号)申请需填W-7表格。通过IRS授权认证中心(CAA)当面提交或邮寄。处理时间7-11周。申请免费,CAA可能收$50-$150服务费。',
    ],
    [
      'an English guide quoting what acceptance agents may charge',
      'https://guide.example/itin',
      'How to get an ITIN. File Form W-7 with your tax return. Commercial certifying acceptance agents usually charge $50 to $275 for their service fee. Volunteer sites help for free.',
    ],
  ])('does not fire: %s', (_why, url, text) => {
    expect(middlemanService(page(text, { url }))).toBeUndefined();
  });
});

// langs20 (session 20): the visa and ESTA sellers writing in Hebrew, Persian, Arabic, Thai, Georgian, Swedish…
// (tune batch real-2026-12ag; the sealed hold-out of session 19 found 0 of 5 Hebrew ESTA sellers and 0 of 4 visa
// agencies). The line: the business says it does the step for the reader (fills the DS-160, books the embassy
// appointment, submits the ESTA), names its own service fee, or says it is not the embassy's or government's site;
// a guide or news page in the same language tells the reader to do it on the official site and warns of these
// businesses. Each page below is written for the test; none is copied from a stored page.
describe('langs20: sellers in languages the engine barely knew', () => {
  it.each([
    ['Persian agency booking the embassy appointment', 'تعیین وقت سفارت آمریکا در ایروان و دبی. کارشناسان ما فرم DS-160 شما را تکمیل می کنند و وقت سفارت را برای شما انجام می دهیم. هزینه خدمات ۲۵٬۰۰۰٬۰۰۰ تومان.', 'visa'],
    ['Persian agency: "we do this on your schedule"', 'وقت سفارت آمریکا: ما این کار را بنا بر زمانبندی شما انجام میدهیم. با کارشناسان ما مشورت کنید.', 'visa'],
    ['Hebrew agency terms: the payment is for editing the forms and the embassy appointment', 'תקנון האתר. התשלום הוא עבור עריכת הטפסים, תרגום, קביעת תור לשגרירות ארה"ב והדרכה עד ליום הפגישה. האתר אינו האתר של שגרירות ארה"ב.', 'visa'],
    ['Hebrew ESTA seller: we fill it for you, our fee in shekels', 'טופס ESTA בעברית. נמלא עבורכם את הבקשה ונגיש אותה לרשויות. עלות השירות 299 ש״ח.', 'esta'],
    ['Thai ESTA seller: we file it, our service fee in baht', 'บริการยื่น ESTA ออนไลน์ ทางเราจะดำเนินการยื่นคำร้องให้คุณ ค่าบริการของเรา 1,900 บาท', 'esta'],
    ['Georgian ESTA seller: we fill it in, our service fee in lari', 'ESTA განაცხადი ონლაინ. ჩვენ შევავსებთ თქვენს განაცხადს. მომსახურების საფასური 150 ლარი.', 'esta'],
    ['Turkish agency: we fill in your DS-160 and take your appointment', 'Amerika vizesi: DS-160 formunun doldurulması ve randevu alma hizmeti. Uzman ekibimiz formunuzu sizin için dolduruyoruz. Hizmet bedeli 3.500 TL.', 'visa'],
    ['Polish agency: filling in the DS-160 for you', 'Wizy do USA: wypełnienie formularza DS-160 i umówienie wizyty w konsulacie. Wypełnimy za Ciebie wniosek. Koszt usługi: 399 zł.', 'visa'],
  ])('fires: %s', (_why, text, service) => {
    const hit = middlemanService(page(text));
    expect(hit?.service).toBe(service);
    expectQuotesPage(hit, text);
  });

  it.each([
    ['Persian guide: do it yourself on the official site, beware of fraud', 'برای ویزای آمریکا ابتدا فرم DS-160 را در سایت رسمی ceac.state.gov تکمیل کنید، سپس هزینه ۱۸۵ دلاری را بپردازید و وقت سفارت آمریکا را خودتان رزرو کنید. مراقب کلاهبرداری باشید.'],
    ['Hebrew news: apply on the official site for $21, beware of impostor sites', 'את בקשת ה-ESTA מגישים באתר הרשמי esta.cbp.dhs.gov, והעלות היא 21 דולר (כ-80 ש״ח). היזהרו מאתרים מתחזים שגובים מאות שקלים.'],
    ['Thai news: the ESTA fee restated in baht, beware of fake sites', 'สหรัฐฯ ปรับค่าธรรมเนียม ESTA เป็น 40 ดอลลาร์ หรือราว 1,300 บาท ระวังเว็บไซต์ปลอม'],
    ['Turkish guide: fill in the DS-160 yourself, then take the appointment', 'ABD vizesi için DS-160 formunun doldurulması ceac.state.gov adresinde yapılır. Ardından randevu alma işlemini resmi sitede kendiniz yaparsınız; vize ücreti 185 dolardır.'],
    ['Swedish news on scam sites quoting their price', 'Bluffsajter lurar resenärer att betala 600 kr för ESTA. Den riktiga ansökan görs på esta.cbp.dhs.gov och kostar 40 dollar.'],
    ['Japanese blog quoting an agency\'s fine print to warn', 'ESTAの偽サイトに注意。 ===== 米国への申請料21ドルに加え、代行サービス料を頂戴いたします 申請料($21) + 申請代行サービス料 = 8,690円(税込) ====== 申請代行サービスなんて、必要ない! すぐに返金手続きをしたけれど、手数料300円を取られました。'],
    // lead22c (tune batch real-2026-12ag): a traveller's blog advising not to pay an agency, with the price it was asked
    ['Japanese blog advising not to pay an agency', 'ESTA代行等と謳っているサービスなどありますが、ESTAは簡単に個人で出来ますので 無駄にお金を払わないほうが吉でしょう。最後の申請に99ドル請求してきます'],
  ])('stays quiet: %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });
});

// forms20 (tune batch real-2026-12z): a paperwork shop names filling in the USCIS forms as the service it sells, in its
// own first person, in place of the reader filing alone; the law office and the free clinic beside it stay quiet.
// Each page below is written for the test; none is copied from a stored page.
describe('forms20: a shop selling the form filling as its service', () => {
  it.each([
    ['English online I-90 shop', 'Green Card Renewal Form I-90. Instead of filing your I-90 application on paper by yourself, we can help you work through the entire process online.'],
    ['Spanish paperwork shop', 'Especializamos en proveer servicio de completar formularios de inmigración: I-130, I-485, I-765 (permiso de trabajo) y traducción de documentos.'],
    ['Vietnamese paperwork office', 'Thẻ xanh 10 năm. Văn phòng của chúng tôi có thể giúp quý vị hoàn tất bộ đơn theo yêu cầu của Sở Di Trú.'],
    ['form-preparation software pitch', 'Small mistakes on Form I-90 cause delays. The attorney-reviewed software guides you through the application. Get started now.'],
    ['the same pitch in Swedish', 'Mindre misstag på formulär I-90 kan orsaka förseningar. Den advokat-granskade programvaran guidar dig genom ansökan. Kom igång nu.'],
  ])('fires: %s', (_why, text) => {
    const hit = middlemanService(page(text));
    expect(hit?.service).toBe('forms');
    expectQuotesPage(hit, text);
  });

  it.each([
    ['a law office naming itself', 'Form I-90. Instead of filing your I-90 application by yourself, we can help: our immigration attorneys prepare and file it for you.'],
    ['a guide recommending help, not selling it', 'Form I-90. Instead of filing your I-90 application by yourself, we recommend reading the form instructions twice.'],
    ['a free clinic', 'Formularios de inmigración I-130 y I-765: ofrecemos servicios de llenado de formularios gratis en nuestra clínica comunitaria.'],
    ['a law office whose attorneys review what software prepares', 'Form I-90: the software guides you through the form, but our immigration attorneys review every answer.'],
    ['a Vietnamese law office', 'Văn phòng luật sư Nguyễn. Chúng tôi có thể giúp quý vị hoàn tất bộ đơn I-751 theo yêu cầu của Sở Di Trú.'],
  ])('stays quiet: %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });
});

// attack21: the Arabic script is typed two ways. A Persian seller on an Arabic keyboard writes ي and ك for ی and ک; an
// Arabic one writes ه for the final ة, drops the hamza of أ, or stretches words with the tatweel ـ. The sellers and
// guides above, retyped that way, must be read as before (normalize.ts ARABIC_LETTERS, readLetters' ARABIC_MARKS).
describe('attack21: Arabic-script letters typed on the other keyboard', () => {
  const arabicKeyboard = (s: string): string => s.replace(/ی/g, 'ي').replace(/ک/g, 'ك');
  it.each([
    ['Persian agency, Arabic ي and ك', arabicKeyboard('تعیین وقت سفارت آمریکا در ایروان و دبی. کارشناسان ما فرم DS-160 شما را تکمیل می کنند و وقت سفارت را برای شما انجام می دهیم. هزینه خدمات ۲۵٬۰۰۰٬۰۰۰ تومان.'), 'visa'],
    ['Persian DV pre-registration, Arabic ي and ك', arabicKeyboard('" پیش ثبت نام لاتاری 2027 " شروع شد. همین حالا با نرخ قبل، ثبت نام کنید. مدارک لازم برای ثبت نام لاتاری گرین کارت آمریکا'), 'dv-lottery'],
    ['Arabic entry service: final ه for ة, no hamza, tatweel', 'التسجيل في قرعه امريكا 2027: نقـوم بتسجيلك نيابـة عنك. رسـوم الخدمه 200 درهم.', 'dv-lottery'],
  ])('fires: %s', (_why, text, service) => {
    expect(middlemanService(page(text))?.service).toBe(service);
  });

  it.each([
    ['Persian guide, Arabic ي and ك', arabicKeyboard('برای ویزای آمریکا ابتدا فرم DS-160 را در سایت رسمی ceac.state.gov تکمیل کنید، سپس هزینه ۱۸۵ دلاری را بپردازید و وقت سفارت آمریکا را خودتان رزرو کنید. مراقب کلاهبرداری باشید.')],
    ['Persian DV guide, Arabic ي and ك', arabicKeyboard('ثبت نام لاتاری گرین کارت در سایت رسمی رایگان است. در سایت رسمی ثبت نام کنید.')],
    ['Arabic guide, final ه for ة, no hamza', 'التسجيل في قرعه امريكا مجاني عبر الموقع الرسمي dvprogram.state.gov. لا تحتاج الى دفع رسوم.'],
  ])('stays quiet: %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });
});

// dv22 (session 22, tune batch real-2026-12ap): what a DV-entry business says of itself that nobody else around the
// lottery says (middleman/dv.ts) - a promise that the entry will not be disqualified, the entrant's confirmation number
// kept in the business's client area - the lottery named as agencies' terms name it, and the visa stage's fee told by
// a guide. WRITE pages of the batch are read by id; the CHECK half is counted only (npm run eval).
describe('dv22: the DV entry sold as a service, and the pages around it', () => {
  it.each([
    ['a promise the entry will not be disqualified', 'Green Card Lottery registration. We guarantee that your entry will not be disqualified.'],
    ['the same promise in French', 'Loterie de la carte verte : nous garantissons que votre inscription ne sera pas disqualifiée.'],
    ["the confirmation number kept in the business's client area", 'Green Card Lottery help. The confirmation number received from the US Government will be visible in your personal pages that you can access anytime using our website.'],
    ['a promise of better odds in the draw', 'Green Card Lottery registration: we double your chances of winning the lottery.'],
    ['the same promise in French', 'Loterie de la carte verte : nous augmentons vos chances de gagner à la loterie.'],
    // audit22: a seller contrasting itself with others still promises in its own words
    ['a seller promising better odds after naming what others claim', 'Other agencies claim many things, but our experts increase your chances of winning the Green Card Lottery with a perfect entry.'],
    // review22: an apostrophe in a contraction after a claiming verb ("say it's") opens no quotation: the seller's own voice
    ["a seller quoting its entrants, then speaking as itself", "Green Card Lottery registration. Happy entrants say it's easy: we submit your entry for you."],
    // audit22: the number held on the business's site, said with another verb of holding
    ['the confirmation number stored in the client area', 'DV Lottery entry service. Your confirmation number is stored in your client area on our website, where you can check your result.'],
    ['terms naming the "Lottery Visa Program" on a site named after the green card', 'Terms of Use. Paid Services. All applications submitted through the Service receive an equal opportunity in the Lottery Visa Program.'],
  ])('fires: %s', (_why, text) => {
    const url = _why.startsWith('terms') ? 'https://greencard.am/terms-of-use.php' : 'https://example.com/';
    expect(middlemanService(page(text, { url }))?.service).toBe('dv-lottery');
  });
  it.each([
    ['a guide: nobody can promise', 'Green Card Lottery: nobody can guarantee that your entry will not be disqualified. Enter at dvprogram.state.gov.'],
    ['a photo shop promising its photo', 'DV lottery photo service: our DV photos are guaranteed not to be disqualified. Price $9.99.'],
    ['a seller saying it cannot raise the odds', 'Green Card Lottery: we cannot increase your chances of winning; the draw is random.'],
    ['news: no agency can raise the odds', 'Diversity Visa lottery news: no agency can increase your chances of winning.'],
    ['a guide: spouses each entering', 'DV lottery tips: married couples can double their chances of winning by each entering.'],
    ["a lawyer's odds of approval", 'Green card lawyers: our team improves your chances of approval for your family petition.'],
    ['a guide: keep your confirmation number', 'DV-2027 guide: keep your confirmation number. Check your status on the official website dvprogram.state.gov.'],
    // audit22: a blog debunking DV myths quotes the agencies' promise in quotation marks
    // …and a contraction inside the quotation does not close it (review22)
    ['a myth-busting blog quoting a promise with a contraction in it', "DV Lottery myths. Agencies claim: 'we're experts, we increase your chances of winning'. That is false: every valid entry has the same chance. Entry is free at dvprogram.state.gov."],
    ['a myth-busting blog quoting the agencies\' promise', "DV Lottery myths. Agencies claim: 'we increase your chances of winning'. That is false: every valid entry has the same chance. Entry is free at dvprogram.state.gov."],
    // audit22: the reader told to keep the number, the page's own site named for something else in the same sentence
    ["a university's DV page: keep your number; our FAQ is on our website", 'Diversity Visa Lottery. Entry is free at dvprogram.state.gov during the entry period. Print your confirmation number and keep it; answers to common questions are on our website.'],
    ['a guide on a DV-named site quoting the visa fee a winner pays', 'DV Lottery Visa Processing Fees. DV Lottery visa fees actually means visa processing fees charged by the embassy. Paying processing fees will not guarantee that you will get those required entry permits. Actually applying for it is only free. If your visa is rejected after the visa interview, your processing fee will not be returned to you.'],
    ["an embassy blog quoting a scam e-mail's fee for winners", 'Maybe you received such an email declaring you winner in the Diversity Visa Lottery. "Although the Diversity Visa participation was free, the law and regulations require to every diversity visa winner to pay a visa processing fee of $879. The per person fee for each Diversity Visa is $879."'],
  ])('does not fire: %s', (_why, text) => {
    const url = _why.includes('DV-named') ? 'http://dvlottery-2018.com/visa-fees.php' : 'https://example.com/';
    expect(middlemanService(page(text, { url }))).toBeUndefined();
  });
  // review22: the guarantee pattern's look-behinds read the guarantee word again at each place tried; with an unbounded
  // word ending, one long word took time quadratic in its length (16,000 letters: 1.5 s; 200,000: minutes)
  it('reads a long word after a guarantee word in linear time', () => {
    const time = (n: number): number => {
      const text = `Green Card Lottery registration. We guarante${'e'.repeat(n)} nothing. ${'garant'.repeat(n / 6)}`;
      const t0 = performance.now();
      middlemanService(page(text));
      return performance.now() - t0;
    };
    time(1000);
    expect(time(100_000)).toBeLessThan(1000);
  });
  it("still fires on a DV seller's own price beside the visa fee", () => {
    const text = 'Green Card Lottery entry service. Our service fee is $49; the visa fee a winner pays at the embassy is not included.';
    expect(middlemanService(page(text))?.service).toBe('dv-lottery');
  });
  it.each([
    ['rap-greencard-am-terms-4', true],
    ['rap-dvlottery2018-visa-fees', false],
  ])('WRITE page %s of the batch: fires %s', (id, fires) => {
    const entry = loadCorpus().find((e) => e.id === id);
    expect(entry).toBeDefined();
    const prepared = preparePage(textToSnapshot(entry?.text ?? '', entry?.url ?? ''), parseHost(entry?.url ?? ''));
    expect(middlemanService(prepared) !== undefined).toBe(fires);
  });
});

// lead22 (session 22, tune batch real-2026-12ap): an FAQ that asks about a fee and answers that there is none. The
// question names the fee ("What is the processing fee and how can I pay it?") only to say the step is free; on a site
// named after the DV it put a guide at danger (the site's name a look-alike, the question read as the page's fee).
// A seller's FAQ answers the same question with its price and still fires.
describe('middleman-service: a fee asked about in an FAQ and answered "free" is not the page\'s fee', () => {
  it.each([
    [
      'DV guide FAQ',
      'Frequently Asked Questions (FAQ). What is the processing fee and how can I pay it? Applying to the Diversity Immigrant Visa program is absolutely free of charge. You should never be charged an upfront fee to apply to the Green Card lottery.',
      'https://www.dv-lottery-questions.org/questions.html',
    ],
    [
      'ESTA travel blog FAQ',
      'ESTA FAQ. Do I pay a handling fee? No fee: you apply alone on the official site. Start your application online there; the CBP fee is paid by card.',
      'https://www.travel-notes-blog.com/faq',
    ],
  ])('does not fire: %s', (_why, text, url) => {
    expect(middlemanService(page(text, { url }))).toBeUndefined();
  });
  it.each([
    [
      'DV seller FAQ answering with its price',
      'Frequently Asked Questions (FAQ). What is the processing fee and how can I pay it? Our processing fee is $49, payable by card. We submit your entry for you.',
      'https://www.dv-lottery-questions.org/questions.html',
      'dv-lottery',
    ],
    [
      'ESTA seller FAQ: the answer names its fee, the word free elsewhere',
      'ESTA FAQ. Is there a service fee? Yes, our service fee is $59 and includes free support by e-mail.',
      'https://www.esta-questions-guide.com/faq',
      'esta',
    ],
  ])('still fires: %s', (_why, text, url, service) => {
    expect(middlemanService(page(text, { url }))?.service).toBe(service);
  });
});

// audit23 (tune batch real-2026-12au): a newspaper's list of the embassy's steps names the official fee by its local name, which
// holds a service fee's words ("taxa de Serviço de Agendamento de Visto"), and the next sentence says it is the MRV fee: the
// government's fee, told (namedOfficialNext in middleman/clauses.ts). A business's next sentence names its own fee.
describe('middleman-service: a fee the next sentence names as the MRV fee', () => {
  const steps =
    'O que muda com taxa extra para o visto americano? Veja o passo a passo para emitir a autorização de viagem\nNova taxa de R$ 1,3 mil para emissão do visto ainda não tem data para ser cobrada, e deve elevar custo total para cerca de R$ 2,5 mil\n' +
    'Confira o passo a passo para tirar o visto, segundo a Embaixada e Consulados dos EUA no Brasil:\n- 2. Pagar a taxa de Serviço de Agendamento de Visto para poder fazer o agendamento.\nEssa é a taxa MRV (Machine Readable Visa), cobrada ao solicitar o visto – e atualmente fixada em US$ 185 (R$ 1 mil).';
  it('does not fire on the Brazilian newspaper (real, terra.com.br)', () => {
    expect(middlemanService(page(steps, { url: 'https://www.terra.com.br/economia/o-que-muda-com-taxa-extra-para-o-visto-americano' }))).toBeUndefined();
  });
  it('still fires when the next sentence names the business\'s own fee', () => {
    const seller =
      'Visto americano e autorização de viagem: fazemos tudo por você. Pagar a taxa de serviço de R$ 350 para preenchermos o seu DS-160 e agendarmos a entrevista.\nEssa é a taxa da nossa assessoria, sem a taxa consular.';
    expect(middlemanService(page(seller, { url: 'https://www.assessoria-vistos.example.com.br/' }))).toBeDefined();
  });
});
