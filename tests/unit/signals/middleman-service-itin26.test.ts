import { describe, expect, it } from 'vitest';
import middlemanService from '@/lib/signals/middleman-service';
import { page } from './helpers';

// itin26 (session 26, tune batch real-2026-12bf): the line between doing the free tax-ID step for the reader for the
// business's own fee and the professional services beside it. Seller: the number itself is the product, the whole
// application taken over, a site named after the EIN or tax ID with its order and refund terms. Not a seller: an IRS
// acceptance agent naming its authorisation and certifying the passport, or a tax office preparing the return the W-7
// goes with, even with its own fee, as long as it shows no shop's machinery (refund guarantee, order, rush, a site named
// after the step). Each case is modelled on a WRITE page of the batch, written for the test; none is copied from a stored page.
describe('itin26: tax-ID sellers and the acceptance agents beside them', () => {
  it.each([
    [
      'the refund page of a site named after the tax ID (no EIN word on the page)',
      'https://tax-id-number.example/refund.htm',
      'Cancellation / Refund Policy. If you notify us at a time when we begun to work for your order, you are only liable for 40% of the total price of the order. No refunds after papers filed with the government. We charge a $30 fee for returned checks.',
      'ein',
    ],
    [
      'a firm naming itself as taking over the whole ITIN application',
      'https://acmefin.example/services/us-itin',
      'Without an ITIN, the IRS will reject every return you file. Acmefin Financial Services LLP manages the entire ITIN application end to end: Form W-7 preparation, IRS submission, tracking and liaison until the ITIN is issued and communicated to you.',
      'itin',
    ],
    [
      'an acceptance agent that sells the number with a money-back guarantee',
      'https://caa-shop.example/itin',
      'The Internal Revenue Service has authorized us to accept ITIN applications. 100% money-back guarantee if the IRS rejects your Form W-7. ITIN application: $199.',
      'itin',
    ],
  ])('fires: %s', (_why, url, text, service) => {
    expect(middlemanService(page(text, { url }))?.service).toBe(service);
  });

  it.each([
    [
      'an acceptance agent naming the IRS authorisation, its certification fee and a courier',
      'https://expat-tax.example/itin-application/',
      'The Internal Revenue Service has authorized us to accept applications for ITINs (IRS form W-7). We will examine and certify the authenticity of your passport and send your completed application to the IRS. The service fee for helping you with the ITIN application and certifying your passport is €225, plus €35 for Federal Express delivery of your application.',
    ],
    [
      'an expat tax office that files the W-7 with the return it prepares',
      'https://expat-tax.example/itin',
      'The fee does not include preparation of income tax returns. However, if you engage us to prepare your U.S. non-resident income tax return, we will process your ITIN application at no additional cost. ITIN application and passport certification: €225.',
    ],
  ])('does not fire: %s', (_why, url, text) => {
    expect(middlemanService(page(text, { url }))).toBeUndefined();
  });
});

// The order step naming the service, not only "order your EIN": a formation company's EIN page offering its own "EIN service"
// beside the IRS route (tune batch real-2026-12y's IncNow page); an order step given to other sites is a guide's report.
describe('itin26: an order step naming the EIN service', () => {
  it('fires: the business takes the order for its EIN service', () => {
    const text = 'How to apply for an EIN. You can order EIN service during your business formation with Acme or apply directly with the IRS. It typically takes 2-5 weeks to receive a hard copy of your EIN from the IRS by mail.';
    expect(middlemanService(page(text, { url: 'https://acme-formation.example/ein/' }))?.service).toBe('ein');
  });

  it('does not fire: the order step is other websites\' (a guide)', () => {
    const text = 'How to apply for an EIN. Some websites let you order EIN service for $79, but you can apply online with the IRS in minutes.';
    expect(middlemanService(page(text, { url: 'https://startup-guide.example/ein/' }))).toBeUndefined();
  });
});
