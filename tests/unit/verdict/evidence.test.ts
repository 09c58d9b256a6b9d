import { describe, expect, it } from 'vitest';
import { MAX_SHOWN_EVIDENCE, showableEvidence } from '@/lib/verdict/evidence';

// Page text that uses bidi controls to make our own words around it read differently.
const RLO = '\u202e';
const PDF = '\u202c';

describe('showableEvidence', () => {
  it.each([
    ['right-to-left override', `Official or Not: this site is ${RLO}✓ efas dna deifirev${PDF}`, 'Official or Not: this site is ✓ efas dna deifirev'],
    ['isolates and marks', 'pay \u2067here\u2069 \u200fnow\u200e \u061cok', 'pay here now ok'],
    ['zero-width and soft hyphen', 'ac\u200bcess co\u00adde', 'access code'],
    ['whitespace runs', '  Order\n\n now  ', 'Order now'],
  ])('%s', (_name, raw, shown) => {
    expect(showableEvidence(raw)).toBe(shown);
  });

  it('caps long evidence with an ellipsis, never splitting a character', () => {
    const shown = showableEvidence('😀'.repeat(200));
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(MAX_SHOWN_EVIDENCE);
    expect(shown).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
