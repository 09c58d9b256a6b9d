import signal from '@/lib/message/signals/asks-for-secrets';
import { signalTable } from './helpers';

signalTable(
  'asks-for-secrets',
  signal,
  [
    ['Reply with your A-Number and date of birth to keep your case open.', 'weak'],
    ['Confirm your receipt number at the link below.', 'weak'],
    ['Send us a photo of your passport today.', 'weak'],
    ['Envíe su número de pasaporte por WhatsApp.', 'weak'],
  ],
  [
    'Your USCIS verification code is 482913. Do not share this code with anyone.',
    'USCIS will never ask for your A-Number by text message.',
    'Nunca comparta su número de seguro social.',
    'Your passport is ready for pickup.',
  ],
);
