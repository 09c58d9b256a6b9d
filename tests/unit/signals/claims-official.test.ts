import { describe, expect, it } from 'vitest';
import claimsOfficial from '@/lib/signals/claims-official';
import { decide } from '@/lib/verdict';
import { appointmentServicePath, copiedAgency, fragmentOf, isArchiveCapture, proxiedGovHost } from '@/lib/signals/claims-official/agency-pages';
import { AGENCY_CHROME_WORDS } from '@/lib/text/agency-chrome';
import { expectQuotesPage, page } from './helpers';

describe('claims-official', () => {
  it.each([
    ['USWDS banner', "An official website of the United States government. Here's how you know. USCIS case status."],
    ['.gov banner line', "The .gov means it's official. Federal government websites often end in .gov."],
    ['DHS banner', 'Official website of the Department of Homeland Security. U.S. Citizenship and Immigration Services.'],
    ['first person', 'Welcome to USCIS. Sign in to your account.'],
    ['Spanish banner', 'Un sitio oficial del Gobierno de Estados Unidos. Así es como usted puede verificarlo.'],
    ['Spanish .gov line', 'El .gov significa que es oficial. Servicio de Ciudadanía e Inmigración.'],
    ['we are USCIS (a name)', 'We are U.S. Citizenship and Immigration Services, the agency that grants green cards.'],
    ['this is the official USCIS site (Spanish)', 'Este es el sitio web oficial de USCIS. Inicie sesión en su cuenta.'],
    ['welcome (Spanish, with "web")', 'Bienvenidos al sitio web oficial de USCIS.'],
    ['bare Spanish banner line after a heading', 'Inicio. Sitio oficial de USCIS. Formularios y tarifas.'],
    ['the DHS banner line before the agency name', 'Official website of the Department of Homeland Security. uscis.gov. U.S. Citizenship and Immigration Services.'],
    ['a look-alike calling itself the site (Spanish)', 'Consulta tu caso aquí. Somos el sitio oficial de USCIS en español.'],
    ['welcome to the official DHS website', 'Welcome to the official website of the Department of Homeland Security.'],
    ['a U.S. embassy site footer', 'Immigrant Visas. Schedule your interview. This is the official website of the U.S. Embassy in Georgia. External links to other Internet sites should not be construed as an endorsement of the views or privacy policies contained therein.'],
    ['a U.S. mission site footer', 'Footer Disclaimer This is the official website of the U.S. Mission to the United Nations. External links to other Internet sites should not be construed as an endorsement.'],
    ["a State Department theme's footer", 'This site is managed by the Bureau of Global Public Affairs within the U.S. Department of State. External links to other Internet sites should not be construed as an endorsement.'],
  ])('fires: %s', (_why, text) => {
    const hit = claimsOfficial(page(text));
    expect(hit?.strength).toBe('strong');
  });

  it.each([
    // the .gov banner's body without its first line (copies of agency pages)
    ['banner body, English', "Here's how you know. Official websites use .gov. A .gov website belongs to an official government organization in the United States. Form I-94.", "Here's how you know … Official websites use .gov"],
    ['banner body, Spanish', 'Así es como usted puede verificarlo. Los sitios web oficiales usan .gov. Un sitio web .gov pertenece a una organización oficial del Gobierno de Estados Unidos.', 'Así es como usted puede verificarlo … Los sitios web oficiales usan .gov'],
    // the agency's own voice, two different phrases (a copy of uscis.gov pages)
    ['USCIS voice, English', 'The filing fee can be found on our Fee Schedule page. Filing fees are final regardless of any action we take on your application.', 'our Fee Schedule page … any action we take on your'],
    ['USCIS voice, Spanish', 'La tarifa se puede encontrar en nuestra página de Tarifas. Las tarifas no son reembolsables, independientemente de cualquier acción que tomemos.', 'nuestra página de Tarifas … cualquier acción que tomemos'],
    ['spun copy', 'Sometimes, we possibly may require that you file the paper version. Visit our very own subscribe page to begin.', 'require that you file the paper … our very own subscribe page'],
    ['spun copy, plural', 'Oftentimes, we might require you to submit the papers form. Visit our very own subscribe page.', 'require you to submit the papers … our very own subscribe page'],
    ['USCIS fee page machine-translated into French', "Vous devez payer les frais de services biométriques. Nous rejetterons votre formulaire si nous le recevons sans les frais. Si le transfert ne peut pas se produire, vous nous autorisez à traiter la copie de votre chèque d'origine.", "Nous rejetterons votre formulaire … vous nous autorisez à traiter la copie de votre chèque"],
    ['the USCIS fee schedule copied, half translated', 'If you are filing by mail, please visit our website for filing guidance. REMARQUE : Si vous envoyez un chèque à l\'USCIS, nous le convertirons en virement électronique de fonds (VEF).', 'our website for filing guidance … nous le convertirons en virement électronique de fonds'],
    ['copy of the USCIS contact page', 'Many of our tools and resources are available to the public. If you have tried our tools and still need help, call. For FOIA questions, email us at FOIAPAQuestions@uscis.dhs.gov.', 'our tools and resources are available to the public … If you have tried our tools'],
  ])('fires strong, quoting the copied lines: %s', (_why, text, evidence) => {
    const hit = claimsOfficial(page(text));
    expect(hit?.strength).toBe('strong');
    expect(hit?.evidence).toBe(evidence);
  });

  it.each([
    ['a French law firm on USCIS rejections (third person)', "L'USCIS rejettera votre formulaire si les frais manquent. En nous contactant, vous nous autorisez à traiter vos données personnelles."],
    ['a French guide on check payments', "Si vous payez par chèque, l'USCIS le convertira en virement électronique. Notre guide explique chaque étape."],
  ])('French pages about USCIS are not its voice: %s', (_why, text) => {
    expect(claimsOfficial(page(text))).toBeUndefined();
  });

  it('one line of agency voice is only weak (reposts of USCIS advice keep one)', () => {
    expect(claimsOfficial(page('To find your filing fee, see our Fee Schedule page before you file Form I-130.'))).toMatchObject({ strength: 'weak', evidence: 'our Fee Schedule page' });
  });

  it.each([
    ['guide explaining one banner line', 'How do you know a site is real? Official websites use .gov, so check the address before you pay.'],
    ['guide quoting banner lines', 'The banner says "Here\'s how you know" and "Official websites use .gov" at the top of the page.'],
  ])('does not fire: %s', (_why, text) => {
    expect(claimsOfficial(page(text))).toBeUndefined();
  });

  it.each([
    ['guide quoting the banner', 'At the top of the USCIS homepage you\'ll find the statement "Official website of the Department of Homeland Security".'],
    ['quoted in quotation marks', 'Look for the words "An official website of the United States government" at the top.'],
    ['pointing to the official site', 'Apply only on the official ESTA website, esta.cbp.dhs.gov.'],
    ['pointing to USCIS', 'Enter your receipt number on the official USCIS website or mobile app.'],
    ['warning', 'Fake sites copy the line an official website of the United States government to fool you.'],
    ['Spanish quote', 'Busque la frase "Un sitio oficial del Gobierno de Estados Unidos" en la parte superior.'],
    ['adjective compound', 'We are USCIS-experienced immigration attorneys. Call us for a consultation.'],
    // a business's own tools, and a guide giving the USCIS address (not "us")
    ['law firm tools', 'Many of our tools and resources are free for clients. Use our online tools to check your eligibility for a green card.'],
    ['guide quoting the FOIA address', 'For FOIA questions, e-mail USCIS at FOIAPAQuestions@uscis.dhs.gov or call the Contact Center.'],
    ['adjective, no hyphen', 'We are USCIS approved civil surgeons for your medical exam.'],
    ['Spanish pointer: visite', 'Abogados de inmigración. Visite el sitio oficial de USCIS para descargar formularios gratis.'],
    ['Spanish pointer: en el sitio web', 'Descargue los formularios en el sitio web oficial de USCIS sin costo.'],
    ['Spanish pointer: vaya al', 'Vaya al sitio oficial del Departamento de Seguridad Nacional para más información.'],
    ['English pointer to a department site', 'Visit the official website of the Department of State to apply for a passport.'],
    // the same verbs in the infinitive and the familiar "tú" (tune batch real-2026-12aq: a Spanish civics-test guide)
    ['Spanish pointer: recomendamos consultar', 'Te recomendamos siempre consultar el sitio oficial de USCIS y/o a un abogado de Inmigración.'],
    ['Spanish pointer: visita (tú)', 'Para ver las 100 preguntas, visita el sitio web oficial de USCIS.'],
    ['Spanish pointer: revisa (tú)', 'Antes de tu entrevista revisa el sitio oficial de USCIS.'],
    ['Spanish pointer: ingresar al', 'Puedes ingresar al sitio oficial de USCIS para ver el estado de tu caso.'],
    // audit22: a guide saying where the agency's site is ('… is www.uscis.gov', '… es www.uscis.gov', '…: www.dhs.gov',
    // '… termina en .gov'): the page names the agency's address, it does not claim to be that site
    ['guide: the official site of USCIS is uscis.gov', 'Avoid scams. The official website of U.S. Citizenship and Immigration Services is www.uscis.gov, and its forms are free.'],
    ['guide (es): el sitio oficial de USCIS es uscis.gov', 'Cómo evitar estafas. El sitio oficial de USCIS es www.uscis.gov y los formularios son gratis.'],
    ['link list: official website of DHS: dhs.gov', 'Useful links. Official website of the Department of Homeland Security: www.dhs.gov. Travel: travel.state.gov.'],
    ['guide (es): the official site ends in .gov', 'Recuerda: el sitio web oficial del Servicio de Ciudadanía e Inmigración termina en .gov. Desconfía de páginas que piden pagos.'],
  ])('does not fire: %s', (_why, text) => {
    expect(claimsOfficial(page(text))).toBeUndefined();
  });
});

