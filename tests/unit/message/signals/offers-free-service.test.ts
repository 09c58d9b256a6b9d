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
  ],
  [
    'No one can speed up your case for a fee. It is a scam.',
    'USCIS mails your access code for free.',
    'We can meet at noon.',
  ],
);
