/**
 * Chromium with the built extension, driven over the bare DevTools protocol instead of Playwright, for what Playwright
 * switches off: with its sessions attached Chromium refuses every prerender (Preload.prerenderStatusUpdated says
 * `PrerenderingDisabledByDevTools`; Page.setPrerenderingAllowed does not lift it), and falls back to a prefetch. Host
 * names go to the local HTTPS server (./local-sites.ts), as in launchLocal(). Only the page under test and the
 * extension's worker are attached, and only when the test asks.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, launchArgs } from './harness';
import type { LocalSites } from './local-sites';

export interface BareTab {
  /** The value of a page expression (awaited). */
  evaluate<T>(expression: string): Promise<T>;
  /** A real (trusted) mouse click at the middle of the first element `selector` finds. */
  click(selector: string): Promise<void>;
}

export interface BareChromium {
  /** Opens a new tab at `url` without attaching to it; attach() it later. */
  open(url: string): Promise<string>;
  attach(targetId: string): Promise<BareTab>;
  /** Stops the extension's service worker, as Chrome does after ~30 s idle. */
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function launchBare(sites: LocalSites): Promise<BareChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'oon-bare-'));
  const exe = chromiumPath() ?? '/usr/bin/chromium';
  const proc = spawn(
    exe,
    [...launchArgs(), `--user-data-dir=${profile}`, '--remote-debugging-port=0', `--host-resolver-rules=MAP * 127.0.0.1:${sites.port}`, '--ignore-certificate-errors', '--window-size=1100,800', 'about:blank'],
    { stdio: 'ignore' },
  );
  const portFile = join(profile, 'DevToolsActivePort');
  for (let i = 0; i < 200 && !existsSync(portFile); i++) await sleep(50);
  const [port, path] = readFileSync(portFile, 'utf8').split('\n');
  const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`);
  await new Promise((resolve, reject) => {
    ws.onopen = resolve;
    ws.onerror = reject;
  });
  let lastId = 0;
  const pending = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  ws.onmessage = (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown; error?: { message: string } };
    if (message.id !== undefined) pending.get(message.id)?.(message);
  };
  const send = <T>(method: string, params: object = {}, sessionId?: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const id = ++lastId;
      pending.set(id, (message) => {
        pending.delete(id);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message.result as T);
      });
      ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  const evaluateIn = async <T>(sessionId: string, expression: string): Promise<T> =>
    (await send<{ result: { value: T } }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId)).result.value;
  type Target = { targetId: string; type: string; url: string };
  const ourWorkers = async () =>
    (await send<{ targetInfos: Target[] }>('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  // The extension installed and its listeners registered (as readyWorker() in ./harness.ts).
  for (let i = 0; ; i++) {
    const [worker] = await ourWorkers();
    if (worker) {
      const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', { targetId: worker.targetId, flatten: true });
      const ready = await evaluateIn<boolean>(sessionId, 'chrome.webNavigation.onBeforeNavigate.hasListeners() && chrome.runtime.onMessage.hasListeners()').catch(() => false);
      await send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
      if (ready) break;
    }
    if (i > 100) throw new Error('the extension service worker never registered its listeners');
    await sleep(100);
  }
  return {
    open: async (url) => (await send<{ targetId: string }>('Target.createTarget', { url })).targetId,
    attach: async (targetId) => {
      const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
      return {
        // Asked again while the tab changes documents (the prerendered page shown): no context to evaluate in for a moment.
        evaluate: async <T>(expression: string): Promise<T> => {
          for (let tries = 0; ; tries++) {
            try {
              return await evaluateIn<T>(sessionId, expression);
            } catch (error) {
              if (tries >= 20 || !/navigated|context/i.test(String(error))) throw error;
              await sleep(100);
            }
          }
        },
        click: async (selector) => {
          const box = await evaluateIn<{ x: number; y: number }>(
            sessionId,
            `(() => { const r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`,
          );
          for (const type of ['mousePressed', 'mouseReleased']) await send('Input.dispatchMouseEvent', { type, ...box, button: 'left', clickCount: 1 }, sessionId);
        },
      };
    },
    stopWorker: async () => {
      for (let i = 0; i < 20; i++) {
        for (const t of await ourWorkers()) await send('Target.closeTarget', { targetId: t.targetId }).catch(() => undefined);
        await sleep(150);
        if ((await ourWorkers()).length === 0) return;
      }
      throw new Error('the extension service worker did not stop');
    },
    close: async () => {
      ws.close();
      proc.kill();
      await new Promise((r) => proc.once('exit', r));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