// Agency pages republished whole on other hosts (tune batch real-2026-12c: USAGov's green card page,
// USCIS's citizenship page, the State Department's DV-interview page): two of their sentences in the
// agency's wording are a copy, even run together with the page's own "Beware of Scams" heading.
describe('claims-official: copies of agency pages', () => {
  it.each([
    [
      "USAGov's green card page",
      'Apply for, Renew, or Replace a Green Card - Gives you official immigration status in the United States - Entitles you to certain rights and responsibilities - Beware of Scams: scammers will try to take advantage of you.',
    ],
    [
      "the State Department's DV interview page",
      'Note: You will only be scheduled for an interview when and if there is a visa number available for you. The e-mail will instruct you to log into the Entrant Status Check to view the date of your interview.',
    ],
  ])('a copy is strong: %s', (_why, text) => {
    expect(claimsOfficial(page(text))?.strength).toBe('strong');
  });

  it.each([
    ['one quoted sentence', 'A green card, USAGov explains, "gives you official immigration status in the United States". Our lawyers can help you apply.'],
    ['a paraphrase', 'A Green Card gives you permanent residence and certain rights; if you have questions, ask USCIS or a lawyer.'],
    // tune batch real-2026-12h: guides and news that quote one piece of these sites
    ['a guide repeating one appointment-site sentence', 'You can schedule both appointments, either online using this website or through the call center. Check the earliest available interview date and book it.'],
    ['a DS-160 guide repeating the tips', 'Tips for the DS-160: write down the Application ID displayed on the top right hand corner of the page. The system will time out after 20 minutes of inactivity, and you will lose all unsaved information, so save often.'],
    ['a how-to naming USAGov', 'USAGov answers questions by phone: you can ask a real person any government-related question for free. Last updated: March 2, 2024.'],
    ['a Spanish guide describing the ESTA help', 'En el paso 6 del formulario oficial, marque el casillero “Descargo de responsabilidad” y haga clic en “Pagar ahora”: el pago es de 21 dólares.'],
    ['a news story about the .gov banner', 'Official guidance emphasizes that websites ending with the ".gov" domain extension signify an affiliation with a government organization; a lock icon signals a secure connection.'],
    ['a forum post naming the appointment system', 'The U.S. Embassy is moving appointments to www.ustraveldocs.com/ru. Pay the $140 fee, fill in the DS-160 and book your interview there.'],
    // Vietnamese pages that repeat one consular instruction or describe the fees in their own words
    ['a Vietnamese guide repeating one consular instruction', 'Đương đơn nên chuẩn bị đóng lệ phí này tại Lãnh sự quán vào ngày phỏng vấn. Chúng tôi hướng dẫn quý khách chuẩn bị hồ sơ miễn phí.'],
    ['a Vietnamese visa agency taking payment at its own office', 'Quý khách có thể thanh toán phí dịch vụ tại văn phòng chúng tôi. Chúng tôi nhận thanh toán bằng tiền mặt hoặc chuyển khoản.'],
  ])('not a copy: %s', (_why, text) => {
    expect(claimsOfficial(page(text))).toBeUndefined();
  });
});

