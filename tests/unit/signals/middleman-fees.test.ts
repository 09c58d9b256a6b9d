import { describe, expect, it } from 'vitest';
import middlemanService from '@/lib/signals/middleman-service';
import { page } from './helpers';

// fees23 (session 23, tune batch real-2026-12as): a business paying a U.S. government fee (the SEVIS I-901 fee, the visa
// fee) for the reader, for a charge; and the pages around it that name the same fees (lib/signals/middleman/fees.ts).
describe('middleman-service: fee-payment middlemen', () => {
  it.each([
    // the site's own name as the means of payment, the reader paying in local currency (pay4me.app, WRITE half)
    ['a payment app named by the site', 'https://feepal.com/blog/sevis', 'The SEVIS fee is a mandatory U.S. government fee. You can pay your SEVIS fee in local currency with the FeePal App, and get your receipt in minutes.', 'sevis-fee'],
    ['first person, a charge in naira', 'https://example.com/', 'Is your card refused on the SEVIS site? We pay your SEVIS fee for you within 24 hours. Our service charge is 15,000 naira.', 'sevis-fee'],
    ['Persian: the MRV fee paid by the company', 'https://example.ir/', 'وقت سفارت آمریکا. پرداخت هزینه سفارت آمریکا (MRV) توسط شرکت ما در کمتر از یک ساعت انجام می شود.', 'visa'],
    ['Persian: we pay your SEVIS fee', 'https://example.ir/', 'پرداخت سویس فی. ما هزینه سویس فی شما را با کارت اعتباری بین المللی پرداخت می کنیم.', 'sevis-fee'],
    ['Persian: we do the payment of the embassy fee for you', 'https://example.ir/', 'پرداخت هزینه سفارت آمریکا را در کمتر از یک ساعت برای شما انجام می دهیم.', 'visa'],
    ['Arabic: we pay the U.S. visa fee on your behalf', 'https://example.com/', 'نقوم بدفع رسوم التأشيرة الأمريكية نيابة عنك بالبطاقة الدولية.', 'visa'],
    ['French: we pay your SEVIS fee, a service charge', 'https://example.com/', 'Nous payons vos frais SEVIS en ligne pour vous. Frais de service : 15 000 FCFA.', 'sevis-fee'],
  ])('fires: %s', (_why, url, text, service) => {
    expect(middlemanService(page(text, { url }))?.service).toBe(service);
  });

  it.each([
    ['a university: pay at fmjfee.com, a relative may pay', 'https://example.edu/', 'You can pay the SEVIS fee online at www.fmjfee.com. A relative or sponsor may also pay it for you. Bring the receipt to your visa interview.'],
    ['an exchange sponsor paying as part of its program', 'https://example.org/', 'We pay your SEVIS fee as part of the program: it is included in your program fee. Our service fee covers housing.'],
    ['an employer paying for its people, no charge', 'https://example.com/', 'We will pay the visa application fee for all new employees and their families.'],
    ['a bank\'s own app', 'https://gtbank.com/visa', 'Pay your US visa fee in naira with the GTBank app, at the consular exchange rate.'],
    ['a warning that quotes the sellers', 'https://example.com/', 'Never pay a company to pay your SEVIS fee: agencies that say we pay your SEVIS fee for you charge a service fee of 20,000 naira.'],
    ['a guide: the reader pays, in naira', 'https://example.com/', 'We recommend you pay the visa fee in naira at any GTBank branch before you book the interview.'],
    ['a Persian guide: the applicant does the payment', 'https://example.ir/', 'پرداخت هزینه سفارت آمریکا را متقاضی خودش در سایت سفارت انجام می دهد.'],
    ['a Persian guide: pay it yourself with a card', 'https://example.ir/', 'شما می توانید هزینه سویس فی را خودتان در سایت fmjfee.com با کارت اعتباری پرداخت کنید. ریال قابل قبول نیست.'],
  ])('does not fire: %s', (_why, url, text) => {
    expect(middlemanService(page(text, { url }))).toBeUndefined();
  });
});
