import signal from '@/lib/message/signals/money-offer';
import { signalTable } from './helpers';

signalTable(
  'money-offer',
  signal,
  [
    // loan and investment spam (tests/corpus/messages, batch tune-2026-12-06d)
    ['we  give out Guarantee Business Loans, Personal Loans, investment, Home Buying Loans, Auto Loans E.T.C. At an interest rate of 2%, the interested applicant should email zodialfinances@gmail.com WhatsApp: +18494802799', 'strong'],
    ['We offer real estate loans and commercial loans. Have you been rejected by the bank or other banks? e-mail: bahdsahed@gmail.com', 'strong'],
    ['Ne aktualisht po ofrojmë skemë kredie të lehtë dhe të shpejtë me normë të ulët interesi prej 2%. Kontaktoni përmes emailit: crowntrustfinancialloanfirm@gmail.com', 'strong'],
    ['Ofrecemos préstamos entre particulares al 2%. Escriba a prestamos.rapidos@gmail.com', 'strong'],
    ['INVEST $500 GET $6000. Make huge profits weekly from your initial investment. No risk involved 100% safe.', 'strong'],
    ['Do you know you can earn $1000 daily, $12000 weekly and $25000 monthly or more while trading bitcoins or forex? WhatsApp us for details:+16316745372', 'strong'],
    // one tell alone: a bank advertises loans, a fund promises returns
    ['We offer personal loans at low rates.', 'weak'],
    ['Guaranteed returns for our members.', 'weak'],
    // a guide to fake loan letters: the loan words stay weak, its rule ("no financial institution is permitted to offer any type of loan") is no lender's tell (batch tune-2026-12-06f)
    ['Lucrative offers What compelled you to click on the loan offer letter? It is the very attractive interest rate that they are offering. According to Reserve Bank of India guidelines, no financial institution is permitted to offer any type of loan with a zero percent EMI scheme.', 'weak'],
    // the same tell in an offer stays strong
    ['Loan offer: we give any type of loan at 2% interest, apply today.', 'strong'],
  ],
  [
    'Scammers offer loans to anyone and ask for a fee first. Do not pay.',
    'Your loan payment of $250 is due on the 5th.',
    'Scammers promise to double your bitcoin in a week: it is a scam.',
    'The bank raised its interest rate to 5% for savings accounts.',
  ],
);