// Copies of agency pages that keep the agency site's own structure but neither its .gov banner nor
// its first person (tune batch real-2026-12e: travel.state.gov pages with their menus on
// "excursion" sites, the Entrant Status Check help on a scraped-article site, the Spanish ESTA start
// page on a free site builder, the DV instructions FAQ on a blog). Two pieces of the site (menus,
// help headings, form instructions, footers) or of its sentences make a copy; quoting one does not.
describe('claims-official: copies by the agency site structure', () => {
  it.each([
    [
      'travel.state.gov menus',
      'Update April 12, 2024. • Travel Advisories | • Contact Us | • MyTravelGov | Find U.S. Embassies & Consulates. Visa Waiver Program. The Visa Waiver Program (VWP) enables most citizens to travel without a visa.',
      'Advisories | • Contact Us | • MyTravelGov … Embassies & Consulates',
    ],
    [
      'the state menu written as a list',
      'Travel.state.gov, congressional liaison, special issuance agency, u.s. passports, international travel, intercountry adoption, international parental child abduction, records and authentications, popular links. What is a U.S. Visa?',
      'liaison, special issuance agency … child abduction, records and authentications',
    ],
    [
      'Entrant Status Check help headings',
      'Electronic Diversity Visa (2024). Entrant Status Check (ESC) Online Help. Introduction to ESC. When you are completing the Enter Entrant Information page, you may receive an error message. Navigating in the ESC Web Site.',
      'Entrant Information page … Navigating in the ESC Web Site',
    ],
    [
      'the Spanish ESTA start page',
      'Bienvenido al sitio web del Sistema electrónico para la autorización de viaje (ESTA). Por favor responda todo en inglés. Los campos obligatorios se indican con un asterisco rojo *. Solicite una Autorización de viaje a Estados Unidos.',
      'Bienvenido al sitio web del Sistema electrónico para la autorización de viaje … campos obligatorios se indican con un asterisco rojo',
    ],
    [
      'the DV instructions FAQ',
      'You can hit the “Submit” button as many times as is necessary until a complete application is received. How do I know if I am selected? Entrant Status Check is the sole means by which you will be notified if you are selected.',
      'hit the “Submit” button as many times as is necessary … sole means by which you will be notified if you are selected',
    ],
    [
      'one copied sentence and the USCIS menu',
      'Topics • Forms • Newsroom • Citizenship • Green Card • Laws • Tools. Gives you official immigration status in the United States.',
      'Gives you official immigration status in the United States … Newsroom • Citizenship • Green Card • Laws • Tools',
    ],
    [
      'a USCIS form page: its menu and its layout',
      'Forms Newsroom Citizenship Green Card Laws Tools. I-130, Petition for Alien Relative. Purpose of Form: for a citizen or lawful permanent resident to establish the relationship to certain alien relatives. Edition Date: 01/08/12. Note on Expiration: USCIS continues to accept this edition. Where to File: mail your petition to the Chicago Lockbox.',
      'Newsroom Citizenship Green Card Laws Tools … Edition Date: 01/08/12. Note on Expiration: USCIS continues to accept this edition. Where to File',
    ],
    [
      'the Spanish DHS footer and the USCIS footer',
      'Leyes. Arriba. USCIS.gov Un sitio web oficial de U.S. Department of Homeland Security. Acerca de USCIS • Accesibilidad • Presupuesto y Rendimiento • Componentes de DHS • Ley de Libertad de Información.',
      'sitio web oficial de U.S. Department of Homeland Security … Presupuesto y Rendimiento • Componentes de DHS • Ley de Libertad de Información',
    ],
    // tune batch real-2026-12h: the visa-appointment service, the DS-160 start page, USAGov, the ESTA site's Spanish help, a spun banner
    [
      'the appointment service page on another host',
      'Schedule My Appointment. Applicants for U.S. visas are required to appear in person for a visa interview at the U.S. Embassy. You must schedule an appointment for that interview, either online using this website or through the call center. Restrictions to Changing Appointments. Applicants are limited to rescheduling their appointment three times.',
      'online using this website or through the call center … Restrictions to Changing Appointments',
    ],
    [
      'two sentences of the appointment page, no headings',
      'You must schedule an appointment for that interview, either online using this website or through the call center. Applicants are limited to the number of times they can reschedule their appointments. Please plan accordingly so that you are not required to pay another visa application fee.',
      'online using this website or through the call center … accordingly so that you are not required to pay another visa application fee',
    ],
    [
      'the DS-160 start page cloned',
      'Welcome! The first step in applying for a U.S. nonimmigrant visa is to complete your application. Get Started. Upload your digital photo. You will be asked for your application ID and answer a security question. Save your application frequently. The system will time out after 20 minutes of inactivity, and you will lose all unsaved information.',
      'application ID and answer a security question … inactivity, and you will lose all unsaved information',
    ],
    [
      'the DS-160 start page in the first person',
      'Online Nonimmigrant Visa Application (DS-160). Tooltip Language: English [View Tool Tip Help]. On this website, you can apply for a U.S. nonimmigrant visa. Filling out the application on our site is the first step in the process.',
      'Filling out the application on our site is the first step … Tooltip Language',
    ],
    [
      'a USAGov page with its dated footer',
      'How to check the status of your visa application | USAGov. Check the status of your immigrant or nonimmigrant visa application online. LAST UPDATED: January 4, 2024 Have a question? Ask a real person any government-related question for free. They will get you the answer.',
      'UPDATED: January 4, 2024 Have a question … real person any government-related question',
    ],
    [
      "the ESTA site's Spanish welcome and help",
      'Bienvenido al Sistema electrónico para la autorización de viaje (ESTA). Completando su Solicitud ESTA. También se le pedirá que responda nueve preguntas de seguridad. Marque el casillero “Descargo de responsabilidad” y haga clic en “Pagar ahora”.',
      'Bienvenido al Sistema electrónico para la autorización de viaje … nueve preguntas de seguridad',
    ],
    [
      'the .gov banner run through a word spinner',
      'Here’s how you know Formal Sites use .gov A .gov Web site belongs to an Formal federal government organization in America. Safe .gov Web sites use HTTPS A lock.',
      'Here’s how you know … Formal Sites use .gov',
    ],
    [
      "the U.S. Consulate's Vietnamese fee page in its own voice",
      'Mỗi đương đơn cần đóng lệ phí thị thực riêng tại Trung tâm Thị thực Quốc gia hoặc tại văn phòng chúng tôi. Nếu chưa trả phí, vui lòng chuẩn bị để đóng lệ phí này tại Lãnh sự quán vào ngày phỏng vấn.',
      'Trung tâm Thị thực Quốc gia hoặc tại văn phòng chúng tôi … đóng lệ phí này tại Lãnh sự quán vào ngày phỏng vấn',
    ],
    [
      "the appointment service's Vietnamese fee page",
      'Địa điểm và Thanh toán Phí xin Thị Thực. Trên trang này: Tổng quan. Hầu hết các đương đơn phải thanh toán phí xét đơn xin Thị Thực (MRV). Đây là lệ phí bắt buộc dù thị thực có được cấp hay không.',
      'Địa điểm và Thanh toán Phí xin Thị Thực … Đây là lệ phí bắt buộc dù thị thực có được cấp hay không',
    ],
  ])('a copy is strong: %s', (_why, text, evidence) => {
    const hit = claimsOfficial(page(text));
    expect(hit).toMatchObject({ strength: 'strong', evidence });
  });

  it.each([
    // one piece of the site, quoted or named by a guide, a search index or an event page
    ['a search index listing the ESTA site title twice', 'Official ESTA Application Website - Home. What is the difference between an ESTA and a visa? Official ESTA Application Website - FAQ. Do I need to re-apply?'],
    ['a guide naming one menu', 'On travel.state.gov, use the Travel Advisories | Contact Us | MyTravelGov links at the top to find help.'],
    ['a guide describing the ESTA form', 'On the official site, required fields are marked with a red asterisk, so fill those in first. Our guide explains each question.'],
    ['a lawyer summarising a form (its layout only)', 'Form I-130 at a glance. Edition date: 01/20/25; older editions are rejected. Where to file: the lockbox for your state. Our attorneys prepare the petition for a flat fee.'],
    ['a forms table with edition and fee', 'Immigration Forms. Title Form Number Filing Fee Edition. Petition for a Nonimmigrant Worker I-129 $320 3/11/09. Previous editions accepted.'],
    ['an event page pasting State text', 'What is a U.S. Visa? A citizen of a foreign country who seeks to travel to the United States generally must first obtain a U.S. visa. The visa section of the website contains information on U.S. visas. EVENT QUESTIONS'],
    ['a library blog describing the USCIS site', 'USCIS has a wide variety of tools on their website located under the tools tab. Ask Emma is an interactive virtual assistant located at the top corner of the USCIS website.'],
    ['a guide quoting the menu in quotation marks', 'The USCIS home page has a menu "Topics Forms Newsroom Citizenship Green Card Laws Tools" and a sign-in box. Access USCIS online services from there.'],
  ])('not a copy: %s', (_why, text) => {
    expect(claimsOfficial(page(text))).toBeUndefined();
  });

  it('a .gov page served by a web proxy under its own host is a copy, whatever the page says', () => {
    const text = 'The USCIS blog. Read about naturalization ceremonies and news.';
    expect(claimsOfficial(page(text, { url: 'https://1.800.gay:443/https/blog.uscis.gov' }))).toMatchObject({ strength: 'strong', evidence: 'blog.uscis.gov' });
    expect(claimsOfficial(page(text, { url: 'https://lawfirm.example/out?to=https://blog.uscis.gov' }))).toBeUndefined();
    expect(claimsOfficial(page(text, { url: 'https://web.archive.org/web/20151211033644/https://blog.uscis.gov/' }))).toBeUndefined();
  });

  it.each([
    // two lines of a U.S. mission's visa pages in its own voice (mirrors, copy tools, shops)
    ['an embassy visa page served by a copy tool', 'Creating an account online gives us the information we need to return your passport and documents to you after your interview. To learn more about the different visa categories available, please visit our Directory of Visa Categories.', 'information we need to return your passport … Directory of Visa Categories'],
    ['the Customer Service Statement with the contact line under it', 'We promise to you, the visa applicant that: We will treat you with dignity and respect, even if we are unable to grant you a visa. Treat our staff with dignity and respect. Contact Information If you have a question or comment about immigrant or non-immigrant visas, please click on this link to contact us.', 'dignity and respect, even if we are unable to grant … question or comment about immigrant or non-immigrant visas'],
    ['an Italian mirror of an embassy visa page', "Vedere la nostra Elenco di Visa Categorie per determinare quali il visto categoria potrebbe essere appropriato. Per ulteriori informazioni contattate la sezione visti attraverso il nostro navigatore visti.", 'Elenco di Visa Categorie … navigatore visti'],
    ['a German copy', 'Einen Überblick über verschiedene Visakategorien finden Sie in unserem Verzeichnis der Visakategorien. Bitte kontaktieren Sie uns über our visa navigator.', 'Verzeichnis der Visakategorien … visa navigator'],
  ])('fires strong on a copy of a U.S. mission\'s pages: %s', (_why, text, evidence) => {
    expect(claimsOfficial(page(text))).toMatchObject({ strength: 'strong', evidence });
  });

  it.each([
    ['another country\'s embassy in the U.S.', 'This is the official website of the Embassy of Portugal in Washington, D.C. Consular Section: appointments and passports.'],
    ['a guide pointing to the embassy site', 'For visa appointments, visit the official website of the U.S. Embassy in Nigeria and follow its instructions.'],
    ['a guide quoting the footer', 'Real embassy pages end with a footer that says "This is the official website of the U.S. Embassy in Kenya." Check the address too.'],
    ['a news site about the State Department', 'The travel.state.gov site is managed by the U.S. Department of State, which also runs the embassies.'],
  ])('not a self-claim of a U.S. mission: %s', (_why, text) => {
    expect(claimsOfficial(page(text))).toBeUndefined();
  });

  it.each([
    // one piece of the mission's template: a quotation, a document host, an attributed repost
    ['a lawyer reproducing the Customer Service Statement with attribution', 'The Customer Service Statement to Visa Applicants (reproduced below verbatim): We will treat you with dignity and respect, even if we are unable to grant you a visa. If you feel that a consular officer has violated your rights, please feel free to contact us.'],
    ['a document host carrying an embassy handout', 'Transcript of the handout. Registering provides us with the information we need to return your passport to you after your interview. Read our interview guidelines. Website: ht.usembassy.gov'],
    ['a guide naming the directory in the third person', "See the State Department's Directory of Visa Categories to choose a visa. The embassy's visa navigator answers questions about appointments."],
    ['a newspaper column by an embassy (its own voice, none of the site template)', 'Our policy is to respond to queries related to individual visa cases in writing. We encourage anyone with a question on a visa case to write to us by e-mail when possible.'],
  ])('not a copy of a mission page: %s', (_why, text) => {
    expect(claimsOfficial(page(text))).toBeUndefined();
  });

  it('a page kept under the visa-appointment service\'s own file layout on another host is a clone of the service', () => {
    const text = 'Thông tin về Thị Thực Định cư. Trên trang này: Tổng quan.';
    expect(claimsOfficial(page(text, { url: 'http://www.clone.example.cn/vn_vn/vn-iv-visaapplyinfo.asp' }))).toMatchObject({ strength: 'strong', evidence: '/vn_vn/vn-iv-visaapplyinfo.asp' });
    expect(claimsOfficial(page(text, { url: 'https://visa-agency.example/vietnam/immigrant-visa-info' }))).toBeUndefined();
  });

  it('a web archive holds copies on purpose: its capture of an agency page is not judged here', () => {
    const text = "An official website of the United States government. Here's how you know. Topics Forms Newsroom Citizenship Green Card Laws Tools. USCIS Contact Center.";
    expect(claimsOfficial(page(text, { url: 'https://web.archive.org/web/20151211033644/https://www.uscis.gov/contactcenter' }))).toBeUndefined();
    expect(claimsOfficial(page(text, { url: 'https://swap.stanford.edu/was/20151211033644mp_/https://www.uscis.gov/node/44792' }))).toBeUndefined();
    // the same page on a host whose address names no capture is a copy
    expect(claimsOfficial(page(text, { url: 'https://uscis-help.example/contactcenter' }))?.strength).toBe('strong');
    expect(claimsOfficial(page(text, { url: 'https://mirror.example/2015/12/11/uscis.gov/contactcenter' }))?.strength).toBe('strong');
    // shorter capture times (web.archive.org/web/202204/https://…, archive.ph/2024.04.28-082958/https://…)
    expect(claimsOfficial(page(text, { url: 'https://web.archive.org/web/2015/https://www.uscis.gov/contactcenter' }))).toBeUndefined();
    expect(claimsOfficial(page(text, { url: 'https://archive.ph/2024.04.28-082958/https://www.uscis.gov/contactcenter' }))).toBeUndefined();
    // a web proxy's path is no capture: the proxy still carries an agency page
    expect(claimsOfficial(page(text, { url: 'https://proxy.example/web/https://www.uscis.gov/contactcenter' }))?.strength).toBe('strong');
  });

  it.each([
    'https://archive.ph/2023.01.05-101010/https://www.uscis.gov/contactcenter',
    'https://archive.ph/AbCdE',
    'https://web.archive.org/web/*/https://www.uscis.gov/contactcenter*',
    'https://web.archive.org/web/20230101000000*/https://www.uscis.gov/contactcenter',
  ])('archive.today captures and the Wayback calendar are archives too, not proxies (danger before): %s', (url) => {
    const text = "An official website of the United States government. Here's how you know. Topics Forms Newsroom Citizenship Green Card Laws Tools. USCIS Contact Center.";
    expect(claimsOfficial(page(text, { url }))).toBeUndefined();
    // a proxy path with no capture time is still a copy
    expect(claimsOfficial(page(text, { url: 'https://proxy.example/browse/https://www.uscis.gov/contactcenter' }))?.strength).toBe('strong');
  });
});

