import signal from '@/lib/message/signals/unofficial-application';
import { signalTable } from './helpers';

signalTable(
  'unofficial-application',
  signal,
  [
    ['Visa Lottery 2026 is out! Check eligibility and apply here: https://tinyurl.com/visa-2026', 'weak'],
    ['Regístrese para la lotería de visas en dv-registro.com hoy.', 'weak'],
    // a look-alike of a foreign government's own site is still not its site
    ['Kenya eTA: apply for your visa here: www.kenya-evisa-apply.com', 'weak'],
  ],
  [
    'Enter the DV lottery only at https://dvprogram.state.gov/',
    'Apply for ESTA at https://esta.cbp.dhs.gov/ only.',
    'Apply for the visa lottery soon.',
    // another country's government site is its own official route (fpaudit2's finding: a Kenyan eTA notice pasted as a message)
    'Kenya eTA: all visitors must pay a $30 fee. Apply for your visa here: www.etakenya.go.ke',
    'Apply for your Canadian visitor visa online: https://www.canada.ca/en/immigration-refugees-citizenship.html',
  ],
);
