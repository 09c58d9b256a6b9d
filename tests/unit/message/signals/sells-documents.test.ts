import signal from '@/lib/message/signals/sells-documents';
import { signalTable } from './helpers';

signalTable(
  'sells-documents',
  signal,
  [
    // document-mill spam (tests/corpus/messages, batch tune-2026-12-06d)
    ['Buy Real and Fake passport,drivers license,green card, Visa (https:// www.quickydocs.com)', 'strong'],
    ['Buy High Quality Real Passports ( whatsapp.......+393509282433 ) Green Card,Citizenship , Counterfeit money , Drivers License,ID cards,Visas etc', 'strong'],
    ['Apply for real register Passport ,Visa,Driving License,ID CARDS,marriage certificates,diplomas etc for sell', 'strong'],
    ['*Fake ID Cards With Social Security number *Clear Criminal Records and DMV Records', 'strong'],
    ['Get your IELTS certificate without taking the exam. WhatsApp +447312225966', 'strong'],
    ['Vendemos pasaportes y green cards reales. Escriba por WhatsApp.', 'strong'],
  ],
  [
    'Two men were charged with selling fake green cards to immigrants.',
    "Get your REAL ID driver's license at the DMV before May 7.",
    'You must obtain an original birth certificate from the vital records office.',
    'Scammers sell fake visas online. Only the State Department issues visas.',
    'Bring your original passport and your green card to the interview.',
  ],
);
