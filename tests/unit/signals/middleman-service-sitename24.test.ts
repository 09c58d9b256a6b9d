import { describe, expect, it } from 'vitest';
import middlemanService from '@/lib/signals/middleman-service';
import { guideOnNamedSite } from '@/lib/signals/middleman/clauses';
import { page } from './helpers';

// sitename24: a site named after a government step (a green card, a form number, the ESTA) is read as the step's seller when its
// name is the page's only cue. The line (middleman/clauses.ts, informsOnly): an information page names the step's own official
// address or the agency's site, or says the step is free, and speaks of no service, customer or order of its own; the sellers'
// FAQ, terms and "how it works" pages that carry the name alone point to no official route and say nothing is free, or speak
// as the business ("our experts review", "your order"). And the I-94 (paysOnOwnRoute): a page that sends the traveller to
// i94.cbp.dhs.gov to pay CBP's own fee there is not a middleman; a business that takes the fee itself still is. Each page
// below is written for the test on the family's structure; none is copied from a stored page.
describe('sitename24: information pages on sites named after the step stay quiet', () => {
  it.each([
    [
      'a DV explainer saying entry is free',
      'https://greencard-explained.example/dv-lottery',
      'What is the Diversity Visa lottery? The State Department makes up to 55,000 immigrant visas available each year. Entry is free and is usually open for about a month in the fall. Selected entrants then apply for the immigrant visa.',
    ],
    [
      'a walk-through of the fee-waiver form',
      'https://fill-uscis-forms.example/i-912',
      'How to fill out Form I-912, Request for Fee Waiver. Part 1 asks for the basis of your request. There is no filing fee for Form I-912: send it with the application whose fee you ask USCIS to waive. Part 2 asks about you.',
    ],
    [
      'an overview of the naturalization form naming the USCIS website',
      'https://n400-forms.example/overview',
      'Form N-400, Application for Naturalization, is how a permanent resident applies for citizenship. You can file it by mail or online, and the form and its instructions are on the USCIS website. Part 9 asks about your trips outside the United States.',
    ],
  ])('%s', (_name, url, text) => {
    expect(middlemanService(page(text, { url }))).toBeUndefined();
  });
});

describe('sitename24: sellers whose name is their only tell still fire', () => {
  it.each([
    [
      'a seller\'s FAQ that names no official route',
      'https://greencard-lottery-apply.example/faq',
      'Frequently asked questions. What is the Green Card Lottery? The U.S. government gives 55,000 green cards each year. How do I know if I won? Winners are selected at random. Can my family come with me? Yes, your spouse and children under 21.',
    ],
    [
      'a seller\'s page naming the USCIS website but speaking of its experts',
      'https://n400-forms.example/how-it-works',
      'How it works. Form N-400 is on the USCIS website. Answer simple questions and our experts review every answer before you sign.',
    ],
    [
      'a seller\'s information page sending a refused traveller to usembassy.gov for a visa (another step)',
      'https://esta-travel-info.example/denied',
      'What to do if your ESTA is not approved. If your ESTA is refused you will need to apply for a visa through the U.S. embassy website https://www.usembassy.gov. Applicants who were denied may reapply with correct passport details.',
    ],
    [
      'a seller saying entry is free, but turning to its own help',
      'https://greencard-chance.example/about',
      'About the Green Card Lottery. Entry is free, but thousands of entries are disqualified every year for a wrong photo.',
    ],
  ])('%s', (_name, url, text) => {
    expect(middlemanService(page(text, { url }))?.service).toBeDefined();
  });
});

