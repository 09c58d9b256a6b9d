import { describe, expect, it } from 'vitest';
import { extendTrail, safePlaceBefore, TRAIL_LENGTH, type Trail } from '@/lib/tab/trail';

const recipe = { url: 'https://www.bananabread-recipes.com/easy', site: 'bananabread-recipes.com' };
const mail = { url: 'https://mail.example.org/inbox', site: 'example.org' };
const lookalike = { url: 'https://uscis-gov.net/login', site: 'uscis-gov.net' };
const lookalike2 = { url: 'https://uscis-gov.net/step2', site: 'uscis-gov.net' };
const never = () => false;

describe('the trail "Back to safety" follows', () => {
  it('adds pages newest last, skips a reload of the same address, keeps the newest few', () => {
    let trail: Trail = [];
    trail = extendTrail(trail, recipe);
    const same = extendTrail(trail, recipe);
    expect(same).toBe(trail);
    trail = extendTrail(trail, lookalike);
    expect(trail.map((s) => s.url)).toEqual([recipe.url, lookalike.url]);
    for (let i = 0; i < TRAIL_LENGTH + 3; i++) trail = extendTrail(trail, { url: `https://a.example/${i}`, site: 'a.example' });
    expect(trail).toHaveLength(TRAIL_LENGTH);
    expect(trail.at(-1)?.url).toBe(`https://a.example/${TRAIL_LENGTH + 2}`);
  });

  it('goes to the newest page before the blocked site, over every page of that site', () => {
    expect(safePlaceBefore([mail, recipe, lookalike, lookalike2], 'uscis-gov.net', never)).toEqual(recipe);
  });

  it('skips pages that are dangerous themselves (one look-alike linking to another)', () => {
    const other = { url: 'https://uscis-help.net/', site: 'uscis-help.net' };
    expect(safePlaceBefore([mail, other, lookalike], 'uscis-gov.net', (u) => u === other.url)).toEqual(mail);
  });

  it('after a bounce, steps over the site that sent the tab to the look-alike again (every page of it)', () => {
    const bounce = { url: 'https://free-case-help.example/go', site: 'free-case-help.example' };
    const bounce2 = { url: 'https://free-case-help.example/go2', site: 'free-case-help.example' };
    expect(safePlaceBefore([mail, recipe, bounce, bounce2], 'uscis-gov.net', never)).toEqual(bounce2);
    expect(safePlaceBefore([mail, recipe, bounce, bounce2], 'uscis-gov.net', never, true)).toEqual(recipe);
    expect(safePlaceBefore([bounce, lookalike], 'uscis-gov.net', never, true)).toBeUndefined();
  });

  it('has no answer when the tab showed nothing else', () => {
    expect(safePlaceBefore([lookalike, lookalike2], 'uscis-gov.net', never)).toBeUndefined();
    expect(safePlaceBefore([], 'uscis-gov.net', never)).toBeUndefined();
  });
});
