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
  ])('does not fire: %s', (_why, text) => {
    expect(paymentRedFlags(page(text))).toBeUndefined();
  });
});
