import { describe, expect, it } from 'vitest';
import middlemanService from '@/lib/signals/middleman-service';
import { hostNamesService } from '@/lib/text/site-names';
import { expectQuotesPage, page } from './helpers';

// forms22 (tune batch real-2026-12ao): a business that prepares the free USCIS forms names itself, in its own first person,
// as the non-lawyer trade that does it ("we are registered immigration consultants and legal document assistants",
// "somos preparadores de documentos de inmigración"), or takes a form's number as its site name after the word "form"
// (form-i-130.com). Beside it stay quiet: USCIS's own guidance on who may help (relatives "may help … for free or charge a
// small fee"; "notarios … may not give legal advice"), a guide naming these trades in the third person, an accredited
// nonprofit, and names that only hold the letters. Each page below is written for the test; none is copied from a stored page.
describe('forms22: a preparer naming its own trade, a site named after a form number', () => {
  it.each([
    ['California immigration consultant', 'Family petitions with Form I-130. We are registered Immigration Consultants and Legal Document Assistants, bonded with the State of California. We prepare every form and check each document before you mail it.'],
    ['Spanish document preparers', 'Formularios de inmigración I-130, I-485 y permiso de trabajo. Somos preparadores de documentos de inmigración con experiencia y hablamos su idioma.'],
    ['a preparer writing as herself', 'Formularios de inmigración: residencia, TPS y ciudadanía. Como preparadora certificada, ayudo a completar sus solicitudes y a preparar los sobres para el correo.'],
  ])('fires: %s', (_why, text) => {
    const hit = middlemanService(page(text));
    expect(hit?.service).toBe('forms');
    expectQuotesPage(hit, text);
  });

  // review22: the rule about others is read in the words before the cue, not anywhere in the sentence: a seller naming
  // itself in the singular by its brand ("Acme Docs is not a law firm") keeps its cue when the sentence goes on "and
  // cannot provide legal advice" (it lost it when the whole sentence was read for "cannot")
  it.each([
    ['cannot', 'Acme Docs is not a law firm and cannot provide legal advice.'],
    ['not permitted', 'Acme Docs is not a law firm and is not permitted to give legal advice.'],
  ])('fires: a seller disclaiming by its brand name, then %s', (_why, disclaimer) => {
    const hit = middlemanService(page(`Prepare Form I-130 online with easy software. Fee: $99. ${disclaimer}`, { url: 'https://www.acmedocsonline.example/i-130' }));
    expect(hit?.service).toBe('forms');
    expect(hit?.evidence).toContain('not a law firm');
  });
  // …and the trade named in the third person loses it however the verb is spelled: "are not lawyers", "aren't lawyers"
  it.each([
    ['are not', 'Legal document assistants are not lawyers.'],
    ["aren't", "Legal document assistants aren't lawyers."],
    ['may not', 'Notarios may not provide legal advice.'],
  ])('the trade in the third person (%s) is no cue of the page', (_why, rule) => {
    expect(middlemanService(page(`Prepare Form I-130 online with easy software. Fee: $99. ${rule}`, { url: 'https://www.acmedocsonline.example/i-130' }))).toBeUndefined();
  });

  // The product is the completed form, delivered for the buyer to sign and mail: a price for it is a price for the free form.
  it.each([
    ['an AI form filler', 'Form I-131, Application for Travel Document. Fill it with FormBot: AI intake and a court-ready PDF for $49, then print, sign and file yourself.'],
    ['an online preparation package', 'Green card renewal, Form I-90. Answer simple questions and receive a ready-to-sign application with a document checklist. Price $89.'],
    ['a preparer saying it isn’t a law firm', 'Form I-90 renewal package: $89. We prepare your form, but we aren’t a law firm and give no legal advice.'],
  ])('fires: %s', (_why, text) => {
    expect(middlemanService(page(text))?.service).toBe('forms');
  });

  it.each([
    ['a guide: print and sign the free form', 'Form I-131: download the form free at uscis.gov, fill it out, print it, sign it in black ink and mail it with the $630 filing fee once the packet is complete.'],
    ['a law office sending a package to sign', 'Form I-130 for your spouse: our attorneys prepare the petition and send you a ready-to-sign package. Our fee is $1,500 plus the USCIS filing fee.'],
  ])('stays quiet: %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  it('fires: a PDF site named after the form number it fills', () => {
    const hit = middlemanService(page('How to prepare Form I-130. Complete or edit your I-130 application form anytime and from any device. Get the form.', { url: 'https://form-i-130.com/' }));
    expect(hit?.service).toBe('forms');
  });

  it.each([
    ['USCIS guidance on who may help, on another host', 'Who can help with my USCIS case? You may represent yourself. Many people, including family members, may be willing to help you fill out USCIS forms with your information. These people may do this for free or charge a small fee. Notarios, notary publics and immigration consultants may not provide legal advice or represent you.'],
    ['a guide naming the trade in the third person', 'Help with Form I-130: a legal document assistant may type your forms, but legal document assistants are not lawyers and cannot give legal advice. Ask a lawyer or a nonprofit.'],
    ['an accredited nonprofit', 'Citizenship clinic: our DOJ-accredited representatives help you fill out Form N-400 and the fee waiver request at no cost.'],
    ['a guide that sends readers to the agency', 'Form I-90 renewal: download the form free at uscis.gov/i-90, fill it out yourself and pay the filing fee to USCIS.'],
  ])('stays quiet: %s', (_why, text) => {
    expect(middlemanService(page(text))).toBeUndefined();
  });

  it.each([
    ['form-i-130', true],
    ['formsn400', true],
    ['i-485-form', true],
    ['transform-i90', false],
    ['uniform-n100', false],
    ['form-1040', false],
  ])('site name %s names a form seller: %s', (label, named) => {
    expect(hostNamesService(`${label}.com`)).toBe(named);
  });
});