// copy26: copies of ssa.gov and irs.gov pages, caught by two pieces of the agency site's own chrome (read from the agencies'
// stored pages: faq.ssa.gov's answer lines, ssa.gov/ssnumber's question tool, the POMS manual's transmittal line, irs.gov's
// footer line and notice-page layout), and the warning names that agency and its own site, not USCIS.
describe('claims-official: copies of ssa.gov and irs.gov pages', () => {
  const SSA_FAQ_COPY =
    'If you lost your card, you may not need a replacement. In most cases, simply knowing your Social Security number (SSN) is enough. ' +
    'Click the Start below and we’ll tell you the best way to apply and documents you will need. There is no charge for a replacement card. ' +
    'Other Questions You May Find Helpful Comments (0) Give us Feedback. Did this answer your question?';
  const IRS_NOTICE_COPY =
    'Understanding your CP14 Notice What this notice is about We sent you this notice because you owe money on unpaid taxes. ' +
    'What you need to do Read your notice carefully. Pay the amount you owe by the due date on the notice. Contact us if you disagree. ' +
    'Page Last Reviewed or Updated: 12-Mar-2024';
  const POMS_COPY =
    'RM 10211: Alien Evidence for an SSN TN 14 (09-10) A change in an applicant’s lawful alien status sometimes requires an update to the Numident. ' +
    'If an applicant submits an expired I-94 and an unexpired Employment Authorization Document (EAD, I-766), see RM 10211.420.';

  it('an SSA page copied with its FAQ lines and card tool is a copy of ssa.gov, and the warning names ssa.gov', () => {
    const hit = claimsOfficial(page(SSA_FAQ_COPY, { url: 'https://teaching-pages.example/654211.html' }));
    expect(hit).toMatchObject({ strength: 'strong', service: 'ssa' });
    expectQuotesPage(hit, SSA_FAQ_COPY);
    const v = decide('https://teaching-pages.example/654211.html', { url: 'https://teaching-pages.example/654211.html', title: '', text: SSA_FAQ_COPY, truncated: false, forms: [], lang: 'en' });
    expect(v).toMatchObject({ level: 'danger', service: 'ssa', impersonates: { id: 'ssa', host: 'ssa.gov' } });
  });

  it('an IRS notice page copied with its layout and footer line is a copy of irs.gov, and the warning names irs.gov', () => {
    expect(claimsOfficial(page(IRS_NOTICE_COPY, { url: 'https://refund-dates.example/cp14' }))).toMatchObject({ strength: 'strong', service: 'irs' });
    const v = decide('https://refund-dates.example/cp14', { url: 'https://refund-dates.example/cp14', title: '', text: IRS_NOTICE_COPY, truncated: false, forms: [], lang: 'en' });
    expect(v).toMatchObject({ level: 'danger', service: 'irs', impersonates: { id: 'irs', host: 'irs.gov' } });
  });

  it('a mirror of the Social Security manual keeps its transmittal line and section numbers (tune batch real-2026-12bd)', () => {
    expect(claimsOfficial(page(POMS_COPY, { url: 'http://poms-mirror.example/poms/lnx/0110211510' }))).toMatchObject({ strength: 'strong', service: 'ssa' });
  });

  it('pieces of two agencies make a copy whose route stays USCIS (no single agency to name)', () => {
    const text = 'Topics Forms Newsroom Citizenship Green Card Laws Tools. Other Questions You May Find Helpful. Give us Feedback. Did this answer your question?';
    expect(claimsOfficial(page(text, { url: 'https://mixed.example/' }))).toMatchObject({ strength: 'strong', service: 'uscis' });
  });

  it('one piece is a quotation, not a copy: a guide naming the IRS notice headings, a newspaper printing the SSA column', () => {
    const guide = 'IRS notices are letters. The IRS page has a section "What this notice is about" and another "What you need to do": read both, then call a tax professional. Our team can help.';
    expect(claimsOfficial(page(guide, { url: 'https://taxhelp.example/cp14' }))).toBeUndefined();
    const column = 'Beware of Social Security Scams by a Social Security Public Affairs Specialist. That call is not from us. Report the scam to the Office of the Inspector General. Social Security Number Services are Always Free.';
    expect(claimsOfficial(page(column, { url: 'https://localnews.example/2020/01/27/beware' }))).toBeUndefined();
  });

  it('a lawyer citing a publication and manual sections carries citations, not the pages: no copy', () => {
    const text = 'For noncitizens, see SSA Publication No. 05-10096 and POMS RM 10211.185 and RM 10211.530; our attorneys can review your documents.';
    expect(claimsOfficial(page(text, { url: 'https://law.example/ssn' }))).toBeUndefined();
  });
});

