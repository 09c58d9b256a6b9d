import signal from '@/lib/message/signals/authority-notice';
import { signalTable } from './helpers';

const GUIDE =
  'How to pay a traffic fine in our city. ' +
  'If you got a parking ticket, the fine is due within 30 days. You can pay online, by mail or in person at the court. '.repeat(16) +
  'Click here for the court address.';

signalTable(
  'authority-notice',
  signal,
  [
    // government-impostor texts (tests/corpus/messages, batch tune-2026-12-06q)
    ['[182] 신호등미준수로 인해 범칙금 부과. [URL 클릭 후 확인하세요]', 'strong'],
    ['Irregularidade fiscal grave detectada. Recebemos um alerta referente ao seu CPF devido à existência de taxas pendentes não regularizadas. … https://receitafederal.regularizeagora.org/', 'strong'],
    ['你名下的医保已停用 请进******申换电子版使用', 'strong'],
    ['Hola, la Policía Nacional le ha ordenado con efecto inmediato que responda a la citación adjunta en el plazo de 72 horas.', 'strong'],
    ['AGENCIA TRIBUTARIA. Reembolso de impuestos de (263€). Encuentre su formulario de reembolso en el enlace: hxxps://hoo.be/tributaria.', 'strong'],
    // the office named in the words and a link dressed as that government's
    ['Votre nouvelle carte vitale est disponible … afin de continuer à être couvert via ameli-vital.fr', 'strong'],
    // written for this test in other languages and countries (not from a source)
    ['Cục Thuế thông báo: bạn có khoản nợ thuế chưa thanh toán. Vui lòng truy cập https://thue-vn.top để nộp trước 24h.', 'strong'],
    ['LTO: May paglabag ka sa trapiko. Bayaran ang multa mo dito: https://lto-ph.vip/pay', 'strong'],
    ['E-ZPass: You have an unpaid toll balance of $4.15. Pay now to avoid a late fee: https://ezpass-tolls.com/pay', 'strong'],
    ['【交警】您有一条违章记录未处理，请点击链接查看：http://12123-jg.cn', 'strong'],
    ['SSS: Your employer contribution will receive a benefit of P4,000. Please claim it here: https://bit.ly/My-SSS', 'strong'],
  ],
  [
    // real offices: their own links only, or no way to act in the message
    'If you can afford it, pay the full amount immediately to stop interest and penalties from growing. You can pay online at IRS.gov/payments.',
    'Receita Federal: sua restituição está disponível. Consulte em https://www.gov.br/receitafederal',
    'Your tax refund was approved. Confirm your refund status at https://www.irs.gov/refunds',
    'I received a parking ticket. What happens if I don’t take care of it? After 10 days the fine doubles. After an additional 10 days, a uniform traffic citation is mailed to the registered owner and the fine increases substantially. If the owner fails to respond to the show cause order, an arrest warrant is issued.',
    'Se ha ordenado el pago de su devolución del Impuesto sobre la Renta de las Personas Físicas del ejercicio de 2023. Por favor, no responda a este mensaje.',
    // warnings that quote the texts
    'Cuidado: la Policía Nacional nunca envía multas por SMS. Si recibe un mensaje con un enlace para pagar, es una estafa.',
    '国家医保局提醒：收到“你名下的医保已停用，请点击链接”这类诈骗短信，千万不要点击链接。',
    // a lawyer on fees, a family chat about a fine, a bank's alert: no office with a link to act on
    'Hi Maria, the USCIS filing fee for your I-130 is $675. Please bring a check to our office on Friday.',
    'Mom, I got a parking ticket, the fine is $60. I will pay it at the city website tomorrow.',
    'Chase Fraud Alert: Did you make a $500 purchase at Walmart? Reply YES or NO.',
    // a longer paste is a guide, not a notice
    GUIDE,
  ],
);
