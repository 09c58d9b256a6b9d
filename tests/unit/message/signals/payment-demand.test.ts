import signal from '@/lib/message/signals/payment-demand';
import { signalTable } from './helpers';

signalTable(
  'payment-demand',
  signal,
  [
    ['Your case has an outstanding fee of $150.', 'weak'],
    ['Please pay any missing payments before Friday.', 'weak'],
    ['You must pay the processing fee within 24 hours.', 'weak'],
    ['Payment required to keep your application open.', 'weak'],
    ['Usted debe pagar una multa de $500 hoy.', 'weak'],
    ['请在24小时内缴纳费用', 'weak'],
    ['Your I-485 was approved but a $250 processing fee is due.', 'weak'],
    ['Para reprogramar pague $85 en este enlace.', 'weak'],
    ['오류를 고치려면 오늘 벌금을 웨스턴유니언으로 송금하셔야 합니다.', 'weak'],
    ['Vous devez payer les frais de dossier avant vendredi.', 'weak'],
    ['Você deve pagar a taxa via Pix hoje.', 'weak'],
    ['Magpadala ng ₱70,000 sa bank account na nakasaad.', 'weak'],
    ['Esté disponible a las 3 pm y tenga listo el pago.', 'weak'],
    ['Вам нужно оплатить сбор через Western Union.', 'weak'],
    ['Quý vị phải nộp phí trong 24 giờ.', 'weak'],
    // a price to renew or apply now
    ['Your ESTA has expired. To avoid being refused boarding, renew now for USD 89.', 'weak'],
    ['Apply today for only $49 and get your DV entry confirmed.', 'weak'],
    // criminal charges beside money are still a demand
    ['You face criminal charges and additional charges of $500 unless you pay now.', 'weak'],
    ['Additional charges will be applied to your account.', 'weak'],
  ],
  [
    'USCIS will never ask you to pay a fee by phone.',
    'Your payment of $40 was received. Thank you.',
    'You can renew your green card online; the fee is listed on the form page.',
    'No pague a nadie que le llame.',
    'See you at dinner tonight.',
    // money the reader is to collect, not to pay (a free tax service's text, tune-2026-12-06w)
    'Please save this letter for when you file your taxes to collect any missing payments and avoid a delay in processing your refund.',
    // a method named in a description is not a demand
    'Kẻ gian yêu cầu trả tiền bằng cách chuyển khoản qua Western Union.',
    // criminal charges, not money (a know-your-rights flyer, tune-2026-12-06h; fpaudit4)
    'Do not lie. Lying to officers can lead to additional charges. You can remain silent instead.',
    'If you sign a false statement you may face additional charges in court.',
  ],
);
