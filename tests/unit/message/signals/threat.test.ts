import signal from '@/lib/message/signals/threat';
import { signalTable } from './helpers';

signalTable(
  'threat',
  signal,
  [
    ['Failure to pay will result in your arrest and deportation.', 'weak'],
    ['A warrant has been issued in your name.', 'weak'],
    ['Su visa será cancelada si no responde.', 'weak'],
    ['Your green card will be revoked tomorrow.', 'weak'],
    ['this is in reference to suspend your existing social security number on an immediate basis.', 'strong'],
    ['We are prepared to take legal action against you because of suspicious activity on your social security number.', 'strong'],
    ['Si usted paga 4,500 dólares, su hermano será libre.', 'weak'],
  ],
  [
    'Scammers threaten people with deportation. It is fraud.',
    'The case was closed in 2019 with a good result.',
  ],
);
