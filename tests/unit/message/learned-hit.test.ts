import { describe, expect, it } from 'vitest';
import { checkMessage } from '@/lib/message';
import { checkMessageWith } from '@/lib/message/check';

/**
 * checkMessageWith: how scripts/message-model.ts counts what one more text signal, a learned one, would change — by the
 * checker's own rules (docs/messages.md, "A learned text model for messages"). Its numbers are only as true as this.
 */
describe('checkMessageWith (the experiments\' extra text signal)', () => {
  const CHAT = 'See you at dinner tonight, bring the cake.';
  const ONE_WEAK_FLAG = 'Please pay the outstanding balance within 24 hours.';
  const WARNING = 'USCIS will never ask you to pay by gift card or Western Union. This is a scam. Report it to the FTC.';
  const AGENCY_NOTICE = 'USCIS: Your case status was updated. Visit https://egov.uscis.gov/casestatus to see it.';

  it.each([CHAT, ONE_WEAK_FLAG, WARNING, AGENCY_NOTICE])('without a hit it is checkMessage: %s', (text) => {
    expect(checkMessageWith(text)).toEqual(checkMessage(text));
  });

  it('a weak hit alone raises nothing; with another weak flag it gives caution', () => {
    expect(checkMessageWith(CHAT, 'weak').level).toBe('none');
    expect(checkMessage(ONE_WEAK_FLAG).level).toBe('none');
    expect(checkMessageWith(ONE_WEAK_FLAG, 'weak').level).toBe('caution');
  });

  it('a strong hit alone gives caution', () => {
    expect(checkMessageWith(CHAT, 'strong').level).toBe('caution');
  });

  it('a warning about scams stays a warning, and an agency\'s own notice is claims-agency\'s to judge: the learned hit steps aside', () => {
    expect(checkMessageWith(WARNING, 'strong').level).toBe('notice');
    expect(checkMessageWith(AGENCY_NOTICE, 'strong').level).toBe('notice');
  });

  it('empty text is empty', () => {
    expect(checkMessageWith('  ', 'strong')).toMatchObject({ level: 'none', empty: true });
  });
});
