import { describe, expect, it } from 'vitest';
import { checkMessage } from '@/lib/message';
import { classifyInput } from '@/lib/domain';

/**
 * The Postal Service's own site is usps.com, not a .gov name; it is on the sourced allowlist
 * (lib/data/official-hosts.json, GSA's list of government URLs). Without it a real USPS
 * redelivery text or Informed Delivery e-mail read as "USPS named + an unknown host": caution,
 * danger before session 19 (review19's probes). The scam texts that borrow the name stay flagged.
 */
describe('USPS on its own host', () => {
  it.each([
    'USPS: Your package could not be delivered. Go to usps.com/redelivery to schedule a new delivery.',
    'From: USPS Informed Delivery <USPSInformeddelivery@email.informeddelivery.usps.com> Your mail is on its way. See your Daily Digest at https://informeddelivery.usps.com/box/pages/secure/DashboardAction_input.action',
    'USPS: Track your package 9400 1000 0000 0000 0000 00 at https://tools.usps.com/go/TrackConfirmAction',
  ])('a real USPS text stays below caution: %s', (text) => {
    expect(['none', 'notice']).toContain(checkMessage(text).level);
  });

  it.each([
    'USPS: Your package is on hold due to an incomplete address. Pay the $1.99 redelivery fee at https://usps-redelivery.top/pay',
    'USPS: Your parcel is held. Update your address within 24 hours: https://usps.com.redelivery-help.info/',
    'The USPS package has arrived at the warehouse and cannot be delivered due to incomplete address information. Please confirm your address in the link: https://uspsx.cc/us',
  ])('a scam that borrows the name is still flagged: %s', (text) => {
    expect(['caution', 'danger']).toContain(checkMessage(text).level);
  });

  it('usps.com and its subdomains are official; a look-alike that contains it is not', () => {
    expect(classifyInput('tools.usps.com').kind).toBe('official');
    expect(classifyInput('usps.com.redelivery-help.info').kind).not.toBe('official');
    expect(classifyInput('uspsx.cc').kind).not.toBe('official');
  });
});
