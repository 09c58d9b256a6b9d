import { describe, expect, it } from 'vitest';
import feeMirroring from '@/lib/signals/fee-mirroring';
import { filingFees } from '@/lib/text/facts';
import { expectQuotesPage, field, page } from './helpers';

const card = [{ actionHost: '', fields: [field({ name: 'cc', autocomplete: 'cc-number' })] }];

describe('fee-mirroring', () => {
  it('uses sourced filing fees from facts.json', () => {
    expect(filingFees().some((f) => f.form === 'i-130' && f.amount === 675)).toBe(true);
  });

  it.each([
    ['I-130 exact fee, pay now', 'Form I-130 Petition for Alien Relative. Processing: $675. Pay now to submit your petition.'],
    ['N-400 total due', 'Form N-400 Application for Naturalization. Total due today: $760. Checkout securely.'],
    ['Spanish', 'Formulario I-485 para su residencia. Total a pagar: $1,440. Pague ahora en línea.'],
    ['seller taking cards for the exact fee (same words as the guide below)', 'Form N-400 Application for Naturalization. The USCIS filing fee for Form N-400 is $760. Pay by credit card or PayPal and we file it for you.'],
  ])('fires: %s', (_why, text) => {
    const hit = feeMirroring(page(text));
    expect(hit?.strength).toBe('strong');
    expectQuotesPage(hit, text);
  });

  it('fires with a card form and a payment word', () => {
    expect(feeMirroring(page('Form I-130 petition. Payment $675.', { forms: card }))).toBeDefined();
  });

  it.each([
    ['fee table', 'Naturalization | N-400 | $640 | $760 | Price Change | $120'],
    ['lawyer: plus filing fee paid separately', 'Our fee for the I-130 is $1,500, plus the $675 USCIS filing fee paid separately. Pay now to book.'],
    ['news about the scam', 'Victims paid $675 for Form I-130 to a private company that never paid USCIS.'],
    ['guide', 'The filing fee for Form I-130 is $675 on paper and $625 online.'],
    ['amount that is not a fee for this form', 'Form I-130 preparation: $99. Pay now.'],
    [
      "law firm's guide: how USCIS itself is paid",
      'As of 2025, the USCIS filing fee for Form N-400 is $760, which includes the cost of biometric services. Applicants must pay by check or money order. They can also pay electronically through the USCIS website if filing online.',
    ],
    ['guide: pay online in your USCIS account', 'The fee for Form I-130 is $625 if you file online; pay online in your USCIS online account.'],
    ['Spanish warning', 'Cuidado: el formulario I-130 cuesta $675 y se paga solo a USCIS, no pague ahora a terceros.'],
  ])('does not fire: %s', (_why, text) => {
    expect(feeMirroring(page(text))).toBeUndefined();
  });
});
