import { describe, expect, it } from 'vitest';
import signal from '@/lib/message/signals/cheap-host-link';
import { checkMessage } from '@/lib/message';
import { signalTable } from './helpers';

signalTable(
  'cheap-host-link',
  signal,
  [
    // a fee text on a .click host (tests/corpus/messages, a fake UPS text)
    ['Hi Olivia. Your shipment requires a delivery fee. Proceed to pay now to avoid delivery delay. Visit https:ups-express.click.', 'weak'],
    ['Unable to deliver your parcel, update the address: https://www.splaonline.top', 'weak'],
    ['Verify here: http://45.12.9.8/login', 'weak'],
  ],
  [
    'Track your parcel at https://www.dhl.de/sendung',
    // endings small shops, local sites and state portals use: not throw-away
    'Klarifikasi pelanggaran di https://etle-pmj.info/id dalam lima hari.',
    'Оплатить штраф можно на https://www.gosuslugi.ru/',
    'Our bakery has a new site: https://maria-bakes.shop',
    // a router guide's private address, a shortener (shortened-link names it), a disguised link (disguised-link names it)
    'Open http://192.168.1.1 to change the Wi-Fi password.',
    'Details: bit.ly/3xYzAbC',
    'Pay at uscis[.]gov-pay[.]top',
  ],
);

describe('cheap-host-link in the verdict', () => {
  it('counts with another red flag: a delivery fee to pay on a .click host', () => {
    expect(checkMessage('Hi Olivia. Your shipment requires a delivery fee. Proceed to pay now to avoid delivery delay. Visit https:ups-express.click.').level).toBe('caution');
  });

  it('alone it is no red flag', () => {
    expect(checkMessage('Photos from the trip: https://our-trip.xyz/album').level).toBe('none');
  });
});
