import { describe, expect, it } from 'vitest';
import claimsOfficial from '@/lib/signals/claims-official';
import { page } from './helpers';

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
    ['welcome to the official DHS website', 'Welcome to the official website of the Department of Homeland Security.'],
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
    ['copy of the USCIS contact page', 'Many of our tools and resources are available to the public. If you have tried our tools and still need help, call. For FOIA questions, email us at FOIAPAQuestions@uscis.dhs.gov.', 'our tools and resources are available to the public … If you have tried our tools'],
  ])('fires strong, quoting the copied lines: %s', (_why, text, evidence) => {
    const hit = claimsOfficial(page(text));
    expect(hit?.strength).toBe('strong');
    expect(hit?.evidence).toBe(evidence);
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
  ])('not a copy: %s', (_why, text) => {
    expect(claimsOfficial(page(text))).toBeUndefined();
  });
});
