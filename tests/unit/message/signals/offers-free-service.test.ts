import signal from '@/lib/message/signals/offers-free-service';
import { signalTable } from './helpers';

signalTable(
  'offers-free-service',
  signal,
  [
    ['We can get your access code today, only $49.', 'strong'],
    ['Le ayudamos a acelerar su caso por $200.', 'strong'],
    ['We can speed up your case.', 'weak'],
    ['Guaranteed green card approval in 30 days!', 'weak'],
    // only USCIS issues the access code: an offer to get it is strong without a price
    ['We can get your access code today', 'strong'],
    // a result "without fail" for a price (a parole sponsor's WhatsApp, tests/corpus/messages)
    ['para asegurar, sin fallo de ningún tipo, la abogada cobra $2,500', 'strong'],
  ],
  [
    'No one can speed up your case for a fee. It is a scam.',
    'USCIS mails your access code for free.',
    'We can meet at noon.',
    'Podemos revisar su caso gratis el sábado.',
    'Aseguramos sin falta que recibirá una respuesta por correo.',
  ],
);
