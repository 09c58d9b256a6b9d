/**
 * Look-alike families found on the address corpus's tune part (tests/corpus/addresses): each rule
 * with hosts it must catch (not the corpus hosts themselves: other members of the family) and
 * legitimate or ordinary hosts it must leave alone. All are weak: the address alone gives `notice`,
 * a red flag on the page is still needed for caution or danger (decide.ts).
 */
import { describe, expect, it } from 'vitest';
import { classifyInput } from '@/lib/domain';
import { decide } from '@/lib/verdict';

const verdict = (h: string): string => {
  const v = classifyInput(h);
  return v.kind === 'lookalike' ? `${v.strength} ${v.target.host}` : v.kind;
};

describe('a word split by hyphens is read without them (`usa-green-card`)', () => {
  it.each(['green-card-usa.net', 'us-green-card-help.com', 'usa-dv-lottery.org'])('%s: weak look-alike of the DV program', (h) => {
    expect(verdict(h)).toBe('weak dvprogram.state.gov');
  });
  it.each(['green-card-lawyers.com', 'smith-green-card-law.com', 'green-card.com.au', 'green-cardigan.com', 'evergreen-card.com'])('%s: not a look-alike', (h) => {
    expect(verdict(h)).toBe('unknown');
  });
});

describe('ESTA with an application word of another language', () => {
  it.each(['esta-antrag.de', 'esta-solicitud.es', 'estaonline.net', 'esta-aanvraag.nl', 'esta-demande.fr', 'esta-center.com'])('%s: weak look-alike of ESTA', (h) => {
    expect(verdict(h)).toBe('weak esta.cbp.dhs.gov');
  });
  it.each(['estacion-online.com', 'restaurant-online.com', 'fiesta-online.com', 'siesta-center.com', 'estadio-portal.com', 'esta-noche.es'])('%s: not a look-alike', (h) => {
    expect(verdict(h)).toBe('unknown');
  });
});

describe('"travel authorization" next to a U.S. word (ESTA\'s full name)', () => {
  it.each(['us-travel-authorization.org', 'usatravelauthorisation.com', 'travel-authorization-usa.net', 'my-travel-authorization.online'])('%s: weak look-alike of ESTA', (h) => {
    expect(verdict(h)).toBe('weak esta.cbp.dhs.gov');
  });
  it.each(['canada-travel-authorization.com', 'travel-authorization-uk.com', 'travelauthority.com', 'travel-authorization.com'])('%s: not a look-alike (another country, or no U.S. word)', (h) => {
    expect(verdict(h)).toBe('unknown');
  });
});

describe('ESTA as a word of a site under .us', () => {
  it.each(['esta-tramite.us', 'esta.us', 'mi-esta.us'])('%s: weak look-alike of ESTA', (h) => {
    expect(verdict(h)).toBe('weak esta.cbp.dhs.gov');
  });
  it.each(['fiesta.us', 'esta.com', 'esta.es', 'testa.us', 'estadio.us'])('%s: not a look-alike', (h) => {
    expect(verdict(h)).toBe('unknown');
  });
});

describe('the design holds: these names alone stay below caution', () => {
  it.each(['green-card-usa.net', 'esta-antrag.de', 'us-travel-authorization.org', 'esta.us'])('%s: notice on the address alone', (h) => {
    expect(decide(`https://${h}/`).level).toBe('notice');
  });
});
