/**
 * The U.S. gold card named in a host (session 25, addr25; batch addresses-2026-12at of the scam blocklists, nearly all
 * parked or pending registrations made when the program was announced): the card's words beside the visa word
 * (`goldcardvisa`, `gold-cardvisa`), Trump's name beside the visa word (`trumpvisa`, `trumpgoldenvisa`,
 * `trumpinvestorvisa`), and the United States beside a gold or golden visa (`usagoldenvisa`, `americangoldvisa`).
 * The program's own sites are trumpcard.gov and trumpgoldcard.gov (CISA .gov registry): .gov, so official.
 * Members here are made up, not taken from the corpus. The hosts that must stay quiet are real kinds of names met
 * on the same searches and lists: other countries' golden visas (Portugal, Greece, Cyprus, the UAE: no U.S. word),
 * the bank card "Visa Gold" (the visa word first), gold dealers, casinos and banks, the card game and companies named
 * "trump card", news and advocacy about Trump's visa policy (`trumpvisaban`), and the .gov names themselves.
 */
import { describe, expect, it } from 'vitest';
import { classifyInput } from '@/lib/domain';
import { decide } from '@/lib/verdict';

const verdict = (h: string): string => {
  const v = classifyInput(h);
  return v.kind === 'lookalike' ? `${v.strength} ${v.target.host}` : v.kind;
};

describe('the gold card, Trump or the U.S. with a gold visa: a weak look-alike of the gold card site', () => {
  it.each([
    'goldcardvisa-apply.com',
    'my-gold-card-visa.net',
    'usgoldcardvisas.org',
    'getgoldcardvisa.info',
    'trump-investor-visa.com',
    'trumpsgoldenvisa.net',
    'goldtrumpvisa.online',
    'usa-golden-visa.com',
    'americangoldvisa.net',
    'myusgoldenvisa.org',
  ])('%s: weak look-alike of trumpcard.gov (notice on the address alone)', (h) => {
    expect(verdict(h)).toBe('weak trumpcard.gov');
    expect(decide(`https://${h}/`).level).toBe('notice');
  });
});

describe('the same with a government word or the official host inside: strong (danger on the address alone)', () => {
  it.each(['goldcardvisa-gov.com', 'trumpcard.gov.apply-now.com', 'official-goldcard-visa.com'])('%s: strong look-alike of trumpcard.gov', (h) => {
    expect(verdict(h)).toBe('strong trumpcard.gov');
    expect(decide(`https://${h}/`).level).toBe('danger');
  });
});

describe('other golden visas, gold and trump names, and the program itself: not look-alikes', () => {
  it.each([
    'goldenvisa-portugal.com',
    'greece-golden-visa.gr',
    'cyprusgoldenvisa.com',
    'uaegoldenvisa.ae',
    'visagoldcard.com',
    'visa-gold-card-rewards.com',
    'goldmansachs.com',
    'goldennugget.com',
    'westernuniongold.com',
    'trumpcard.com',
    'trumpcardgame.co.uk',
    'trumpgolf.com',
    'trumpetvisa.com',
    'trumpvisaban.org',
    'usgoldbureau.com',
  ])('%s: not a look-alike', (h) => expect(verdict(h)).toBe('unknown'));
  it.each(['trumpcard.gov', 'trumpgoldcard.gov'])('%s: official', (h) => expect(verdict(h)).toBe('official'));
});
