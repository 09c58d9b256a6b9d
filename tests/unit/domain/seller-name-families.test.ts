/**
 * Seller-name families of session 22 (addr22; batch addresses-2026-12ar, tests/corpus/addresses): structures of
 * real seller hosts the address rules missed, each with members it must catch (made up here, not taken from the
 * address corpus) and legitimate or ordinary hosts with the same words it must leave alone.
 *   - ESTA after an application noun of a Romance language (formulario-esta, tramite-esta, autorisation-esta):
 *     Spanish and Portuguese `esta` ("this") comes before its noun, so a noun before it is the program's name.
 *   - a U.S. e-visa (usa-evisa, us-evisa, usa.evisa-online): the United States issues no e-visa, so a name that
 *     sells one sells the ESTA or a visa appointment service. Other countries' e-visa names stay quiet.
 *   - the DV lottery in Portuguese and Russian/Uzbek transliteration (lotaria-green-card, grin-karta-lotereya, loteria-dv).
 * Level on the address alone: weak (notice), as every program name beside an application word is: guides and
 * lawyers pick the same words, and only a red flag on the page makes it caution.
 */
import { describe, expect, it } from 'vitest';
import { classifyInput } from '@/lib/domain';
import { decide } from '@/lib/verdict';

const verdict = (h: string): string => {
  const v = classifyInput(h);
  return v.kind === 'lookalike' ? `${v.strength} ${v.target.host}` : v.kind;
};

describe('ESTA after an application noun of a Romance language', () => {
  it.each(['formulario-esta.es', 'formularioesta.com', 'tramite-esta.com', 'permiso-esta.es', 'pedido-esta.pt', 'autorisation-esta.com', 'autorizacao-esta.com', 'inscripcion-esta.net'])(
    '%s: weak look-alike of ESTA, notice on the address alone',
    (h) => {
      expect(verdict(h)).toBe('weak esta.cbp.dhs.gov');
      expect(decide(`https://${h}/`).level).toBe('notice');
    },
  );
  it.each(['registro-estatal.es', 'formulario-estandar.com', 'pedidos-fiesta.com', 'encuesta-online.es', 'autorizacion-estatal.mx', 'tramite-estadistico.es', 'respuesta-rapida.es'])(
    '%s: not a look-alike',
    (h) => expect(verdict(h)).toBe('unknown'),
  );
});

describe('a U.S. e-visa (the United States issues none)', () => {
  it.each(['evisa-usa.com', 'us-evisa.org', 'usaevisa.net', 'usa.evisa-online.net', 'e-visa-usa.info', 'america-evisa.com'])('%s: weak look-alike of U.S. visas', (h) => {
    expect(verdict(h)).toBe('weak travel.state.gov');
    expect(decide(`https://${h}/`).level).toBe('notice');
  });
  it.each(['india-evisa.com', 'evisa-kenya.com', 'turkey-evisa.org', 'evisa-online.net', 'evisaprime.com', 'useful-evisa-tips.com'])('%s: not a look-alike', (h) => {
    expect(verdict(h)).toBe('unknown');
  });
  it.each(['evisa.gov.tr', 'evisa.ica.gov.pg'])('%s: a foreign government, not a look-alike', (h) => {
    expect(classifyInput(h).kind).not.toBe('lookalike');
  });
});

describe('the DV lottery in Portuguese and in Russian/Uzbek transliteration', () => {
  it.each(['lotaria-green-card.com', 'grin-karta-lotereya.ru', 'lotereya-grin-karta.com', 'greencard-lotereya.uz', 'loteria-dv.com', 'lotaria-dv.pt'])(
    '%s: weak look-alike of the DV program',
    (h) => expect(verdict(h)).toBe('weak dvprogram.state.gov'),
  );
  it.each(['lotaria-nacional.pt', 'lotereya.ru', 'stoloto-lotereya.ru', 'grin-kartochki.ru', 'dvd-loteria.com'])('%s: not a look-alike', (h) => {
    expect(verdict(h)).toBe('unknown');
  });
});
