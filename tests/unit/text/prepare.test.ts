import { describe, expect, it } from 'vitest';
import { parseHost } from '@/lib/domain';
import { preparePage } from '@/lib/text/prepare';

describe('preparePage: where the title ends', () => {
  const prepared = (title: string, text: string) =>
    preparePage({ url: 'https://example.com/', title, text, truncated: false, forms: [], lang: '' }, parseHost('https://example.com/'));

  it('the first titleLength characters of raw and text are the title', () => {
    const p = prepared('  Visas -  U.S. Embassy in Ghana ', 'Apply online.');
    expect(p.raw.slice(0, p.titleLength)).toBe('Visas - U.S. Embassy in Ghana');
    expect(p.text.slice(0, p.titleLength)).toBe('visas - u.s. embassy in ghana');
    expect(p.raw.slice(p.titleLength)).toBe('. Apply online.');
  });

  it('no title: 0', () => {
    expect(prepared('', 'Apply online.').titleLength).toBe(0);
  });
});
