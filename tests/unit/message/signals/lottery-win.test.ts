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
    // a green-card lottery promising a home and a salary, which the real one never does (batch tune-2026-12-06e)
    ['Cette loterie permet de gagner la carte résidence américaine et un domicile et salaire. DV-Lottery 2023.', 'strong'],
    ['미국 정부가 당첨자에게 1년간 무료 건강보험과 3개월 간 1베드룸 아파트를 제공하며, 미국 도착 즉시 일할 수 있는 직장을 보장한다. 영주권 수속 비용 819달러.', 'strong'],
    // Vietnamese "luckily won" a free holiday
    ['Gia đình anh may mắn trúng 1 vé nghỉ dưỡng 3 ngày 2 đêm hoàn toàn miễn phí tại Nha Trang.', 'strong'],
    // the organiser's own draw, collected at its table or office, nothing asked: weak, an amplifier only (batch tune-2026-12-06f)
    ['Congratulations. You have won multiple raffle items. Please claim your prize at the raffle table by showing a staff member this message.', 'weak'],
    ['Washington’s Lottery is encouraging players to check their tickets, as there currently are 44 unclaimed prizes each valued at $10,000 or more, including two $1 million prizes.', 'weak'],
    ['Congratulations, you’ve won!! To claim your prize, please contact the organization with your winning ticket number ready.', 'weak'],
    // the same words with a fee or a stranger to reach stay strong
    ['Congratulations! Your winning ticket number 5647 has won £850,000. Contact our claims agent at claims.dept@gmail.com.', 'strong'],
    ['Congratulations, you have won! Pick up your prize at our office after you pay the $50 release fee.', 'strong'],
    ['Your winning ticket has won 1.5 million dollars for you. Send the processing fee to release it.', 'strong'],
    // the reader among the winners, and a win announced with the group named (fpaudit5, session 18)
    ['Felicidades, usted es uno de los ganadores de la lotería de visas DV-2026. Envíe 250 dólares.', 'strong'],
    ['Los ganadores de la lotería recibirán su premio. Usted ha sido seleccionado, llame al 809-555-1234.', 'strong'],
    ['Поздравляем! Вы стали победителем лотереи Green Card.', 'strong'],
    // the lure tells the reader they won, in the same languages
    ['Nanalo ka ng 50,000 pesos! I-claim sa link na ito.', 'strong'],
    ['恭喜您中奖了!请点击链接领取奖金。', 'strong'],
    ['고객님, 축하합니다! 경품에 당첨되셨습니다. 링크에서 수령하세요.', 'strong'],
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
    // a DV guide about life after the green card, and a warning naming the fake perks
    'After you get your green card you will need to find housing and a job on your own.',
    'Les escrocs promettent avec la carte verte un domicile et un salaire : c\'est une arnaque.',
    // news on the results: the winners as a group, and how to check whether you won (batch tune-2026-12-06ac)
    'Los ganadores obtienen una visa de inmigrante que te permite vivir y trabajar de forma permanente en Estados Unidos.',
    'Рассказываем как проверить стали ли вы победителем розыгрыша или нет.',
    'Ya puedes consultar si fuiste una de las 55.000 personas preseleccionadas.',
    // family news of someone else's win, in languages that drop "you" (fpaudit5, session 18)
    'Ate, nanalo raw si Tito sa lotto! Totoo ba? Tawagan mo siya.',
    '妈,听说舅舅中奖了,是真的吗?',
    '엄마, 삼촌이 로또에 당첨됐대요! 진짜예요?',
  ],
);
