/**
 * The address guard on the BUILT extension (entrypoints/guard, entrypoints/address-check): the
 * browser loads both into every web document at document_start, so their shape is their cost.
 *  - address-check.js must be one function nobody has called (wxt.config.ts, lazyAddressCheck):
 *    a top-level script would compile and run the whole classifier in every document;
 *  - guard.js must stay small, call the full check only when its pre-check passes, stop the
 *    document exactly when the address is danger, and leave no name behind in the page.
 * Runs the two built files in a fresh script context with a stand-in for the page's window.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createContext, Script } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ADDRESS_CHECK } from '@/lib/blocking/guard';

const OUT = fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));
const GUARD_BUDGET_GZIP = 8 * 1024;

function built(file: string): string {
  const path = OUT + file;
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npx wxt build\` first (npm test builds before vitest).`);
  return readFileSync(path, 'utf8');
}

/** Runs address-check.js then guard.js for `url`, as the browser does at document_start. */
function runGuard(url: string): { stopped: boolean; fullCheckRan: boolean; left: string[] } {
  let stopped = false;
  let fullCheckRan = false;
  const { hostname, href } = new URL(url);
  const sandbox: Record<string, unknown> = {
    location: { hostname, href },
    window: { stop: () => (stopped = true) },
    document: { documentElement: { replaceChildren: () => undefined } },
  };
  const context = createContext(sandbox);
  new Script(built('address-check.js')).runInContext(context);
  const check = sandbox[ADDRESS_CHECK];
  if (typeof check !== 'function') throw new Error('address-check.js did not hand over its function');
  sandbox[ADDRESS_CHECK] = (...args: unknown[]) => {
    fullCheckRan = true;
    return (check as (...a: unknown[]) => unknown)(...args);
  };
  new Script(built('guard.js')).runInContext(context);
  return { stopped, fullCheckRan, left: Object.keys(sandbox).filter((k) => /officialOrNot/i.test(k)) };
}

describe('address guard (built)', () => {
  it('address-check.js is one function nobody has called: the classifier is not compiled in every page', () => {
    const code = built('address-check.js');
    expect(code.startsWith(`globalThis.${ADDRESS_CHECK}=function(){return (function(){`)).toBe(true);
    expect(code.trimEnd().endsWith('})()};')).toBe(true);
  });

  it(`guard.js is ≤ ${GUARD_BUDGET_GZIP / 1024} kB gzipped and carries no WXT content-script wrapper`, () => {
    const code = built('guard.js');
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(GUARD_BUDGET_GZIP);
    expect(code).not.toContain('content-script-started');
    expect(code).not.toContain('chrome.runtime');
  });

  it.each([
    ['https://uscls-help.com/start', true],
    ['https://case.dvprogram-gov.com/apply', true],
    ['https://xn--uscs-gov-9ze.com/', true],
    // a look-alike through Yandex's translator: the guard reads the host the page shows
    ['https://translated.turbopages.org/proxy_u/en-es.es.1-2-3-4/https/uscis-gov.net/', true],
    ['https://translated.turbopages.org/proxy_u/en-es.es.1-2-3-4/https/www.uscis.gov/forms', false],
    ['https://papago.naver.net/website?locale=ko&source=auto&target=ko&url=https%3A%2F%2Fuscis-gov.net%2F', true],
    ['https://www.translatetheweb.com/?from=&to=es&a=https%3A%2F%2Fwww.uscis.gov%2Fforms', false],
    ['https://www.riveraimmigrationlaw.com/fees', false],
    ['https://www.uscis.gov/forms', false],
    ['https://www.bananabread-recipes.com/', false],
  ] as const)('%s: stopped = %s', (url, danger) => {
    const run = runGuard(url);
    expect(run.stopped).toBe(danger);
    if (danger) expect(run.fullCheckRan).toBe(true);
    expect(run.left).toEqual([]);
  });

  it('on an ordinary page the full check never runs', () => {
    for (const url of ['https://www.bananabread-recipes.com/', 'https://news.example.org/a', 'https://www.riveraimmigrationlaw.com/', 'https://www.uscis.gov/']) {
      expect(runGuard(url).fullCheckRan, url).toBe(false);
    }
  });
});
