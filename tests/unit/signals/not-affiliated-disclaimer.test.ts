import { describe, expect, it } from 'vitest';
import notAffiliatedDisclaimer from '@/lib/signals/not-affiliated-disclaimer';
import { page } from './helpers';

describe('not-affiliated-disclaimer', () => {
  it.each([
    ['privately owned', 'Disclaimer: This website is privately owned and not affiliated with the U.S. Government.'],
    ['we are not affiliated', 'We are not affiliated with USCIS or any government agency.'],
    ['domain name as subject', 'ESTA.US is not affiliated with the U.S. Department of Homeland Security.'],
    ['Spanish', 'Este sitio es privado y no está afiliado con el gobierno de los Estados Unidos.'],
    ['Spanish no somos', 'No somos una agencia del gobierno.'],
  ])('fires (weak): %s', (_why, text) => {
    const hit = notAffiliatedDisclaimer(page(text));
    expect(hit?.strength).toBe('weak');
    expect(hit?.evidence.length).toBeGreaterThan(10);
  });

  it.each([
    ['USCIS about private companies', 'Websites run by private companies are not affiliated with us, even if their addresses may be similar to ours.'],
    ['news about third parties', 'These third-parties are not endorsed by, or in any way associated with, the United States Government.'],
    ['no disclaimer', 'Apply for your green card with a licensed attorney.'],
    ['Spanish third person', 'Esas empresas no están afiliadas con USCIS.'],
  ])('does not fire: %s', (_why, text) => {
    expect(notAffiliatedDisclaimer(page(text))).toBeUndefined();
  });
});
