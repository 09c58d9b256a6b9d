import signal from '@/lib/message/signals/refund-lure';
import { signalTable } from './helpers';

signalTable(
  'refund-lure',
  signal,
  [
    // tax-refund smishing (tests/corpus/messages, batch tune-2026-12-06d)
    ['HMRC Refund: You have an outstanding Tax refund of £276.74 from 2020 to 2021. Follow instructions to claim your Tax refund at: https://gov-tax.refundpr.com/', 'strong'],
    ['You have an outstanding tax refund of 265.84 GBP for tax year 15/16. Please fill out the following form to process your refund.', 'strong'],
    ['[ I.R.S ] You will receive a tax refund of $573.00, but cannot process it due to incomplete personal information. Please confirm your information in the link. https://irs.gov.secure-fundhub.com', 'strong'],
    ['Dear TaxPayer, Canada Revenue Agency has sent you an INTERAC e-Transfer. Amount: $827.71 (CAD). Action Required: To deposit your money, click here: [fake URL here]', 'strong'],
    ['You received P1,250 bill adjustment refund from MERALCO. Confirm via (link) to credit to your GCash account. Expires bukas if not claimed', 'strong'],
    // tax money and a claim, no way to act in the message; or only an official link
    ['Your tax refund is ready. Confirm your details to receive it.', 'weak'],
    ['Your tax refund was approved. Confirm your refund status at https://www.irs.gov/refunds', 'weak'],
    // another country's tax office linking to its own government's site: an amplifier only (fpaudit5, session 18);
    // the same notice sent to a look-alike is the lure
    ['국세청 미수령 환급금 안내: 홈택스(www.hometax.go.kr)에서 환급금을 조회하세요.', 'weak'],
    ['HMRC: You are due a tax refund. Sign in to your personal tax account at www.gov.uk to claim it.', 'weak'],
    ['국세청 미수령 환급금 안내: 홈택스(www.hometax-go.kr.refund-nts.top)에서 환급금을 조회하세요.', 'strong'],
    ['HMRC: You are due a tax refund. Sign in to your personal tax account at www.gov-uk-refund.com to claim it.', 'strong'],
    // a forged government sender is not the government's site (batch tune-2026-12-06f's HMRC e-mail)
    ['From support [at] hmrc.gov.uk: We are contacting you to inform about your outstanding tax refund of £248.63. Please click on "Claim" button below to file your claim. Claim now', 'strong'],
    // German, Italian and French tax refunds (tune-2026-12-06ag, WRITE half; and written for this test)
    ['Nach den letzten jährlichen Berechnungen Ihrer steuerpflichtigen Aktivitäten haben wir festgestellt, dass Sie Anspruch haben auf eine Steuerruckzahlung von € 232,81. Bitte reichen Sie die Steurrückerstattung Anfrage ein. Weiter (LINK)', 'strong'],
    ['Rimborso fiscale di 418,33 euro a suo favore: per ottenerlo compili il modulo al seguente link', 'strong'],
    // the French tax office's "overpaid", claimed by following the link (tune-2026-12-06ar, WRITE half: msg27; written for this test)
    ["Impots.gouv : un trop-perçu de 312 € a été constaté sur votre avis d'imposition. Suivez le lien afin de procéder au remboursement.", 'strong'],
  ],
  [
    'HMRC will never send notifications of a tax rebate by text. Do not click links.',
    'Your refund of $23.50 was issued to your card ending 1234.',
    'Your flight was cancelled. You are entitled to a refund. Claim it here: https://www.united.com/refunds',
    'Your tax refund has been deposited into your bank account.',
    'Ihre Steuererstattung wurde auf Ihr Konto überwiesen.',
    "L'Agenzia delle Entrate non invia mai e-mail sui rimborsi fiscali: non compilare moduli ricevuti per posta.",
    // a bank's advice page setting the scene in the present (tune-2026-12-06q's ok message, in the same shape); the tax office's own notice
    "Vous recevez un SMS des impôts vous indiquant qu'un trop-perçu vous sera remboursé si vous suivez le lien.",
    "Votre avis d'imposition 2024 est disponible dans votre espace particulier. Un trop-perçu de 312 € vous sera remboursé par virement sous 30 jours.",
  ],
);