describe('sitename24: the I-94 fee paid on the official site', () => {
  it('does not fire on a bridge page sending travellers to i94.cbp.dhs.gov to pay CBP\'s fee there', () => {
    const text =
      'Crossing permits. Visitors who travel more than 25 miles from the border need a provisional I-94 before they cross the bridge. Open https://i94.cbp.dhs.gov or the official app and choose a new I-94. Proceed to checkout on that site and pay there by card. The I-94 costs $6 USD and the payment is non-refundable.';
    expect(middlemanService(page(text, { url: 'https://www.border-bridge.example/en/permits' }))).toBeUndefined();
  });

  it('still fires on a business that takes the fee and files the I-94 itself', () => {
    const text = 'I-94 permit service. We fill in and submit your I-94 application for you. Price: $35 per traveler, including the $6 CBP fee. Proceed to checkout and pay by card.';
    expect(middlemanService(page(text, { url: 'https://www.border-tours.example/i94' }))?.service).toBe('i94');
  });

  // (review24) a look-alike host that begins with the official name is not the official site: the same page paying $39 there
  it.each(['i94.cbp.dhs.gov.i94-permit.com', 'i94.cbp.dhs.gov-permit.com'])('still fires on a page sending travellers to pay on %s', (host) => {
    const text = `Crossing permits. Visitors who travel more than 25 miles from the border need a provisional I-94 before they cross the bridge. Open https://${host} or the official app and choose a new I-94. Proceed to checkout on that site and pay there by card. The I-94 costs $39 USD and the payment is non-refundable.`;
    expect(middlemanService(page(text, { url: 'https://www.border-bridge.example/en/permits' }))?.service).toBe('i94');
  });

  it('still fires on a business naming i94.cbp.dhs.gov while it processes the order', () => {
    const text = 'Get your I-94 fast. Go to our form instead of i94.cbp.dhs.gov: we review and submit your application. Price: $35. Proceed to checkout.';
    expect(middlemanService(page(text, { url: 'https://www.i94-helpers.example/' }))?.service).toBe('i94');
  });
});

describe('sitename24: a form filler naming the USCIS website still fires', () => {
  it('fires on a form-named blog that sends the reader to the USCIS website only to check eligibility and sells a fillable copy', () => {
    const text =
      'How to fill in Form I-129F correctly. Form I-129F lets a citizen petition for a fiancé. To check that you may file, go to the USCIS website. Then create a fillable I-129F with care and follow the steps below. 1. Complete every line of the blank form.';
    expect(middlemanService(page(text, { url: 'https://i-129f-form.example/blog/how-to-fill' }))?.service).toBe('forms');
  });
});

// A name on a shared host where anyone publishes for free (blogspot.com, github.io, lib/data/shared-hosts.json) is a blog's
// title, not a business registered under the step's name: a blog post on extending a visitor's stay with Form I-539 on
// such an address is no sale. The same page on a registered address named after the step keeps the site-name cue.
describe('site-name cue: a free shared host is no business name', () => {
  const text =
    'Extending a visitor stay. Many visitors wish to stay longer than the date on their I-94 record. Form I-539 is the application to extend or change nonimmigrant status, filed with USCIS before the I-94 date passes. The decision rests with USCIS.';
  it('stays quiet on a blog under blogspot.com named after U.S. immigration', () => {
    expect(middlemanService(page(text, { url: 'https://us-immigration-forms-help.blogspot.com/2011/02/extend-stay.html' }))).toBeUndefined();
  });
  it('still fires on a registered address with the same name', () => {
    expect(middlemanService(page(text, { url: 'https://us-immigration-forms-help.com/extend-stay' }))?.service).toBe('forms');
  });
});

// (review25) one business voice (middleman/self.ts BUSINESS_VOICE) read in both places: on a site named after the step, a page that
// says entry is free but addresses the visitor as a business ("call now to speak to an agent", read before only in a State
// Department step's cue sentence) is no information page; the explainer saying entry is free still is.
describe('sitename24: the business voice that tells a seller from an information page', () => {
  const dv = { service: 'dv-lottery' } as const;
  it('an explainer saying entry is free is a guide', () => {
    expect(guideOnNamedSite(page('Entry is free and is usually open for about a month in the fall.'), dv)).toBe(true);
  });
  it.each(['Call now to speak to an agent.', 'Speak with our agent today.', 'We are a registered agency.'])('the same page adding "%s" is not', (voice) => {
    expect(guideOnNamedSite(page(`Entry is free and is usually open for about a month in the fall. ${voice}`), dv)).toBe(false);
  });
});
