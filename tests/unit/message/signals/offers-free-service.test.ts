import signal from '@/lib/message/signals/offers-free-service';
import { signalTable } from './helpers';

signalTable(
  'offers-free-service',
  signal,
  [
    ['We can get your access code today, only $49.', 'strong'],
    ['Le ayudamos a acelerar su caso por $200.', 'strong'],
    ['We can speed up your case.', 'weak'],
    ['Guaranteed green card approval in 30 days!', 'weak'],
    // only USCIS issues the access code: an offer to get it is strong without a price
    ['We can get your access code today', 'strong'],
    // a result "without fail" for a price (a parole sponsor's WhatsApp, tests/corpus/messages)
    ['para asegurar, sin fallo de ningún tipo, la abogada cobra $2,500', 'strong'],
    // appointments sold, a sponsor ready for money, a benefit promised within months for a price
    ['Tengo citas para CBP One disponibles esta semana, $500 por persona, pago por Zelle.', 'strong'],
    ['Vendo citas para la embajada americana, visa en 15 días.', 'strong'],
    ['Your parole sponsor is ready. Pay $2,000 deposit to start your I-134A today.', 'strong'],
    ['Te ayudo con tu asilo, soy paralegal, cobro solo $1,500 y en 2 meses tienes tu permiso de trabajo.', 'strong'],
    ['My sponsor is ready to file the I-134A.', 'weak'],
    // a visa "guaranteed 100%" with a refund or a fee (batch tune-2026-12-06e)
    ['đảm bảo 100% xin visa thành công và hoàn tiền nếu không thành công', 'strong'],
    ['签证包过,费用5000元', 'strong'],
    ['bao đậu visa Mỹ', 'weak'],
  ],
  [
    'No one can speed up your case for a fee. It is a scam.',
    'USCIS mails your access code for free.',
    'We can meet at noon.',
    'Podemos revisar su caso gratis el sábado.',
    'Aseguramos sin falta que recibirá una respuesta por correo.',
    'I have an appointment at the embassy on Monday.',
    'We have appointments for free DACA renewal help at the library on Saturday.',
    'Supporters may not ask you for money to file Form I-134A.',
    'Processing usually takes 6 months, according to USCIS.',
    // a translation firm's warning quoting the slogan
    'Nhiều đơn vị quảng cáo “bao đậu visa 100%” để lừa đảo; không ai có thể đảm bảo đậu visa.',
    '没有任何中介可以包过签证,这是诈骗。',
  ],
);
