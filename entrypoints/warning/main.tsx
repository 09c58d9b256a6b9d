import { render } from 'preact';
import { browser } from 'wxt/browser';
import { pageSite } from '@/lib/tab';
import { warningShown } from '@/lib/tab/warning';
import { helpQuery, type Request, type TabState } from '@/lib/messages';
import { WarningPage } from './WarningPage';
import { browserLanguages } from '@/lib/platform/locale';
import { blockedUrlFrom } from '@/lib/blocking/rules';

function send(message: Request): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/** sessionStorage (this tab only): the site of the last warning "Back to safety" was pressed on. */
const BACK_FROM = 'back-from';

async function start(): Promise<void> {
  const app = document.getElementById('app');
  if (!app) return;
  const params = new URLSearchParams(location.search);
  // From the worker (?url=) or from a browser rule (?dnr=1#address), lib/blocking/rules.ts.
  const blocked = blockedUrlFrom(location.search, location.hash);
  const loaded = params.get('loaded') === '1';
  const stored = (await send({ type: 'get-my-state' }).catch(() => null)) as TabState | null;
  // Only a warning the extension gave: a web page can open this page with any address (lib/tab/warning.ts).
  const shown = warningShown(stored, blocked);
  if ('goTo' in shown) {
    location.replace(shown.goTo || 'about:blank');
    return;
  }
  const state = shown.state;
  // "Back to safety" was pressed in this tab on a warning about this same site, and here it is
  // again: the page it went back to sent the tab on (lib/tab/trail.ts, `bounced`).
  const blockedSite = pageSite(blocked).site;
  const bounced = blockedSite !== '' && sessionStorage.getItem(BACK_FROM) === blockedSite;
  render(
    <WarningPage
      state={state}
      languages={browserLanguages()}
      actions={{
        goTo: (url) => location.assign(url),
        back: async () => {
          // A domain verdict replaced the page before it loaded: one step back is where the person
          // came from. After a page had loaded, the history may or may not still hold it (browsers
          // differ, redirects race): the background knows the pages this tab showed and opens the
          // newest one not on the blocked site (lib/tab/trail.ts). With nowhere to go, close the tab.
          sessionStorage.setItem(BACK_FROM, blockedSite);
          if (!loaded && !bounced && history.length > 1) history.back();
          else if (!(await send({ type: 'back-to-safety', url: blocked, bounced }).catch(() => false))) void send({ type: 'close-me' });
        },
        continueOnce: (url) => void send({ type: 'continue-once', url }),
        trust: async (site, url) => {
          await send({ type: 'trust-site', host: site });
          location.assign(url);
        },
        optionsUrl: browser.runtime.getURL('/options.html'),
        helpUrl: browser.runtime.getURL('/popup.html') + helpQuery('paid'),
      }}
    />,
    app,
  );
}

void start();