// copy27: copies that keep the body but not the site chrome. An SSA booklet speaks of itself in the agency's voice and keeps
// its table of contents; the card page keeps its free-services box (older edition); a manual section first issued keeps its
// "BASIC (mm-yy)" line under the chapter's heading (tune batch real-2026-12bd). A page that says whose it is reproduces them
// under its own name: a credit ("Authored By: Social Security Administration", "Source: IRS") or a tax office's clients.
describe('claims-official: SSA and IRS pages copied without their site chrome', () => {
  const SSI_BOOKLET =
    'What You Need to Know When You Get Supplemental Security Income (SSI) What’s inside Introduction 1 About your payments 1 What you must report to us 4 ' +
    'Contacting Us 26 1 Introduction This booklet explains some of your rights and responsibilities when you receive Supplemental Security Income (SSI) payments. ' +
    'We suggest you take some time now to read this booklet, so you can refer to it in the future. To get SSI, you must be a U.S. citizen or national or a noncitizen in certain categories.';
  const DISABILITY_BOOKLET =
    'What You Need To Know When You Get Disability Benefits Who Should Read This Booklet? You should, now that you’re receiving Social Security disability benefits. ' +
    'For easy reference, this booklet is divided into four parts. What’s Inside Part 1: Your Disability Benefits Your Benefit Amount When To Expect Your Benefit';

  it('a booklet that speaks of itself and keeps its table of contents is a copy of ssa.gov, even with no immigration word', () => {
    expect(claimsOfficial(page(SSI_BOOKLET, { url: 'https://wellness-blog.example/ssi-3890' }))).toMatchObject({ strength: 'strong', service: 'ssa' });
    const v = decide('https://wellness-blog.example/ssdi-3890', { url: 'https://wellness-blog.example/ssdi-3890', title: '', text: DISABILITY_BOOKLET, truncated: false, forms: [], lang: 'en' });
    expect(v).toMatchObject({ level: 'danger', service: 'ssa', impersonates: { id: 'ssa' } });
  });

  it("the card page's older free-services box with its question tool, and a manual section's first-edition line with its section numbers, are copies", () => {
    const card =
      'If you do need a replacement, we make it easy. Click the Start below and we’ll tell you the best way to apply and documents you will need. ' +
      'Some businesses offer Social Security name changes or cards for a fee. Social Security is the best place to get information about Social Security.';
    expect(claimsOfficial(page(card, { url: 'https://random-pages.example/654211.html' }))).toMatchObject({ strength: 'strong', service: 'ssa' });
    const poms = 'RM 10211: Alien Evidence for an SSN BASIC (10-09) If an alien who is not authorized to work wants an SSN card, see RM 10211.420.';
    expect(claimsOfficial(page(poms, { url: 'http://poms-mirror.example/poms/RM-10211.620' }))).toMatchObject({ strength: 'strong', service: 'ssa' });
  });

  it('one booklet line is a mention, not a copy: a column recommending the booklet, a legal-aid entry naming it', () => {
    const column = 'If you get SSI, you should read this booklet: What You Need to Know When You Get SSI. Social Security is the best place to get information about Social Security.';
    expect(claimsOfficial(page(column, { url: 'https://localnews.example/ssi-column' }))).toBeUndefined();
    const entry = 'Supplemental Security Income (SSI) Authored By: Social Security Administration This booklet from the Social Security Administration explains what SSI is.';
    expect(claimsOfficial(page(entry, { url: 'https://legalhelp.example/resource/ssi' }))).toBeUndefined();
  });

  it('a page that credits the agency or speaks to its own clients reproduces its pages under its own name: no copy', () => {
    const reprint = 'Supplemental Security Income (SSI) Authored By: Social Security Administration. ' + SSI_BOOKLET;
    expect(claimsOfficial(page(reprint, { url: 'https://legalhelp.example/resource/ssi-booklet' }))).toBeUndefined();
    const preparer =
      'Source: IRS. Understanding your CP14 Notice What this notice is about We sent you this notice because you owe money on unpaid taxes. ' +
      'What you need to do Read your notice carefully. Page Last Reviewed or Updated: 12-Mar-2024';
    expect(claimsOfficial(page(preparer, { url: 'https://smalltax.example/cp14' }))).toBeUndefined();
  });
});

describe('agency-pages', () => {
  it('the Social Security FAQ lines count once however many of them a page keeps; the agency of a copy is named only when all its pieces are one agency\'s', () => {
    expect(fragmentOf('questions you may find helpful')).toBe('ssa-faq');
    expect(fragmentOf('give us feedback. did this answer your question')).toBe('ssa-faq');
    expect(copiedAgency(['ssa-faq', 'ssa-card-start'])).toBe('ssa');
    expect(copiedAgency(['irs-last-reviewed', 'irs-notice-layout'])).toBe('irs');
    expect(copiedAgency(['ssa-faq', 'irs-last-reviewed'])).toBeUndefined();
    expect(copiedAgency(['uscis-menu', 'ssa-faq'])).toBeUndefined();
  });

  it('every ssa.gov and irs.gov piece opens the relevance gate by one of its own words (lib/text/agency-chrome.ts)', () => {
    for (const sample of ['questions you may find helpful', 'give us feedback. did this answer your question', 'start below and we’ll tell you the best way to apply', 'social security number services are always free', 'ssa publication no. 05-10096, january 2004, (recycle prior editions) icn 468630', 'treat all calls confidentially', 'booklet explains some of your rights and responsibilities', 'should read this booklet', 'best place to get information about social security', 'link to this section - use this url', 'page last reviewed or updated', 'popular for tax pros', 'archival or historical document and may not reflect current law', 'notice is about x what you need to do', 'developments x other items you may find useful']) {
      const id = fragmentOf(sample);
      expect(id, sample).toMatch(/^(?:ssa|irs)-/);
      expect(AGENCY_CHROME_WORDS.some((w) => sample.includes(w)), sample).toBe(true);
    }
  });

  it.each([
    ['https://web.archive.org/web/20130215205151/http://ukraine.usembassy.gov/children-issues.html', true],
    ['https://web.archive.org/all/20041215004840/http://www.state.gov/r/pa/pil/pc/32868.htm', true],
    ['https://cybercemetery.unt.edu/archive/oilspill/20130227203159/http://travel.state.gov/about/about_304.html', true],
    ['http://eot.us.archive.org/eot/20080919221847/butterfield.house.gov/Passports.asp', true],
    // shorter capture times, always with the archived address's scheme, and none on the Wayback Machine
    ['https://web.archive.org/web/202204/https://www.uscis.gov/green-card', true],
    ['https://archive.ph/2025/https://www.uscis.gov/', true],
    ['https://archive.ph/2024.04.28-082958/https://travel.state.gov/content/travel.html', true],
    ['https://archive.ph/20120731042240/http:/ee.stanford.edu/timeline.php', true],
    ['https://web.archive.org/web/https://www.uscis.gov/green-card', true],
    ['https://mirror.example/2015/uscis.gov/contactcenter', false],
    ['https://proxy.example/web/https://www.uscis.gov/green-card', false],
    ['https://archive.md/FNMT7', true],
    ['https://archive.ph/wip/AbCdE', false],
    ['https://archive.ph.evil.com/FNMT7', false],
    ['https://1.800.gay:443/https/blog.uscis.gov', false],
    ['https://example.com/blog/20240101120000-uscis-news', false],
    ['https://example.com/order/12345678901234/', false],
    // archive.today: its dotted capture time, a shorter time, its short addresses (archive.ph/2024.04.28-082958/https://…, archive.ph/2025/https://…)
    ['https://archive.ph/2024.04.28-082958/https://www.uscis.gov/green-card', true],
    ['https://archive.ph/2025/https://travel.state.gov/content/travel/en/us-visas.html', true],
    ['https://archive.ph/AbCdE', true],
    ['https://archive.li/AbCdE', true],
    // the Wayback Machine's calendar and list of captures
    ['https://web.archive.org/web/*/https://www.uscis.gov/green-card*', true],
    ['https://web.archive.org/web/2023*/https://www.uscis.gov/green-card', true],
    // not an archive: a year folder before a host name with no scheme, a look-alike of archive.today's name
    ['https://example.com/blog/2023/uscis.gov-tips', false],
    ['https://mirror.example/2015/12/11/uscis.gov/contactcenter', false],
    ['https://archive-ph.example/https://www.uscis.gov/', false],
  ])('isArchiveCapture(%s) = %s', (url, expected) => {
    expect(isArchiveCapture(url)).toBe(expected);
  });

  it('the DS-160 tips and the ESTA help count once however many of them are copied', () => {
    expect(fragmentOf('inactivity, and you will lose all unsaved information')).toBe('ceac-tips');
    expect(fragmentOf('application id displayed on the top right')).toBe('ceac-tips');
    expect(fragmentOf('pagar ahora y completar la solicitud')).toBe('esta-help-es');
    expect(fragmentOf('nueve preguntas de seguridad')).toBe('esta-help-es');
  });

  it.each([
    ['https://1.800.gay:443/https/blog.uscis.gov', 'blog.uscis.gov'],
    ['https://proxy.example/http/www.travel.state.gov/content/travel/en/us-visas.html', 'www.travel.state.gov'],
    ['https://mirror.example/browse/https://esta.cbp.dhs.gov/esta', 'esta.cbp.dhs.gov'],
    // a site-copying tool's folder, the scheme flattened into its name
    ['https://free-host.example/https-ch.usembassy.gov/it', 'ch.usembassy.gov'],
    ['https://free-host.example/http_travel.state.gov/content/visas.html', 'travel.state.gov'],
    // not a proxy: a redirect or share link (the address in the query), Google's translation proxy (host rewritten), a document archive (no scheme)
    ['https://lawfirm.example/leaving?url=https://www.uscis.gov/i-130', undefined],
    ['https://www-uscis-gov.translate.goog/i-130?_x_tr_sl=en&_x_tr_tl=es', undefined],
    ['https://omb.report/document/www.uscis.gov/i-90', undefined],
    ['https://example.com/blog/https-and-gov-sites', undefined],
    // a national web archive (a date, then the archived host, no scheme)
    ['http://archive.org.ua/archive/2008-01-09/kiev.usembassy.gov/visa_faq_noappointment_ukr.html', undefined],
  ])('proxiedGovHost(%s) = %s', (url, host) => {
    expect(proxiedGovHost(url)).toBe(host);
  });

  it.each([
    ['http://www.clone.example.cn/vn_vn/vn-iv-visaapplyinfo.asp', '/vn_vn/vn-iv-visaapplyinfo.asp'],
    ['https://copy.example/at_de/at-niv-visaapply.asp', '/at_de/at-niv-visaapply.asp'],
    ['https://copy.example/pk/pk-gen-faq.asp', '/pk/pk-gen-faq.asp'],
    // the country in the page name must be the folder's; other .asp sites and visa guides are not the service
    ['https://copy.example/vn_vn/us-iv-visaapplyinfo.asp', undefined],
    ['https://travel-agency.example/us/visa-info.asp', undefined],
    ['https://example.com/de/de-niv-guide', undefined],
  ])('appointmentServicePath(%s) = %s', (url, path) => {
    expect(appointmentServicePath(url)).toBe(path);
  });

  it('a mission template line counts once however much of it is copied', () => {
    expect(fragmentOf('directory of visa categories')).toBe('mission-visa-directory');
    expect(fragmentOf('elenco di visa categorie')).toBe('mission-visa-directory');
    expect(fragmentOf('dignity and respect, even if we are unable to grant')).toBe('state-service-statement');
    expect(fragmentOf('information we need to return your passport')).toBe('mission-return-passport');
  });

  it('one menu counts once however it is written', () => {
    expect(fragmentOf('newsroom • citizenship • green card • laws • tools')).toBe('uscis-menu');
    expect(fragmentOf('newsroom citizenship green card laws tools')).toBe('uscis-menu');
  });
});

