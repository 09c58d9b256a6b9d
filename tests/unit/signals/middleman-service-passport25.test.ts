import { describe, expect, it } from 'vitest';
import middlemanService from '@/lib/signals/middleman-service';
import { page } from './helpers';

// passport25 (session 25, tune batch real-2026-12ba): U.S. passport expediters, and the pages around them that tell about
// the same step and quote the State Department's own fees (lib/signals/middleman/passport.ts, where the line is). Every
// 'fires' row and the rows marked "(fired before)" fail on the engine before this family.
describe('middleman-service: U.S. passport expediters', () => {
  it.each([
    // the business named the reader's agent with the passport agency, by the site's own name written with a space
    ['an authorization letter naming the site as the agent', 'https://www.quickpass-docs.com/renew', 'Passport renewal. Sign two copies of the letter authorizing QuickPass Docs to act as your agent with the U.S. Passport Agency.'],
    ['the passport sent to the business', 'https://example.com/passport', 'Passport renewal in 5 days. Complete Form DS-82 online, sign it, and ship your old passport and photos to our office by FedEx.'],
    ['the business expediting the passport itself', 'https://example.com/fast', 'Need an expedited passport? We expedite U.S. passports for travelers leaving within 14 days.'],
    ['a concierge reserving the agency slot', 'https://example.com/appt', 'Need a same-day passport appointment? Call us and we will reserve a slot at the passport agency for you.'],
    ['the page naming itself as the trade', 'https://apextraveldocs.com/lost', 'Apex Travel Docs is a registered passport expediting company. Lost passport replacement in 2 days.'],
    // the business's own address by its site's name (review25: only its own name or "our" counts)
    ['the site\'s own address named by its name', 'https://www.visarite.com/renew', 'Passport renewal. Print the form and use VisaRite address as the mailing address on your envelope.'],
    ['its own order form for a child passport', 'https://example.com/child', 'Child passport service: fill out our secure order form, then mail the sealed envelope from the acceptance facility.'],
  ])('fires: %s', (_why, url, text) => {
    expect(middlemanService(page(text, { url }))?.service).toBe('passport');
  });

  it.each([
    // a site named after passports printing the State Department's fee chart (fired before: the chart's prices and the
    // Department's processing fee read as the page's)
    ['a fee chart on a passport-named site (fired before)', 'https://www.passport-fee-guide.com/fees', 'Passport fees for adults: Application Fee $130, Execution Fee $35, Form DS-11. The processing fee is retained by the Department of State even if no passport is issued.'],
    // the Department's own expedited service and its $60 fee (fired before: read as the page's rush service and price)
    ['a guide to the agency appointment and its expedite fee (fired before)', 'https://www.mypassporthelp.com/urgent', 'Traveling in two weeks? Make a free appointment at a passport agency. The steps you will take to obtain expedited service are simple. You must pay a fee of $60 for expedite service in addition to application fees.'],
    // the agency's fee in its possessive and paid to it, at an amount other than today's (fired before)
    ['news on the State Department\'s expedite fee (fired before)', 'https://www.passportnewsdaily.com/expedite', "Passport renewal is busy this summer. The State Department's expedite fee is $70 this year, paid to the State Department with your application, and rush processing takes three weeks."],
    ['a guide on expediters in the third person', 'https://travel-tips.example.com/expediters', 'Private expediting companies can hand-carry your application to a passport agency; you authorize them with a letter of authorization. They charge fees on top of the government fees.'],
    // the State Department's own "us", pasted on a tour operator's page
    ['the agency\'s FAQ copied, "send your application to us"', 'https://tours.example.com/travel-info', 'Passport FAQ. Mail delays are impacting when we receive passport applications for processing. Send your application to us via trackable mail, so you can track your application before it enters our system. Expedite service costs an additional $60.'],
    ['an acceptance facility\'s fee page', 'https://www.springfieldlibrary.org/passport-services', 'Passport services at the library. Application fee payable to U.S. Department of State, check or money order only. Execution fee of $35 payable to the library. Expedited service $60, payable to U.S. Department of State.'],
    // (review25) "use … address" naming someone else's address or a tool, in a sentence in the first person
    ['a library\'s advice to use USPS address verification (fired before)', 'https://www.citylibrary.org/passports', 'Passport renewal by mail. We recommend you use USPS address verification before you mail Form DS-82 to the National Passport Processing Center. The fee is payable to U.S. Department of State.'],
    ['"send your application to US Passport Agency"', 'https://example.com/howto', 'To renew a passport fast, we suggest you send your application to US Passport Agency by overnight mail and mark it EXPEDITE.'],
  ])('does not fire: %s', (_why, url, text) => {
    expect(middlemanService(page(text, { url }))).toBeUndefined();
  });
});

// The agency's own fee, the same for every service (middleman-service governmentsOwnFee): a price said to be paid to or kept by
// the agency, or the agency's by name, is not a seller's fee; a seller's "our fee" beside it still is.
describe('middleman-service: the agency\'s own fee is no service fee', () => {
  it('a guide quoting the ESTA fee paid to CBP stays quiet (fired before)', () => {
    const text = 'ESTA application guide. The ESTA processing fee of $21 is paid directly to CBP on the official site, by card. Express processing is not offered by CBP.';
    expect(middlemanService(page(text, { url: 'https://www.estaguidebook.com/cost' }))).toBeUndefined();
  });

  it('a seller naming the CBP fee inside its own fee still fires', () => {
    const text = 'ESTA for the USA: our service fee is $79 and includes the $40 fee paid to CBP. We submit your application within one hour.';
    expect(middlemanService(page(text, { url: 'https://visa-travel.example.com/esta' }))?.service).toBe('esta');
  });
});

// The service the hit names is the one the page sells (middleman-service soldService): the first service named decides which
// rules read the page, the service named in at least twice as many sentences is the one sold.
describe('middleman-service: the service the page sells', () => {
  it('a passport courier naming a travel visa once is selling the passport (was the visa)', () => {
    const text =
      'Terms of service. By placing an order you authorize our company to submit your U.S. passport or travel visa application to the Department of State. We expedite U.S. passports for travelers leaving within 14 days. Our fees cover expediting, courier and handling services and are non-refundable. We are a private company, not affiliated with the U.S. government. Lost passport replacement in 2 days.';
    expect(middlemanService(page(text, { url: 'https://example.com/terms' }))?.service).toBe('passport');
  });

  it('a DV-entry seller saying "green card application" a little more often than the lottery still sells the DV entry', () => {
    const text =
      'Green card lottery entry service. We submit your green card application for you. Our fee is $49 and includes photo check. Your green card application is checked by our experts. Every green card application gets a confirmation. The green card lottery is open now. We handle the green card application for the DV lottery.';
    expect(middlemanService(page(text, { url: 'https://example.com/dv' }))?.service).toBe('dv-lottery');
  });
});
