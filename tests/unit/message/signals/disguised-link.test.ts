import signal from '@/lib/message/signals/disguised-link';
import { signalTable } from './helpers';

signalTable(
  'disguised-link',
  signal,
  [
    ['Pay at uscis[.]gov-pay[.]com', 'weak'],
    ['Open hxxps://uscis-fee.help now', 'weak'],
    ['Go to uscis . gov-pay . com', 'weak'],
  ],
  [
    'Pay at https://my.uscis.gov/',
    'Nothing here.',
  ],
);
