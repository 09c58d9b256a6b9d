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
    // a code the reader's phone just received, asked back: a hijacked WhatsApp contact (tests/corpus/messages)
    ['Dime, de casualidad te llego un mensaje de texto regular ahora mismo con un código. ¿Me lo puedes enviar?', 'strong'],
    ['I sent you a 6-digit code by mistake, please send it back to me.', 'strong'],
    // Korean and Chinese requests for the number (batch tune-2026-12-06e)
    ['확인을 위해 소셜시큐리티 번호 등 개인 정보가 필요하다', 'weak'],
    ['请提供您的护照号码和银行卡号', 'weak'],
  ],
  [
    'Your USCIS verification code is 482913. Do not share this code with anyone.',
    'USCIS will never ask for your A-Number by text message.',
    'Nunca comparta su número de seguro social.',
    'Your passport is ready for pickup.',
    // the official code texts, and codes people pass on
    'We sent you a code. Never share it with anyone, not even with us.',
    'I just sent you the door code, text me when you are in.',
    'Te mandé el código de la puerta, me lo confirmas cuando entres.',
    // official notices that say they never ask
    '외교부 및 재외공관은 전화로 여권번호나 계좌번호를 요구하지 않습니다.',
    '大使馆不会要求您提供护照号码。',
  ],
);
