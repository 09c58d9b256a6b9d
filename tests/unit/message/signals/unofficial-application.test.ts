import signal from '@/lib/message/signals/unofficial-application';
import { signalTable } from './helpers';

signalTable(
  'unofficial-application',
  signal,
  [
    ['Visa Lottery 2026 is out! Check eligibility and apply here: https://tinyurl.com/visa-2026', 'weak'],
    ['Regístrese para la lotería de visas en dv-registro.com hoy.', 'weak'],
  ],
  [
    'Enter the DV lottery only at https://dvprogram.state.gov/',
    'Apply for ESTA at https://esta.cbp.dhs.gov/ only.',
    'Apply for the visa lottery soon.',
  ],
);
