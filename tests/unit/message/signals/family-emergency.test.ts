import signal from '@/lib/message/signals/family-emergency';
import { describe, expect, it } from 'vitest';
import { prepareMessage } from '@/lib/message/prepare';
import { signalTable } from './helpers';

signalTable(
  'family-emergency',
  signal,
  [
    ["Hi Grandpa. I need some cash. Can you wire it to me? Don't tell Mom and Dad, please.", 'strong'],
    ['Grandma, I was in an accident and I am at the police station. I need money for bail right now.', 'strong'],
    ['Abuela, soy yo. Estoy detenido en la frontera y necesito dinero para la fianza. No le digas a mi mamá.', 'strong'],
    ["It's me. I'm in jail and I need $500 for bail, please.", 'strong'],
    // the voice as "this is your grandson"; the secret as "don't let anyone know"
    ["This is your oldest grandson. I'm in jail and need $1,200 for bail. Please don't call my mom.", 'strong'],
    ["They arrested me. I need money for bail. Please don't let anyone know.", 'weak'],
    // trouble, money and secrecy without the relative's voice at the start
    ["They arrested me. I need money for bail. Please don't tell Mom.", 'weak'],
  ],
  [
    // a relative's ordinary request: no trouble, no secret
    'Mom, can you send me $20 for lunch?',
    "Grandma, I'm in the hospital with a broken leg, don't worry, I'm fine.",
    'Hi mum, happy birthday! Dad says he will send the money for the car tomorrow.',
    // news and warnings about the scam
    'A grandmother sent $9,000 in bail money after a caller claimed her grandson was in jail.',
    'Scammers call grandparents: "Grandma, I\'m in jail, send bail money." Hang up and call your family.',
  ],
);

describe('family-emergency evidence', () => {
  it('quotes the trouble the reader is asked to pay for, not the secret (secrecy.ts quotes that)', () => {
    const hit = signal(prepareMessage("Hi Grandma, it's me. I was in a car accident and the police arrested me. I need $2,000 for bail. Don't tell Mom and Dad."));
    expect(hit?.evidence).toBe('I was in a car accident and the police arrested me');
  });
  it('quotes the secret when there is no trouble', () => {
    expect(signal(prepareMessage("Hi Grandpa. I need some cash. Can you wire it to me? Don't tell Mom and Dad, please."))?.evidence).toBe("Don't tell Mom and Dad, please");
  });
});
