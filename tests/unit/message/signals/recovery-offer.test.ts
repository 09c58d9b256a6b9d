import signal from '@/lib/message/signals/recovery-offer';
import { signalTable } from './helpers';

signalTable(
  'recovery-offer',
  signal,
  [
    ["Devastated and unsure of what to do, I began searching for ways to recover my lost funds. That's when I found Salvage Asset Recovery, a team of experts who specialize in tracing stolen money.", 'strong'],
    ['Lost money to a fake immigration lawyer? We can help you recover your money. Contact us on WhatsApp.', 'strong'],
    ['¿Perdió dinero con un notario? Recuperamos su dinero. Escríbanos hoy.', 'strong'],
    ['Nous pouvons récupérer vos fonds perdus en 48 heures.', 'strong'],
    // the wish alone: a victim's own question
    ['How can I recover my lost money?', 'weak'],
  ],
  [
    // warnings about recovery scams
    'Recovery scammers promise to recover your lost money for a fee. It is a scam.',
    'Nunca pague a nadie que promete recuperar su dinero: es una estafa.',
    // news: the money is not the reader's, nobody offers anything
    'The Justice Department recovered stolen funds for 300 victims of the scheme.',
    'The FTC is sending refunds to people who lost money to the company.',
  ],
);
