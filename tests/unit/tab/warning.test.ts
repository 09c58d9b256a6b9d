import { describe, expect, it } from 'vitest';
import { warningShown } from '@/lib/tab/warning';
import type { TabState } from '@/lib/tab';

const LOOKALIKE = 'https://uscis-gov.net/account';

function stateOf(url: string, level: TabState['verdict']['level']): TabState {
  return {
    tabId: 7,
    url,
    verdict: { level, host: new URL(url).hostname, reasons: [] },
    trusted: false,
    site: new URL(url).hostname,
    visit: { site: new URL(url).hostname, continued: false, dismissed: false, fieldGuardShown: false },
    language: 'auto',
    scans: 1,
  };
}

describe('warningShown: the warning page warns only about what the extension judged danger', () => {
  it('a web page that opens the warning about an official site gets no warning: the tab goes on to the site', () => {
    // The seller's own tab state (caution), and an address the extension never warned about.
    const seller = stateOf('https://www.esta-online-apply.com/', 'caution');
    expect(warningShown(seller, 'https://esta.cbp.dhs.gov/')).toEqual({ goTo: 'https://esta.cbp.dhs.gov/' });
    expect(warningShown(null, 'https://www.uscis.gov/')).toEqual({ goTo: 'https://www.uscis.gov/' });
    expect(warningShown(null, 'https://www.riveraimmigrationlaw.com/')).toEqual({ goTo: 'https://www.riveraimmigrationlaw.com/' });
  });

  it('a warning page that names no web address shows nothing', () => {
    expect(warningShown(stateOf('https://www.esta-online-apply.com/', 'caution'), '')).toEqual({ goTo: '' });
    expect(warningShown(null, 'javascript:alert(1)')).toEqual({ goTo: '' });
    expect(warningShown(null, 'data:text/html,<h1>x')).toEqual({ goTo: '' });
  });

  it('a danger verdict stored about another address does not vouch for this one', () => {
    expect(warningShown(stateOf(LOOKALIKE, 'danger'), 'https://www.uscis.gov/')).toEqual({ goTo: 'https://www.uscis.gov/' });
  });

  it('the tab’s stored danger verdict about this address is shown (a page that claims to be USCIS: danger by its words)', () => {
    const claims = stateOf('https://www.greencard-renewal-center.com/i-90', 'danger');
    expect(warningShown(claims, claims.url)).toEqual({ state: claims });
    expect(warningShown(claims, '')).toEqual({ state: claims });
  });

  it('with no stored state (a browser rule redirected, the worker asleep; a restart), a danger address is warned about', () => {
    const shown = warningShown(null, LOOKALIKE);
    expect('state' in shown && shown.state.verdict.level).toBe('danger');
    expect('state' in shown && shown.state.url).toBe(LOOKALIKE);
    expect('state' in shown && shown.state.site).toBe('uscis-gov.net');
    const stale = warningShown(stateOf('https://www.bananabread-recipes.com/easy', 'none'), LOOKALIKE);
    expect('state' in stale && stale.state.verdict.level).toBe('danger');
  });
});
