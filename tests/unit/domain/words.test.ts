/**
 * Issue 13: labels split into words; strength from the words; homographs with hook and stroke
 * letters; bad input never throws. Each case here gave `none` (or only weak) before words.ts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyInput } from '@/lib/domain';
import { decide } from '@/lib/verdict';
import { FTC_NAMED } from '../../../bench/lookalikes';

const level = (h: string): string => decide(`https://${h}/`).level;

describe('words decide, not regex boundaries', () => {
  it.each([
    // joins
    'cbpgovportal.com', 'mydhsgov.com', 'immigrationgov.com', 'govesta.com',
    // the "aus" false friend no longer hides an agency name after a word ending in "a"
    'usauscis-gov.com',
    // CEAC, DS-160, state.gov on its own, the State Department's labels anywhere
    'ceac-state-gov.com', 'ds160-gov.com', 'state-gov.com', 'travel.state-gov.com', 'esta.cbp.dhs.com', 'travel.state.gov.com',
    // agency + portal word, typos and digit spellings
    'uscis-status.com', 'myuscis-login.com', 'my-uscis.com', 'usc1s.com', 'usciss.com', 'egovtscis.com', 'travel.statea.com',
  ])('%s → danger on the address alone', (h) => {
    expect(level(h)).toBe('danger');
  });

  it.each(['visauscis.com', 'ayudauscis.com', 'uscis-help.com', 'uscisguide.com'])('%s → visible (notice), not danger', (h) => {
    expect(level(h)).toBe('notice');
  });

  it('at least 6 of the 7 FTC-named impostor domains are visible on the address', () => {
    expect(FTC_NAMED.filter((h) => level(h) !== 'none').length).toBeGreaterThanOrEqual(6);
  });

  it.each(['viruscisco.com', 'campuscisco.net', 'mtabuscis.net', 'immigrationlaw.com', 'realestate.com', 'doubleverify.com', 'dhs.com', 'cbp.com', 'state.com', 'esta.com'])(
    '%s stays quiet (real words win over a hidden brand)',
    (h) => {
      expect(level(h)).toBe('none');
    },
  );
});

describe('homographs', () => {
  it.each(['uʂcis.com', 'uƈcis.com', 'ʉscis.com', 'usc\u0268s.com', 'myuscis-\u0127elp.com'])('hook and stroke letters: %s → danger', (h) => {
    expect(level(h)).toBe('danger');
  });
  it.each(['\u0441bp.com', 'dh\u0455.com', '\u0455tate.com'])('a bare agency name in another script is danger: %s', (h) => {
    expect(classifyInput(h)).toMatchObject({ kind: 'lookalike', pattern: 'homograph', strength: 'strong' });
  });
});

describe('bad input: a clear verdict, never an exception', () => {
  const levels = new Set(['none', 'notice', 'caution', 'danger', 'official']);
  it.each([
    `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`, // 253 characters
    `${'a.'.repeat(126)}com`, // 127 labels
    'xn--zz.com', 'xn--.com', 'xn--uscis-.com', 'xn--a-ecp.xn--zz',
    'uscis.gov.', 'uscis-gov.com.', '..', 'a..b.com',
    '127.0.0.1', '[::1]', '0x7f.1', '192.168.1.1:8080',
    'https://uscis.gov@evil.example/', 'https://evil.example@uscis.gov/', 'https://uscis.gov:443@uscis-gov.net:8080/',
    'https://user:pass@uscis-gov.net/', 'http://uscis.gov%2eevil.example/', 'https://\u0000uscis.gov/',
  ])('%s', (input) => {
    expect(() => classifyInput(input)).not.toThrow();
    expect(levels.has(decide(input).level)).toBe(true);
  });

  it('userinfo never decides the host', () => {
    expect(decide('https://uscis.gov@uscis-gov.net/').level).toBe('danger');
    expect(decide('https://uscis-gov.net@www.uscis.gov/').level).toBe('official');
  });

  it('any label soup, any length, gives a verdict (property)', () => {
    const label = fc.stringMatching(/^[a-z0-9ʂƈ\u0441-]{0,70}$/);
    fc.assert(
      fc.property(fc.array(label, { maxLength: 140 }), fc.constantFrom('https://', 'http://', '', 'ftp://'), (labels, scheme) => {
        const v = decide(`${scheme}${labels.join('.')}/x`);
        expect(levels.has(v.level)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
