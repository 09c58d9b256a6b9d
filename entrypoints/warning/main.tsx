import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { Request, TabState } from '@/lib/messages';
import { WarningPage } from './WarningPage';

function send(message: Request): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

async function start(): Promise<void> {
  const app = document.getElementById('app');
  if (!app) return;
  const state = (await send({ type: 'get-my-state' }).catch(() => null)) as TabState | null;
  render(
    <WarningPage
      state={state}
      languages={navigator.languages ?? [navigator.language]}
      actions={{
        goTo: (url) => location.assign(url),
        back: () => {
          // The scam page never loaded, so history.back() returns to where the person came from.
          if (history.length > 1) history.back();
          else void send({ type: 'close-me' });
        },
        continueOnce: (url) => void send({ type: 'continue-once', url }),
        trust: async (site, url) => {
          await send({ type: 'trust-site', host: site });
          location.assign(url);
        },
        optionsUrl: browser.runtime.getURL('/options.html'),
      }}
    />,
    app,
  );
}

void start();
