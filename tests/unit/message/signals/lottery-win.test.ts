import signal from '@/lib/message/signals/lottery-win';
import { signalTable } from './helpers';

signalTable(
  'lottery-win',
  signal,
  [
    // millions given to a handful of people: the Powerball donation e-mail (Spanish)
    ['12.5 millones de dólares a cinco individuos alrededor del mundo … en las próximas 24 horas', 'strong'],
    ['Your email address has won $850,000 in the Microsoft lottery. Send your full name to claim.', 'strong'],
    ['Congratulations! You have been selected in the DV-2027 Green Card Lottery.', 'strong'],
    ['Your entry has been randomly selected for further processing.', 'weak'],
    ['Felicidades, usted ha sido seleccionado para la lotería de visas.', 'strong'],
    ['We found two boxes with $5.8M USD and a document that bears your name as the receiver.', 'strong'],
    // French, Portuguese, Russian, Vietnamese winner words (issue 18: fr/pt scam wording)
    ["Votre adresse d'E-Mail a été associée au billet chanceux qui gagne dans la première catégorie.", 'strong'],
    ['Parabéns! Você foi sorteado no programa Green Card.', 'strong'],
    ['Поздравляем! Вы стали одним из тех, кто был отобран для программы диверсификационных виз.', 'strong'],
    ['Shopee xin chúc mừng quý khách đã trúng xe SH', 'strong'],
    ['It allows the lucky Green Card winners permanent residence.', 'strong'],
    // an advance-fee "partner" letter: millions to move with the reader's help
    ['I am writing to solicit your support and assistance in the Transfer of US$10,900,000.00 Dollars.', 'strong'],
    // the advance-fee fund letter, no sum named (batch tune-2026-12-06d)
    ['We have been informed this day by the concern Authority to have your fund release process completed which is your over due Contract payment.', 'strong'],
  ],
  [
    'Scammers e-mail people saying they won the green card lottery. It is fraud.',
    'The DV lottery opens in October.',
    'Your email address has been verified.',
    'Scams cost Americans 12 million dollars last year, around the world even more.',
    'The city spent $5 million on new parks.',
    // the Entrant Status Check reminder asks; it does not say you won
    'Check dvprogram.state.gov to see whether you were selected. This message does not tell you whether you were selected.',
    'Your funds transfer of $500 to John Smith was completed.',
    'Search for unclaimed funds on the state treasurer\'s website.',
  ],
);
