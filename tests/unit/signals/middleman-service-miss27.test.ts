import { describe, expect, it } from 'vitest';
import middlemanService from '@/lib/signals/middleman-service';
import { page } from './helpers';

// miss27 (session 27): the tune part's largest family of missed sellers, U.S. visa agencies selling what applicants do free on
// the State Department's sites. Their service pages offer the U.S. visa as their own help, in the first person or by the
// agency's name, often with no price and none of the cue words the engine read (lib/signals/middleman/services.ts VISA_OFFER,
// self.ts offerAt). Every 'fires' row was quiet before.
describe('miss27: a visa agency offering the U.S. visa as its own help', () => {
  it.each([
    ['en: specialised in U.S. visa applications', 'How and where to apply for a U.S. visa. Our company is specialized in the processing of U.S. visa applications. In case you need any aid, please do not hesitate to contact us.'],
    ['en: a processing specialist of its own', 'Requirements for the American visa (B1/B2). Our services offer the expertise of a dedicated American visa processing specialist who reviews your application.'],
    ['en: helps you with the appointment, no object', 'US visa appointment booking service for Nigeria. The embassy interview is the last step of the visitor visa. We are happy to assist you! Contact us today.'],
    ['de: wir helfen Ihnen, Ihr US-Visum', 'Sie planen eine Reise in die USA und brauchen ein Visum? Wir helfen Ihnen, Ihr US-Visum schnell und unkompliziert zu erhalten.'],
    ['es: te ayudamos con tu visa americana', 'Requisitos de la visa americana de turista. Te ayudamos a tramitar tu visa americana sin complicaciones, escríbenos por WhatsApp.'],
    ['ru: поможем оформить визу в США', 'Туристическая виза B1/B2. Поможем оформить визу в США для граждан Казахстана, наша компания работает с 2010 года.'],
  ])('fires: %s', (_why, text) => {
    expect(middlemanService(page(text, { url: 'https://www.example-visa-agency.com/usa' }))?.service).toBe('visa');
  });

  // The same words where the page is not the business offering the visitor visa: a guide naming agencies, a law office
  // naming itself, an agency of students, a writer's "we help you understand". Each would fire without the check named.
  it.each([
    ['a guide: agencies, not the page (speaksAt)', 'Do you need help? Agencies help you get your U.S. visa for a fee, but the DS-160 is free on the State Department site and you can fill it in alone.'],
    ['a law office naming itself (LAWYER_SELF)', 'Our immigration attorneys help you with your U.S. visa application and represent you at every step. Schedule a consultation with our law firm.'],
    ['a student visa (CASE_VISA)', 'We help you get your U.S. visa as a student: the I-20 from your school, the SEVIS fee and the F-1 interview at the embassy.'],
    ['a writer helping to understand (WRITERS_HELP)', 'Here we help you understand the U.S. visa process, from the DS-160 to the interview at the embassy.'],
    ['a guide: a helper that is not the page (HELP_YOU needs "we")', 'US visa appointment booking: the interview is the last step of the visitor visa. Friends and family can assist you with the form.'],
  ])('quiet: %s', (_why, text) => {
    expect(middlemanService(page(text, { url: 'https://www.example-travel-guide.com/us-visa' }))).toBeUndefined();
  });
});

// review27: offers of help that are no agency's work (self.ts NOT_AGENCY_WORK, OWN_HELP_FREE): a school's letter for its
// guest, a news site sending the reader to its guide, a nonprofit whose help is free. Each fired strong (caution) before.
describe('miss27: help with the U.S. visa that is not an agency selling it', () => {
  it.each([
    ["a university's office writing a letter for a visiting scholar", 'https://www.internationalcenter.example.edu/scholars', 'Visiting family: We can help you with your U.S. visa application letter. The U.S. Embassy charges a $185 visa fee. Apply on the State Department website.'],
    ['a news site sending the reader to its guide', 'https://www.travelnews.example.com/us-visa-wait', 'US visa wait times rise. The U.S. Embassy says applicants pay $185 for a tourist visa. We help you plan: read our guide to the U.S. visa interview.'],
    ['a nonprofit whose help is free', 'https://www.refugee-help.example.org/visa', 'Our staff can help you understand the U.S. visa process. Our services are free. Contact us for help with your DS-160.'],
    ['a volunteer group helping at no cost', 'https://www.volunteers.example.org/visitors', 'We help you with your US visitor visa application at no cost to you.'],
  ])('quiet: %s', (_why, url, text) => {
    expect(middlemanService(page(text, { url }))).toBeUndefined();
  });

  it('an agency free of hidden fees still sells the visa', () => {
    const text = 'US visa appointment booking service. Our service is free of hidden fees. We help you get your U.S. visa appointment fast.';
    expect(middlemanService(page(text, { url: 'https://www.example-visa-agency.com/usa' }))?.service).toBe('visa');
  });

  it('a page repeating the shapes 50,000 times is read in linear time', () => {
    const text = 'our help help help '.repeat(50_000) + 'read our a a a '.repeat(50_000);
    const started = performance.now();
    middlemanService(page(text, { url: 'https://www.example-visa-agency.com/usa' }));
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