describe('claims-official: the appointment contractors\' own sites', () => {
  // ais.usvisa-info.com and usvisascheduling.com are believed to run the State Department's visa
  // appointments (lookalike-targets.json neutral; no government source names them): their pages
  // carry the service's chrome and the embassies' lines. A full-page warning there would stop
  // people booking their real interview.
  const APPOINTMENT =
    'Schedule My Appointment. You must schedule an appointment for that interview, either online using this website or through the call center. Restrictions to Changing Appointments. Applicants are limited to rescheduling their appointment three times. Notification Message for All Applicants. More Actions Schedule an appointment Change your appointment';
  const FOOTER = 'Visa appointments. This is the official website of the U.S. Embassy in Mexico. This site is managed by the Bureau of Consular Affairs within the U.S. Department of State.';
  it.each([
    ['https://ais.usvisa-info.com/es-mx/niv/users/sign_in', APPOINTMENT],
    ['https://ais.usvisa-info.com/en-ca/niv/information/niv_questions', FOOTER],
    ['https://www.usvisascheduling.com/en-US/', APPOINTMENT],
  ])('%s: no claim', (url, text) => {
    expect(claimsOfficial(page(text, { url }))).toBeUndefined();
  });
  it.each([
    ['a look-alike of the contractor', 'https://ais-usvisa-info.com/es-mx/niv/'],
    ['another host', 'https://visa-appointments-mx.com/'],
    ['the name inside another host', 'https://usvisa-info.com.example.net/'],
  ])('%s still copies it', (_why, url) => {
    expect(claimsOfficial(page(APPOINTMENT, { url }))?.strength).toBe('strong');
    expect(claimsOfficial(page(FOOTER, { url }))?.strength).toBe('strong');
  });
});

