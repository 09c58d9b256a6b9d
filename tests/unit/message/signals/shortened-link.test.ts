import signal from '@/lib/message/signals/shortened-link';
import { signalTable } from './helpers';

signalTable(
  'shortened-link',
  signal,
  [
    ['Update your case: bit.ly/3xYz', 'weak'],
    ['See https://tinyurl.com/abc', 'weak'],
  ],
  [
    'Check your case at uscis.gov/casestatus',
    'No links here.',
  ],
);
