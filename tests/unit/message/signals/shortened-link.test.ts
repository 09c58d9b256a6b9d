import signal from '@/lib/message/signals/shortened-link';
import { signalTable } from './helpers';

signalTable(
  'shortened-link',
  signal,
  [
    ['Update your case: bit.ly/3xYz', 'weak'],
    ['See https://tinyurl.com/abc', 'weak'],
    // the short link's name claims an agency
    ['Pay the fee at bit.ly/USCIS-fee-2024', 'strong'],
    // a bare short link named after an immigration program, pasted alone
    ['https://tinyurl.com/CANADA-immigration2022', 'strong'],
    ['Visa lottery: https://bit.ly/dv-2026-apply', 'strong'],
    // a real consulate's short link has no such name (tests/corpus/messages: msg-ok-vi-consulate-bond-bitly)
    ['Nếu không chắc chắn, có thể gửi mẫu đơn đặt câu hỏi tại bit.ly/nivvn.', 'weak'],
    // a nonprofit flyer says more than the link: the topic in the name is not enough
    ['Free citizenship workshop on Saturday at the public library, bring your green card and ID. Sign up: bit.ly/citizenship-clinic-may', 'weak'],
  ],
  [
    'Check your case at uscis.gov/casestatus',
    'No links here.',
    'https://www.uscis.gov/citizenship',
    // the shortener named, with no code: a warning describing the trick goes nowhere (fresh hold-out 9's opening: a
    // Turkish news warning "bit.ly gibi kısa bağlantılar", short links like bit.ly)
    'Bu mesajlar genellikle, bit.ly gibi kısa bağlantılar içeriyor.',
    'Scammers hide links behind shorteners such as tinyurl.com or bit.ly/.',
  ],
);