describe('claims-official: a title that ends with an agency site\'s own name', () => {
  // Copies keep the agency page's <title>, and with it the site's name ("… | USCIS", "… - U.S. Embassy
  // & Consulates in Nigeria"); every other site ends its titles with its own name, and headlines that
  // attribute a statement say "– US Embassy". The body here is plain (no banner, no agency voice).
  const BODY = 'Visa information. Applicants must complete the DS-160 and pay the application fee before the interview.';
  it.each([
    ['a content farm keeping USCIS\'s title', 'Contact Us | USCIS (2024)'],
    ['a USCIS page', 'Green Card for Family Preference Immigrants | USCIS'],
    ['a USAGov page', 'How to apply for a green card | USAGov'],
    ['a CBP page', 'ESTA | U.S. Customs and Border Protection'],
    ['the ESTA site\'s home page', 'Official ESTA Application Website, U.S. Customs and Border Protection'],
    ['a travel.state.gov page', 'Step 3: Pay Fees - travel.state.gov'],
    ['a mission page', 'Nonimmigrant Visas - U.S. Embassy & Consulates in Nigeria'],
    ['a mission page (one embassy)', 'Visa Waiver Program - U.S. Embassy in the Republic of Korea'],
    ['a mission\'s home page', 'U.S. Embassy & Consulates in Brazil'],
    ['a mission page in Spanish', 'Visas de no inmigrante - Embajada y Consulados de Estados Unidos en México'],
    ['a mission page in French', 'Visas – Ambassade des États-Unis au Sénégal'],
    ['a mission page in Portuguese', 'Vistos - Embaixada e Consulados dos EUA no Brasil'],
    ['a mission page in Vietnamese', 'Thị thực không định cư - Đại sứ quán và Tổng Lãnh sự quán Hoa Kỳ tại Việt Nam'],
    ['a mission page in Chinese', '非移民签证 | 美国驻华大使馆和领事馆'],
    ['a mission page in Japanese', '非移民ビザ | 在日米国大使館と領事館'],
  ])('fires: %s', (_why, title) => {
    const hit = claimsOfficial(page(BODY, { title, url: 'https://visa-info-portal.example.com/visas' }));
    expect(hit?.strength).toBe('strong');
    expect(title.toLowerCase()).toContain((hit?.evidence ?? '-').toLowerCase());
  });

  it.each([
    ['a headline attributing a statement', 'Visa interviews to resume next week – US Embassy'],
    ['…naming the mission without the site name\'s dots', 'Nigerians to pay more for visas - US Embassy in Nigeria'],
    ['a news site\'s own name last', 'US Embassy gives update on visa interviews | Pulse Ghana'],
    ['a guide about the embassy', 'U.S. Embassy In Ghana: Everything You Need To Know!'],
    ['a law firm naming USCIS forms', 'Form I-485 | USCIS Forms | Smith Immigration Law'],
    ['a guide named after USCIS', 'Green card renewal | USCIS Guide'],
    ['a bare topic', 'USCIS'],
    ['a document host', 'Ready To File - Already Has Form - Homepage | USCIS - [PDF Document]'],
    ['an encyclopedia', 'Embassy of the United States, Accra - Wikipedia'],
    ['a Chinese headline', '美国驻华大使馆发布签证声明 - 新闻'],
    ['a Vietnamese headline', 'Đại sứ quán Hoa Kỳ thông báo lịch phỏng vấn - VnExpress'],
    ['USCIS named mid-title', 'USCIS fee rule explained | Immigration news | Boundless'],
  ])('stays quiet: %s', (_why, title) => {
    expect(claimsOfficial(page(BODY, { title, url: 'https://news.example.com/visas' }))).toBeUndefined();
  });

  it.each([
    ['en', 'Ghanaians warned against visa fraud - U.S. Embassy in Ghana', 'Applicants should never pay agents for appointments, the embassy said in a statement on Monday.'],
    ['es', 'Citas de visa: cambios en 2025 - Embajada de Estados Unidos en México', 'Los solicitantes deben presentarse a su cita, según la Embajada, que anunció nuevos horarios.'],
    ['fr', 'Visas : nouveau système de rendez-vous – Ambassade des États-Unis au Sénégal', "Les demandeurs pourront payer en ligne, selon l'ambassade."],
    ['es, another verb', 'Nuevas reglas para la visa - Embajada de los Estados Unidos en Guatemala', 'La sede diplomática señaló que los solicitantes deben revisar su cita.'],
    ['pt', 'Entrevistas de visto suspensas - Embaixada dos EUA no Brasil', 'A representação informou que as entrevistas serão remarcadas.'],
    ['en, a warning retold', 'Visa fraud carries permanent bans - U.S. Embassy in Nigeria', 'In a post on X, the mission warned applicants against falsifying documents and urged them to report fraud.'],
  ])('stays quiet: a report whose headline ends with the mission\'s name (%s)', (_lang, title, text) => {
    expect(claimsOfficial(page(text, { title, url: 'https://news.example.com/visas' }))).toBeUndefined();
  });

  // risks18: sites that write their own name first, then the page's (forum and blog software, Joomla's
  // "site name before"): a category or thread called "USCIS" ends the title without being a copy.
  it.each([
    ['phpBB 3.0, a forum named USCIS', 'Immigration Talk • View forum - USCIS', 'https://www.immigration-talk.net/viewforum.php?f=12'],
    ['phpBB 3.0, a thread whose subject ends with it', 'Expat Board • View topic - Biometrics letter received - USCIS', 'https://board.example.org/viewtopic.php?t=881'],
    ['phpBB in Spanish', 'Foro Inmigrantes • Ver tema - Cita de huellas - USCIS', 'https://www.example.org/viewtopic.php?t=4'],
    ['WordPress\'s classic theme, a post', 'Our Green Card Story » Blog Archive » Interview day | USCIS', 'https://example.org/2009/05/interview-day/'],
    ['an old blog theme, a category page', 'My Immigration Journey » USCIS', 'https://myimmigrationjourney.com/category/uscis/'],
    ['Joomla, site name before', 'Smith Immigration Law - USCIS', 'https://www.smith-immigration-law.com/uscis'],
    ['a forum named after its site, the mission\'s name last', 'Nairaland Forum - U.S. Embassy in Nigeria', 'https://www.nairaland.com/forum/embassy'],
  ])('stays quiet: %s', (_why, title, url) => {
    expect(claimsOfficial(page(BODY, { title, url }))).toBeUndefined();
  });

  it.each([
    ['a copy on a host named otherwise', 'Contact Us | USCIS', 'https://uscis-contact-help.com/contact'],
    ['a copy whose first part only begins the host\'s name', 'Green Card | USCIS', 'https://greencard-usa-help.com/'],
    ['a copy of a mission page on a host named otherwise', 'Visas - U.S. Embassy in Nigeria', 'https://ng-visa-center.com/visas'],
  ])('still fires: %s', (_why, title, url) => {
    expect(claimsOfficial(page(BODY, { title, url }))?.strength).toBe('strong');
  });

  it('a report on USCIS is not excused by the same words: "… | USCIS" is no headline', () => {
    expect(claimsOfficial(page('USCIS said fees will rise.', { title: 'Fee Schedule | USCIS', url: 'https://copy.example.com/' }))?.strength).toBe('strong');
  });

  it('says nothing on a social network, where the title is an account\'s chosen name', () => {
    for (const url of ['https://www.facebook.com/usembassyghana', 'https://www.youtube.com/@usembassy', 'https://www.linkedin.com/company/us-embassy']) {
      expect(claimsOfficial(page(BODY, { title: 'U.S. Embassy in Ghana', url }))).toBeUndefined();
    }
  });

  it('the verdict: a copy with the mission\'s title is danger; the same text with a news site\'s title is not', () => {
    const text = `${BODY} The U.S. Embassy schedules interviews online.`;
    expect(decide('https://visa-info-portal.example.com/visas', { url: 'https://visa-info-portal.example.com/visas', title: 'Nonimmigrant Visas - U.S. Embassy & Consulates in Nigeria', text, truncated: false, forms: [], lang: 'en' }).level).toBe('danger');
    expect(decide('https://news.example.com/visas', { url: 'https://news.example.com/visas', title: 'Embassy opens more visa slots | Daily Times', text, truncated: false, forms: [], lang: 'en' }).level).not.toBe('danger');
  });
});

// The agency's first person beyond the fixed phrases (tune batch real-2026-12al, copies21): copies of uscis.gov and
// travel.state.gov pages send the reader to the agency's own pages by their titles, decide the reader's case in the
// first person, call the agency's site "ours", or describe the office's duties. Two such pieces are a copy that speaks
// as the agency; a page whose owner says who it is (a law office, a site named after one, a blog, a business offering
// its help) quotes the agency under that name (lib/signals/claims-official/agency-voice.ts).
describe("claims-official: the agency's first person in copies", () => {
  const ADDRESS =
    'How to Change Your Address. We strongly encourage you to submit your change of address through a USCIS online account as soon as you move. Using an online account to update your address in a timely way meets the legal requirement to notify us that you have moved. Changing your address online allows us to process your change of address almost immediately. If you do not have a USCIS online account, see our How to Create a USCIS Online Account page.';
  const GREEN_CARD =
    'Before starting the application process, there are two questions that you should answer first. Go to our Green Card Eligibility Categories page to see all the possible categories you can apply under. In the United States: adjustment of status with USCIS. Go to our Adjustment of Status page for more information.';
  const BROCHURE =
    'You begin the process by filing Form I-130, Petition for Alien Relative. Filing instructions and forms are available on our Web site at www.uscis.gov. For example: You file a petition for your unmarried son over 21 years of age. If we approve it, your petition gives him a place in line.';

  it.each([
    ["USCIS's change-of-address page on a random host", ADDRESS, 'notify us that you have moved … allows us to process your'],
    ["USCIS's green card page on a content site", GREEN_CARD, 'our Green Card Eligibility Categories page … our Adjustment of Status page'],
    ["the State Department visa office's 'Who We Are' on a blog", 'Who We Are - Office of Visa Services. We serve as liaisons with the Department of Homeland Security. We interpret visa laws and regulations. The recommended first source of information regarding visa matters is our internet site at http://travel.state.gov.', 'We serve as liaisons with the Department … We interpret visa laws'],
    ['a USCIS brochure on a host that names no one', BROCHURE, 'our Web site at www.uscis.gov … If we approve'],
    // uscis.gov's own words about others are not another owner ("an attorney or an accredited representative")
    ["a copy of USCIS's scam page", `Only an attorney or an accredited representative working for a Department of Justice recognized organization can give you legal advice. ${ADDRESS}`, 'notify us that you have moved … allows us to process your'],
  ])('fires strong: %s', (_why, text, evidence) => {
    const hit = claimsOfficial(page(text, { url: 'https://burncircuitslloyd.pages.dev/734949.html' }));
    expect(hit).toMatchObject({ strength: 'strong', evidence });
    expectQuotesPage(hit, text);
  });

  it.each([
    ['the same brochure on a law firm whose address names it', BROCHURE, 'https://www.xielaw.com/visa/family/u-s-citizen/'],
    ['a .law site', GREEN_CARD, 'https://carlosmaury.law/news/green-card'],
    ['a law office naming itself', `${GREEN_CARD} Schedule a consultation with our attorneys today.`, 'https://smithimmigration.example.com/green-card'],
    ['a blog speaking as itself', `If you are one of the interested persons, this blog about How to Apply for a Green Card has what you need. ${GREEN_CARD}`, 'https://minawari.example.com/green-card'],
    ['a business offering its own help', `${ADDRESS} Call us today: our team files address changes for you.`, 'https://movehelp.example.com/uscis'],
  ])('a page whose owner says who it is quotes the agency: %s', (_why, text, url) => {
    expect(claimsOfficial(page(text, { url }))).toBeUndefined();
  });

  it.each([
    ["a nonprofit's menu of topics (bare topics are no agency page)", 'Visit our DACA page for renewal clinics, and see our Citizenship page for free classes.'],
    ['one agency page named once', 'For the categories, visit our Green Card Eligibility Categories page.'],
    ['a guide speaking of USCIS in the third person', 'USCIS will notify you when it approves your petition. If USCIS approves it, your relative gets a place in line. Visit the USCIS website at www.uscis.gov.'],
  ])('not two pieces of the agency voice: %s', (_why, text) => {
    expect(claimsOfficial(page(text))?.strength).not.toBe('strong');
  });

  it('the verdict: a copy on a random host is danger; the same text on a law firm named after itself is not', () => {
    const at = (url: string) => decide(url, { url, title: '', text: ADDRESS, truncated: false, forms: [], lang: 'en' }).level;
    expect(at('https://burncircuitslloyd.pages.dev/734949.html')).toBe('danger');
    expect(at('https://www.robinettlaw.com/change-of-address/')).not.toBe('danger');
  });
});

