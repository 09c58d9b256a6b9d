import { describe, expect, it } from 'vitest';
import paymentRedFlags from '@/lib/signals/payment-red-flags';
import { expectQuotesPage, page } from './helpers';

describe('payment-red-flags', () => {
  it.each([
    ['gift cards', 'Pay the correction fee of $500 today using Google Play gift cards.', 'strong'],
    ['Western Union', 'Send the payment by Western Union or MoneyGram to the officer named in your letter.', 'strong'],
    ['Bitcoin ATM', 'Pay your pending USCIS fee at any Bitcoin ATM using the QR code below.', 'strong'],
    ['Spanish gift cards', 'Pague la multa de inmigración con tarjetas de regalo de Amazon.', 'strong'],
    ['Zelle is weak', 'Pague su servicio con Zelle o Cash App.', 'weak'],
    ['wire transfer is weak', 'Please send a wire transfer for your immigration fee.', 'weak'],
    // a SEVIS "penalty" to an officer: Western Union beside the SEVIS fee, but not the program's channel
    ['SEVIS impostor', 'An ICE officer says your SEVIS record is terminated. Pay the $500 penalty by Western Union to Officer Brown today.', 'strong'],
    // the SEVIS fee named, but the money goes to a person, a business or under a threat: a demand, not DHS's channel
    ['SEVIS fee to an officer', 'Your SEVIS fee was not received by DHS. Send the SEVIS fee again by Western Union to the officer handling your file.', 'strong'],
    ['SEVIS fee to a receiver', 'Pay the I-901 SEVIS fee by Western Union to the receiver named below and reply with the MTCN.', 'strong'],
    ['SEVIS fee under a threat', 'Your SEVIS record will be terminated unless you pay the SEVIS fee by Western Union today.', 'strong'],
    ['a status named, not the fee', 'This is the Department of Homeland Security. Your SEVIS status has a problem. Send $900 by Western Union today to keep your status.', 'strong'],
    ['Western Union for a service fee', 'Pay our $75 SEVIS assistance fee by Western Union to our agent in Lagos.', 'strong'],
    ['Quick Pay on a page that is not about the SEVIS fee', 'Pay our visa service fee by Western Union Quick Pay before your appointment.', 'strong'],
    ['Quick Collect on a page that is not about the SEVIS fee', 'Pay our green card service fee by Western Union QuickCollect before your interview.', 'strong'],
  ])('fires: %s', (_why, text, strength) => {
    const hit = paymentRedFlags(page(text));
    expect(hit?.strength).toBe(strength);
    expectQuotesPage(hit, text);
  });

  it.each([
    ['USCIS common scams', 'USCIS does not accept Western Union, MoneyGram, PayPal, or gift cards as payment for immigration fees.'],
    ['FTC warning', 'Never pay someone who says they are with the government by gift cards, cryptocurrency or a Bitcoin ATM.'],
    ['scam description', 'The scammer asked the victim to pay with iTunes gift cards.'],
    ['guide: never collected', 'Legitimate government fees are never collected through gift cards or wire transfers.'],
    ['Spanish warning', 'La agencia nunca solicitará el pago a través de Western Union ni aceptará tarjetas de regalo.'],
    ['Spanish ninguna', 'Ninguna agencia te pedirá pagos con tarjetas de regalo.'],
    ['method named, no instruction', 'Western Union has offices in many countries.'],
    // the SEVIS I-901 fee, paid to DHS through Western Union Quick Pay (tune batch real-2026-12f: university international offices)
    ['SEVIS fee by Quick Pay', 'F-1 and J-1 students are required to pay a SEVIS fee directly to the U.S. Department of Homeland Security via electronic submission or Western Union Quick Pay.'],
    ['I-901 payment coupon', 'Complete Form I-901. You will get a unique payment coupon number, necessary to validate and process your payment at Western Union.'],
    ['coupon step, SEVIS named earlier on the page', 'The SEVIS fee is paid to the government. 1. Complete the form online. 2. Print a copy of the payment coupon and take it to your local Western Union office.'],
    // the same channel under its other printed names (tune batch real-2026-12u: oru.edu, ASU's J-1 handbook; caution before)
    ['SEVIS fee by QuickCollect', 'How do I pay the fee? The fee can be paid to the DHS by mail, online or by Western Union QuickCollect and must be accompanied by a Form I-901.'],
    ['SEVIS fee by Quick PayTM', 'Procedures for payment of the SEVIS fee: 2. Western Union: Exchange visitors in any country where Western Union offers its Quick PayTM service can pay the I-901 SEVIS fee locally using the Western Union Quick PayTM service.'],
    ['a heading over the steps that name the channel', 'To Pay by Western Union. Go to http://www.ice.gov (under "Border Security" menu, then go to "SEVIS" tab) to find the instructions. When you arrive at your Western Union location, request to fill out the "blue form." You will find a list of instructions on the SEVIS fee website and an example of how to complete the "Quick Collect" form.'],
    // numbered steps under a "Quick Pay" heading: the step's own sentence is cut from the heading by "1." (tune batch real-2026-12t)
    ['numbered Quick Pay step', 'How do I pay the SEVIS fee? To Pay By Western Union’s “Quick Pay” Service. This option is available where Western Union offers it. 1. The Western Union office collects the SEVIS I-901 fee in local currency and transmits the payment to the Department of Homeland Security.'],
    ['SEVP message quoted', 'The Student and Exchange Visitor Program (SEVP) is not accepting credit card payments at this time. Please remit your payment by cashier\'s check, money order or Western Union transfer.'],
    // Western Union named as where the SEVIS fee is paid, without the channel's name (session 23: the legit family at
    // caution on the tenth hold-out; guides and schools of the tune batch real-2026-12as)
    ['a guide naming Western Union for the SEVIS fee', 'How to Pay for SEVIS in Nigeria. 2. Western Union. The Western Union enables you to pay the SEVIS fee easily. With this method, you can pay the fee and also transmit Form I-901.'],
    ['a college: the fee paid to DHS, Western Union in some countries', 'Who pays the SEVIS fee? New F-1 students. How do I pay the fee? The fee can be paid to the DHS (Department of Homeland Security) by mail or on-line. In some countries it is also possible to pay in local currency at a Western Union.'],
    ['a step under a SEVIS heading', 'Paying the I-901 SEVIS fee. Visit the nearest Western Union agent to you and pay the fee, then keep the receipt for your visa interview.'],
  ])('does not fire: %s', (_why, text) => {
    expect(paymentRedFlags(page(text))).toBeUndefined();
  });

  // tune batch real-2026-12h (blog.rev.com): an article about a DV "winner" e-mail retells its demand.
  const article =
    'E-mail to Winners of Diversity Visa Program is a Total Scam. I was awarded a green card this morning without applying! Maybe I am so lucky. Visa Scam. Diversity Visa Email Scam. ' +
    'If you do not believe me, I share with you this e-mail. According to this e-mail, my new green card gives me every privilege. Of course, the visa is NOT free. ' +
    'One just need to make a deposit of $880 to a guy in London through a money transfer service such as Western Union. U.S. Department of State warns that lottery winners are not notified by e-mail; here is its scam alert.';
  it('does not fire: an article about a scam retelling the payment demand, warnings close by', () => {
    expect(paymentRedFlags(page(article))).toBeUndefined();
  });

  it.each([
    // a fake winner page with one copied warning: not an article about scams
    ['fake winner page, one warning', 'Congratulations! Your DV-2027 entry was selected. Beware of scams. To receive your winning letter, make a deposit of $880 processing fee by Western Union to our agent in London.'],
    // warnings elsewhere on a long page, far from the payment instruction
    [
      'many warnings, none close to the instruction',
      'Beware of scams. Fraud is common. Never trust fake sites. Scammers are everywhere. ' + 'We help entrants with their DV forms and photos every year. '.repeat(20) + 'To secure your slot, send the $120 service fee by Western Union to our office.',
    ],
    // a scam page borrowing warnings around its own demand: the demand speaks to the reader
    [
      'borrowed warnings around a demand to the reader',
      'Beware of scams. Fraud is common and fake sites are everywhere. Scammers target DV entrants. Your entry was selected. Please send the $880 visa fee by Western Union to Officer Brown today.',
    ],
    ['borrowed warnings around an order', 'Beware of scams. Fraud is common. Never trust fake sites. Send the $880 processing fee by Western Union to our agent in London.'],
  ])('fires: %s', (_why, text) => {
    expect(paymentRedFlags(page(text))?.strength).toBe('strong');
  });

  // fee25 (tune batch real-2026-12bb): councils, police, banks and lawyers describe what the scammers ask for in the
  // scammers' voice, with "you" in the sentence; the seller or scammer gives its own order and speaks as itself.
  it.each([
    ['they may ask you', 'They may ask you to send a payment by Western Union.'],
    ['the caller will tell you', 'The caller may tell you to buy gift cards and read the numbers over the phone.'],
    ['someone claiming to be from USCIS', 'Someone claiming to be from USCIS might ask you to pay the fee with Bitcoin.'],
    ['a bank: scammers may ask you', 'Scammers may ask you to send cryptocurrency (Bitcoin machine), wire money, or purchase gift cards.'],
    ['if someone asks you', 'If someone asks you to pay with iTunes cards, hang up: it is a scam.'],
    ['Spanish: le pedirán que', 'Le pedirán que pague con tarjetas de regalo o por Western Union.'],
    ['Spanish: le van a pedir que', 'Después le van a pedir que envíe dinero mediante Western Union o Zelle.'],
    ['Portuguese: pedem que você', 'Eles pedem que você pague a taxa por Western Union ou com cartões-presente.'],
    // an item of a list whose head says "never" (real-2026-12bb: a seniors' association relaying the FTC)
    [
      'an item under "will never:"',
      'Remember, genuine government employees will never: - Instruct you to withdraw cash, buy gold, or give it to someone. - Ask you to pay with gift cards, wire transfers, payment apps, or cryptocurrency.',
    ],
    ['an item under "never:" with bullets', 'USCIS will never: • call you to demand money • ask you to pay with gift cards or Western Union'],
  ])('does not fire: a warning in the scammers\' voice: %s', (_why, text) => {
    expect(paymentRedFlags(page(text))).toBeUndefined();
  });

  it.each([
    ['an order with a recipient', 'Pay the processing fee by Western Union to our agent John Smith.'],
    ['an order with a deadline', 'Send the fee via MoneyGram within 24 hours.'],
    ['the first person borrows "may ask you"', 'We may ask you to pay the remaining balance by Western Union.'],
    ['"they" with its own channel', 'They will ask you to send the $450 by Western Union to the receiver named below with the MTCN.'],
    ['a negated line quoted, then the order', 'USCIS never accepts gift cards. To complete your case, buy a $500 Google Play gift card and send us the code today.'],
    ['a list item without a negated head', 'To finish your case: - Pay the $300 fee with Apple gift cards. - Text the codes to the officer.'],
  ])('fires: the seller\'s or scammer\'s own demand: %s', (_why, text) => {
    expect(paymentRedFlags(page(text))?.strength).toBe('strong');
  });

  // warn26 (tune batch real-2026-12bd, two pages at caution): the Social Security Administration's column printed by
  // newspapers, and a credit union relaying it, tell what the impostors threaten and ask, with the scam's calls and texts
  // as the subject, or the victims asked by no one named; the methods are a list of examples. Real excerpts of tune pages.
  it.each([
    [
      'a newspaper printing the SSA column: they threaten',
      'There’s a widespread telephone scam involving callers claiming they’re from Social Security. The caller ID may even show a government number. These callers may tell you there’s a problem with your Social Security number. They may also threaten to arrest you unless you pay a fine or fee using gift cards, pre-paid debit cards, a wire transfer, or cash. That call is not from us.',
    ],
    [
      'a credit union: the calls, texts or emails ask you',
      'These calls, texts or emails typically present a problem with your Social Security Number (SSN) or account and ask you to pay a fine or debt with nontraditional forms of payment such as gift cards, wire transfers or internet currency.',
    ],
    ['a bank: they demand payments', 'They demand electronic payments in the form of wire transfers, gift cards or cryptocurrency.'],
    [
      'a newspaper: recipients are asked',
      'Recipients are asked to pay a visa processing fee of US$819 to complete the procedure and told the fee must be paid using a Western Union money transfer.',
    ],
    ['a consumer site: the request asks for', 'The request is urgent and asks for unusual payment, like gift cards, wire transfer, or cash by courier.'],
  ])('does not fire: a warning tells what the scam asks: %s', (_why, text) => {
    expect(paymentRedFlags(page(text))).toBeUndefined();
  });

  // The other side of warn26's line: the page itself asks its reader to pay by the method, in its own voice (a seller's
  // page in the corpus, more-real.json visa-waiver-co-esta), or tells what its own people will ask (our, the officer, you
  // will be asked).
  it.each([
    ['a seller of ESTA applications', 'All payments for the ESTA application can be made via credit/debit card, paypal or western union.'],
    ['its own officer calls and asks', 'The officer will call you and ask you to pay the $500 bond with gift cards.'],
    ['"you will be asked" is what comes next', 'You will be asked to pay the $500 bond by Western Union.'],
    ['our calls ask you', 'Our calls and emails will ask you to send the fee by MoneyGram.'],
  ])('fires: the page asks its reader to pay: %s', (_why, text) => {
    expect(paymentRedFlags(page(text))?.strength).toBe('strong');
  });

  // fee25: a demand given with "wire", or in French, was not read as an instruction at all; the warnings in the same words stay quiet.
  it.each([
    ['wire through MoneyGram', 'Wire the $500 processing fee through MoneyGram to our agent in Lagos.'],
    ['French: payez par Western Union', 'Payez les frais de 300 $ par Western Union à notre agent.'],
    ['French: envoyez par MoneyGram', 'Envoyez le paiement par MoneyGram avant vendredi.'],
  ])('fires: an order to pay: %s', (_why, text) => {
    expect(paymentRedFlags(page(text))?.strength).toBe('strong');
  });

  it.each([
    ['do not wire', 'Do not wire money through Western Union to strangers.'],
    ['never wire', 'Never wire the fee via MoneyGram.'],
    ['French: ne jamais payer', 'Ne jamais payer les frais de visa par Western Union ou avec des cartes cadeaux.'],
    ["French: n'accepte pas", "L'ambassade n'accepte pas les paiements par Western Union."],
  ])('does not fire: the same words in a warning: %s', (_why, text) => {
    expect(paymentRedFlags(page(text))).toBeUndefined();
  });
});
