import signal from '@/lib/message/signals/charge-callback';
import { signalTable } from './helpers';

signalTable(
  'charge-callback',
  signal,
  [
    // callback phishing e-mails (tests/corpus/messages, tune-2026-12-06ag, WRITE half)
    ['We Are Renewing It For You\n\nDear Customer,\n\nYour Personal Subscription With NORTON Will Expire Today. The Subscription Will Be Auto Renewed. Hope You Are Happy With The Services.\n\nCustomer Support – +1 (866) 726-0114 \n\nOrder ID – #786-553-5082332', 'strong'],
    ['Dear Customer,\nThis email confirms that you have paid PHONEDEPOTUSA $239.95 USD using PayPal. If you haven’t authorized this charge, click the link below to cancel the payment and get a full refund.', 'strong'],
    // written for this test: an invoice with a number to call to cancel, in English and German
    ['Geek Squad Invoice #GS-44718. Your annual protection plan renewal of $399.99 will be charged today. If you did not authorize this renewal, call our billing department at 1-888-555-0147.', 'strong'],
    ['Ihr Abonnement wurde verlängert: 299,99 €. Falls nicht von Ihnen, rufen Sie sofort an: +49 30 1234 5678 zu stornieren.', 'strong'],
  ],
  [
    // a bank's card alert about a purchase: not a subscription, invoice or order (fpaudit-style neighbours)
    'Chase: A $500 purchase at Walmart on card ending 1234. Reply YES if it was you or NO if not.',
    'Wells Fargo Fraud Alert: Did you attempt a $249.00 purchase at BESTBUY? If not, call 1-800-869-3557.',
    // a real receipt or renewal with the company's own link and nothing to disown
    'Your Netflix subscription was renewed on May 3. Manage it at netflix.com/account',
    'Thank you for your order. Order number 112-4455667-1234567. Track your package at amazon.com/orders',
    // warnings and stories of the scam
    'Scammers send fake Norton invoices saying your subscription was auto-renewed and give a number to call. Do not call it.',
    'The email then instructs the recipient to call the number if they did not authorize the subscription renewal. It is a scam.',
    // a lawyer's invoice with the firm's number
    'Invoice #2031 for your I-130 filing preparation is attached. Questions? Call our office at (212) 555-0199.',
  ],
);