// The hard line, attribution (the task's neighbours: nonprofits and firms that REPUBLISH agency text with attribution):
// a repost that credits the agency quotes it; the same text with no credit presents itself as the agency.
describe("claims-official: a repost crediting the agency is not the agency's voice", () => {
  const ADDRESS =
    'Using an online account to update your address in a timely way meets the legal requirement to notify us that you have moved. Changing your address online allows us to process your change of address almost immediately.';
  it.each([
    ['a source line', `Reporting your new address. ${ADDRESS} Source: USCIS.`],
    ['a reprint note', `The following is reprinted from uscis.gov: ${ADDRESS}`],
    ['a Spanish credit', `Cambio de dirección. ${ADDRESS} Fuente: USCIS.`],
    ['the agency named as the speaker', `USCIS explains how to report a move. ${ADDRESS}`],
  ])('%s', (_why, text) => {
    expect(claimsOfficial(page(text, { url: 'https://immigrantsupport.example.org/news/address' }))).toBeUndefined();
  });

  it('the same text with no credit speaks as the agency', () => {
    expect(claimsOfficial(page(`Reporting your new address. ${ADDRESS}`, { url: 'https://immigrantsupport.example.org/news/address' }))?.strength).toBe('strong');
  });

  // A credit to the SSA or the IRS owns up to a copy of their pages only (copy27 added them to the credit): a page speaking as
  // USCIS that credits the IRS for a tax step still speaks as USCIS. Each row was quiet before.
  it.each([
    ['the IRS credited for a tax step', `Reporting your new address. ${ADDRESS} According to the IRS, you also tell it of your move on Form 8822.`],
    ['the SSA named as the speaker of another step', `Reporting your new address. ${ADDRESS} The Social Security Administration says to update your card too.`],
  ])('a USCIS copy crediting the SSA or the IRS for something else still speaks as USCIS: %s', (_why, text) => {
    expect(claimsOfficial(page(text, { url: 'https://immigrantsupport.example.org/news/address' }))?.strength).toBe('strong');
  });
});

// The agency's first person in the languages its pages are most often translated into (voice23, tune batch real-2026-12av;
// lib/signals/claims-official/agency-voice.ts, AGENCY_VOICE_ELSEWHERE): the one who decides the reader's case, mails the
// agency's own notices or calls the agency's online tools its own. Neighbours keep a first
// person of their own (a firm's receipts, a family's application), keep the agency's under a credit, or quote it.
describe("claims-official: the agency's first person in translated copies", () => {
  const COPY_HOST = 'https://rencontre-usa.example.net/fr/carte-verte';
  it.each([
    ['fr: the case decided and the notice mailed', "Formulaire I-130. Si nous approuvons votre demande, nous vous enverrons un avis d'approbation. Nous pouvons refuser votre demande si vous ne répondez pas.", "Si nous approuvons votre demande … nous vous enverrons un avis d'approbation"],
    ['fr: my.uscis.gov copied', "Cependant, vous pouvez vérifier le statut de votre dossier et utiliser d'autres outils sur notre site Web. Si nos outils en ligne ne fournissent pas l'assistance dont vous avez besoin, veuillez contacter le Centre d'Appels.", "outils sur notre site Web … Si nos outils en ligne ne"],
    ['pt: the case decided and the notice mailed', 'Se aprovarmos o seu pedido, enviaremos um aviso de aprovação. Use o endereço correto do formulário.', 'Se aprovarmos o seu pedido … enviaremos um aviso de aprovação'],
    ['vi: the case decided, the receipt notice mailed', 'Nếu chúng tôi chấp thuận đơn của quý vị, hồ sơ sẽ được chuyển tiếp. Sau khi nhận đơn, chúng tôi sẽ gửi cho quý vị thông báo biên nhận.', 'Nếu chúng tôi chấp thuận đơn … chúng tôi sẽ gửi cho quý vị thông báo biên nhận'],
    ['zh: the case decided either way', '如果我们批准您的申请,您的亲属将获得排期。如果证据不足,我们可能会拒绝您的申请。', '如果我们批准您的 … 我们可能会拒绝您的'],
  ])('two pieces on a host that names no one: strong, %s', (_why, text, evidence) => {
    const hit = claimsOfficial(page(text, { url: COPY_HOST }));
    expect(hit).toMatchObject({ strength: 'strong', evidence });
    expectQuotesPage(hit, text);
  });

  it('one piece is only weak', () => {
    expect(claimsOfficial(page("Après le dépôt, nous vous enverrons un avis de réception par courrier.", { url: COPY_HOST }))).toMatchObject({ strength: 'weak' });
  });

  it.each([
    ["a French firm: USCIS decides, the firm mails its own receipt", "L'USCIS vous enverra un avis de réception. Nous vous enverrons un reçu pour nos honoraires et nous pouvons vous aider."],
    ['a Vietnamese visa agency mailing its own schedule', 'Chúng tôi sẽ gửi cho quý vị lịch hẹn phỏng vấn qua email. USCIS sẽ gửi thông báo biên nhận sau khi nhận đơn.'],
    ['a family telling its own application (perluettes.com)', 'Au mois de janvier, nous avons complété en ligne le formulaire de demande de naturalisation. Ils nous demandent notre taille et notre poids.'],
    ["a paper's explainer (oparana.com.br)", 'Neste artigo, contaremos todas as informações básicas que você precisa saber sobre como solicitar um EAD.'],
    ['advice is not the case: a relayed release', 'Dado que el tiempo de respuesta de la embajada es de dos a tres semanas, aconsejamos a los solicitantes que utilicen el proceso normal de citas.'],
  ])('not the agency deciding a case: %s', (_why, text) => {
    expect(claimsOfficial(page(text, { url: COPY_HOST }))).toBeUndefined();
  });

  it.each([
    ['French news quoting the agency over two sentences', "«Nous rejetterons votre formulaire si nous le recevons sans les frais. Si le transfert échoue, vous nous autorisez à traiter la copie de votre chèque», a rappelé l'agence."],
    ['English news quoting the agency mid-quotation', '"Using an online account meets the legal requirement to notify us that you have moved. Changing your address online allows us to process your change of address almost immediately," the agency wrote.'],
  ])('a quotation is the reporter quoting, not the page speaking: %s', (_why, text) => {
    expect(claimsOfficial(page(text, { url: 'https://news.example.com/immigration' }))).toBeUndefined();
  });

  const ADDRESS =
    'Using an online account to update your address in a timely way meets the legal requirement to notify us that you have moved. Changing your address online allows us to process your change of address almost immediately.';
  it.each([
    ['French typography (a space before the colon)', `${ADDRESS} Source : USCIS.`],
    ['a Vietnamese credit line', `${ADDRESS} Nguồn: USCIS`],
    ['a Chinese credit line', `${ADDRESS} 来源：USCIS`],
    ['a Portuguese credit', `Segundo o USCIS: ${ADDRESS}`],
    ['a French credit before a translated copy', "Source : USCIS. Si nous approuvons votre demande, nous vous enverrons un avis d'approbation. Nous pouvons refuser votre demande."],
    ['the owner naming its clients (fr)', "Si nous approuvons votre demande, nous vous enverrons un avis d'approbation. Nos clients reçoivent un suivi personnalisé."],
  ])('a page that credits the agency or names its owner quotes it: %s', (_why, text) => {
    expect(claimsOfficial(page(text, { url: 'https://immigrantsupport.example.org/news/address' }))).toBeUndefined();
  });

  it('the verdict: a translated copy on a random host is danger; the same copy crediting the agency is not', () => {
    const text = "Formulaire I-130, Pétition pour un parent étranger. Si nous approuvons votre demande, nous vous enverrons un avis d'approbation. Nous pouvons refuser votre demande si vous ne répondez pas.";
    const at = (t: string) => decide(COPY_HOST, { url: COPY_HOST, title: '', text: t, truncated: false, forms: [], lang: 'fr' }).level;
    expect(at(text)).toBe('danger');
    expect(at(`${text} Source : USCIS.`)).not.toBe('danger');
  });
});
