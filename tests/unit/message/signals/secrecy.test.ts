import signal from '@/lib/message/signals/secrecy';
import { signalTable } from './helpers';

signalTable(
  'secrecy',
  signal,
  [
    ['Do not discuss this with anyone. Pay the bond today or officers will come to your address.', 'weak'],
    ['Keep this matter strictly confidential. Do not contact a lawyer.', 'weak'],
    ['No le diga a nadie sobre esta llamada. Pague la multa hoy.', 'weak'],
    ["Ne dites rien à personne. Vous devez payer l'amende aujourd'hui.", 'weak'],
    ['Não conte a ninguém sobre esta ligação.', 'weak'],
    ['不要告诉任何人，今天必须付款。', 'weak'],
    ['이 사실을 아무에게도 말하지 마세요.', 'weak'],
    ['Đừng nói với ai về cuộc gọi này.', 'weak'],
    ['Huwag sabihin kahit kanino ang tawag na ito.', 'weak'],
    // with the linker: "huwag mong…", "huwag ninyong…" (the everyday form)
    ['Huwag mong sabihin kahit kanino, lalo na kay Nanay.', 'weak'],
    ['Huwag ninyong ipaalam sa abogado ang tawag na ito.', 'weak'],
    // the family kept out of it (grandparent scam)
    ["Please, please don't call my mom or let anyone know about what I'm telling you.", 'weak'],
  ],
  [
    // how lawyers, banks and employers mark what they send: not secrecy about the matter
    'From Rivera Immigration Law: please keep this information confidential. Our invoice of $350 is attached.',
    'Keep this message confidential. It is meant only for the person named above.',
    'Your USCIS online access code is in the letter. Keep this code private.',
    // the secret is a code: security advice
    'Your verification code is 248371. Do not share it with anyone.',
    'Never tell anyone your PIN or password.',
    '请勿将验证码告诉任何人。',
    '인증번호를 타인에게 알려주지 마세요.',
    'Không chia sẻ mã OTP cho bất kỳ ai. Giữ bí mật mã OTP.',
    // warnings and reports of the trick
    'Scammers tell you not to tell anyone and to pay with gift cards.',
    'If someone tells you not to contact a lawyer, hang up.',
    'The caller told her not to tell her family and to pay $2,000.',
    'Les dicen que no le cuenten a nadie y que paguen.',
    // ordinary words
    'You do not need to contact a lawyer to renew your green card.',
    "Don't worry, we'll call you back tomorrow.",
  ],
);
