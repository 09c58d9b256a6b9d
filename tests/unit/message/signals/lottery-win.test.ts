import signal from '@/lib/message/signals/lottery-win';
import { signalTable } from './helpers';

signalTable(
  'lottery-win',
  signal,
  [
    ['Congratulations! You have been selected in the DV-2027 Green Card Lottery.', 'strong'],
    ['Your entry has been randomly selected for further processing.', 'weak'],
    ['Felicidades, usted ha sido seleccionado para la lotería de visas.', 'strong'],
    ['We found two boxes with $5.8M USD and a document that bears your name as the receiver.', 'strong'],
  ],
  [
    'Scammers e-mail people saying they won the green card lottery. It is fraud.',
    'The DV lottery opens in October.',
    'The city spent $5 million on new parks.',
  ],
);
