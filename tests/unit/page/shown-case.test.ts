/**
 * lib/page/shown-case.ts: the case a person sees where a style changes it (the ESTA written "esta" and shown in capitals),
 * and lib/text/acronyms.ts acronymAt, the classifier's side of it (a Spanish heading in capitals, "ESTA SEMANA", is not
 * the ESTA).
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { inShownCase, shownCase } from '@/lib/page/shown-case';
import { collectText } from '@/lib/page/snapshot';
import { acronymAt } from '@/lib/text/acronyms';
import { CASE_ACRONYMS } from '@/lib/text/case-words';
import { decide } from '@/lib/verdict';

const style = (over: Partial<{ textTransform: string; fontVariantCaps: string; fontFeatureSettings: string }>) => ({ textTransform: 'none', fontVariantCaps: 'normal', fontFeatureSettings: 'normal', ...over });

describe('inShownCase: the text as a style draws it, never with fewer capitals than stored', () => {
  it.each([
    [{ textTransform: 'uppercase' }, 'We submit your esta', 'WE SUBMIT YOUR ESTA'],
    [{ fontVariantCaps: 'small-caps' }, 'your esta', 'YOUR ESTA'],
    [{ fontVariantCaps: 'all-small-caps' }, 'your esta', 'YOUR ESTA'],
    [{ fontVariantCaps: 'petite-caps' }, 'your esta', 'YOUR ESTA'],
    [{ fontFeatureSettings: '"smcp"' }, 'your esta', 'YOUR ESTA'],
    [{ fontFeatureSettings: '"smcp" 0' }, 'your esta', 'your esta'],
    [{ textTransform: 'capitalize' }, 'esta-antrag online', 'Esta-Antrag Online'],
    [{ textTransform: 'lowercase' }, 'Your ESTA', 'Your ESTA'],
    [{}, 'your esta', 'your esta'],
  ])('%j: "%s" → "%s"', (over, text, want) => {
    expect(inShownCase(text, style(over))).toBe(want);
  });
});

function doc(markup: string): Document {
  const window = new Window({ url: 'https://www.shop-example.com/', settings: { disableJavaScriptEvaluation: true } });
  window.document.write(markup);
  return window.document as unknown as Document;
}

describe('shownCase and the snapshot: only text whose case can matter asks for a style', () => {
  it('reads a lower-case acronym a style sheet shows in capitals as capitals', () => {
    const d = doc('<style>.caps { text-transform: uppercase }</style><p class="caps">We submit your esta for you</p><p>esta semana</p>');
    expect(collectText(d).text).toBe('WE SUBMIT YOUR ESTA FOR YOU esta semana');
  });

  it('leaves text with no such word as stored, styled or not', () => {
    const d = doc('<p style="text-transform: uppercase">order now</p>');
    const p = d.querySelector('p');
    expect(shownCase(p, 'order now')).toBe('order now');
    expect(collectText(d).text).toBe('order now');
  });
});

describe('acronymAt: the ESTA, or the Spanish and Portuguese demonstrative in capitals', () => {
  const at = (raw: string, word = 'ESTA', nth = 0) => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = raw.indexOf(word, i + 1);
    return acronymAt(raw, i, i + word.length, 'ESTA');
  };
  it.each([
    ['ESTA SEMANA EN VIAJES. Vuelos a Estados Unidos desde $299 esta temporada.', false],
    ['ESTA OFERTA ES PARA USTED: vuelos a Miami con el descuento de la semana.', false],
    ['ESTA SEMANA NA COMUNIDADE: a biblioteca abre uma aula de inglês para os vizinhos.', false],
    ['esta semana', false],
  ])('%s: not the ESTA', (raw, want) => {
    expect(at(raw, raw.startsWith('esta') ? 'esta' : 'ESTA')).toBe(want);
  });
  it.each([
    'ESTA APPLICATION SERVICE. WE SUBMIT YOUR ESTA FOR YOU — ONLY $89. ORDER NOW.',
    'SOLICITE SU ESTA AHORA Y VIAJE A ESTADOS UNIDOS SIN VISA, en 24 horas y con la ayuda de nuestro equipo.',
    'ESTA PARA ESTADOS UNIDOS: tramitamos su solicitud en 24 horas por solo 89 dólares.',
    'El ESTA es obligatorio para viajar sin visa a los Estados Unidos de América.',
    'Tramitamos la SOLICITUD ESTA DE LOS VIAJEROS en 24 horas, con la ayuda de nuestro equipo.',
  ])('%s: the ESTA', (raw) => {
    expect(at(raw)).toBe(true);
  });

  it('the same Spanish travel page stays quiet whether its heading is typed in capitals or not', () => {
    const text = (kicker: string) =>
      `${kicker} Vuelos más baratos a Estados Unidos. Las aerolíneas bajaron los precios de los vuelos a Miami y Nueva York: desde $299 ida y vuelta esta temporada. Reserve con tiempo y revise su pasaporte antes de viajar.`;
    const level = (t: string) => decide('https://www.viajes-ejemplo.com/', { url: 'https://www.viajes-ejemplo.com/', title: '', text: t, truncated: false, forms: [], lang: 'es' }).level;
    expect(level(text('esta semana en viajes'))).toBe('none');
    expect(level(text('ESTA SEMANA EN VIAJES'))).toBe('none');
  });

  it('every acronym whose case the reader keeps is one the classifier reads only in capitals', () => {
    for (const acronym of CASE_ACRONYMS) expect(acronymAt(acronym.toLowerCase(), 0, acronym.length, acronym)).toBe(false);
  });
});
