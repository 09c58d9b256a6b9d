import { describe, expect, it } from 'vitest';
import { fold } from '@/lib/text/normalize';
import { ASK_WIDE, VERIFY_WORDS } from '@/lib/message/shape-words';
import { UNLOCK_WIDE } from '@/lib/message/family-words';

// The confirm / update / log-in verbs are written once (VERIFY_WORDS) and read two ways: whole words as pressure-ask's ask,
// stems as account-locked's fix (shape-words.ts says why).
describe('VERIFY_WORDS: one list, two readings', () => {
  const ask = new RegExp(ASK_WIDE);
  const unlock = new RegExp(UNLOCK_WIDE);

  it.each(VERIFY_WORDS)('%s is an ask and a fix', (word) => {
    expect(ask.test(fold(`per favore ${word} ora`))).toBe(true);
    expect(unlock.test(fold(`per favore ${word} ora`))).toBe(true);
  });

  it.each([
    // an Italian e-mail's infinitive, a Czech imperative's longer form, an update notice's noun
    ['È necessario confermare i tuoi dati', 'conferma'],
    ['Prosím odblokujte svůj účet', 'odblokuj'],
    ["Nuovo aggiornamento dell'app disponibile", 'aggiorna'],
  ])('%j: a fix (stem of %s), not an ask (whole words)', (text) => {
    expect(unlock.test(fold(text))).toBe(true);
    expect(ask.test(fold(text))).toBe(false);
  });
});
