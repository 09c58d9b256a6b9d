import signal from '@/lib/message/signals/payment-demand';
import { signalTable } from './helpers';

signalTable(
  'payment-demand',
  signal,
  [
    ['Your case has an outstanding fee of $150.', 'weak'],
    ['You must pay the processing fee within 24 hours.', 'weak'],
    ['Payment required to keep your application open.', 'weak'],
    ['Usted debe pagar una multa de $500 hoy.', 'weak'],
    ['请在24小时内缴纳费用', 'weak'],
    ['Your I-485 was approved but a $250 processing fee is due.', 'weak'],
    ['Para reprogramar pague $85 en este enlace.', 'weak'],
  ],
  [
    'USCIS will never ask you to pay a fee by phone.',
    'Your payment of $40 was received. Thank you.',
    'No pague a nadie que le llame.',
    'See you at dinner tonight.',
  ],
);
