/**
 * The built manifest and bundle (.output/chrome-mv3, made by `wxt build`, which `npm test` runs
 * before vitest) against the privacy promises in PRIVACY.md and docs/store-listing.md:
 * exactly the justified permissions, no remote code, a strict CSP for extension pages, and no
 * network API anywhere in the shipped code. The Firefox manifest is checked from wxt.config.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

const OUT = fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));

/** Each permission and why (the same list, word for word in spirit, as docs/store-listing.md). */
/**
 * declarativeNetRequestWithHostAccess: rules that stop a look-alike before its first byte while the
 * worker sleeps; webRequest (never blocking in Chromium): to see a redirect's target when it
 * arrives, not when the look-alike's page has committed (issue 14 item 6).
 */
const JUSTIFIED_PERMISSIONS = ['storage', 'scripting', 'webNavigation', 'contextMenus', 'declarativeNetRequestWithHostAccess', 'webRequest'];
/**
 * Firefox stops a look-alike with its blocking webRequest instead of declarativeNetRequest rules
 * (issue 17 item 2; entrypoints/background/firefox-block.ts): it judges every address itself,
 * where Chromium's rules know only the patterns and the hosts judged this session.
 */
const FIREFOX_PERMISSIONS = ['storage', 'scripting', 'webNavigation', 'contextMenus', 'webRequest', 'webRequestBlocking'];
/**
 * Least privilege (issue 14 item 12): `tabs` only adds the address and title of EVERY tab, also
 * chrome:// and other extensions' pages. The extension reads addresses of web pages only, which
 * its host permissions already cover; tabs.update/remove/query(active) need no permission. The
 * e2e suite runs without it.
 */
const UNNEEDED_PERMISSIONS = ['tabs', 'activeTab', 'webRequestBlocking', 'declarativeNetRequest', 'cookies', 'history', '<all_urls>'];
const JUSTIFIED_HOSTS = ['http://*/*', 'https://*/*'];

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  background?: { service_worker?: string };
  content_scripts?: Array<{ js?: string[] }>;
  update_url?: string;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
    gecko_android?: { strict_min_version?: string };
  };
}

function manifest(): Manifest {
  const path = join(OUT, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npx wxt build\` first (npm test builds before vitest).`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function directives(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

describe('built manifest', () => {
  it('is MV3 and asks for exactly the justified permissions', () => {
    const m = manifest();
    expect(m.manifest_version).toBe(3);
    expect([...(m.permissions ?? [])].sort()).toEqual([...JUSTIFIED_PERMISSIONS].sort());
    expect(m.optional_permissions ?? []).toEqual([]);
    expect([...(m.host_permissions ?? [])].sort()).toEqual([...JUSTIFIED_HOSTS].sort());
  });

  it('asks for no permission it can do without (not even tabs)', () => {
    const m = manifest();
    for (const p of UNNEEDED_PERMISSIONS) expect(m.permissions ?? [], p).not.toContain(p);
  });

  it('exposes only the warning page to web pages (a rule may redirect a page-started navigation there), nothing to other extensions', () => {
    const m = manifest();
    expect(m.web_accessible_resources).toEqual([{ resources: ['warning.html'], matches: ['http://*/*', 'https://*/*'] }]);
    expect(directives(m.content_security_policy?.extension_pages ?? '').get('frame-ancestors')).toEqual(["'none'"]);
    expect(m.externally_connectable).toBeUndefined();
    expect(m.update_url).toBeUndefined();
  });

  it('has a strict CSP for extension pages: own scripts only, no network, no unsafe-*', () => {
    const csp = manifest().content_security_policy?.extension_pages ?? '';
    const d = directives(csp);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('connect-src')).toEqual(["'none'"]);
    expect(["'self'", "'none'"]).toContain(d.get('object-src')?.join(' '));
    expect(csp).not.toMatch(/unsafe-(eval|inline|hashes)|wasm-unsafe-eval|https?:|\*/);
  });
});

describe('built code', () => {
  const code = () =>
    files(OUT)
      .filter((f) => /\.(js|html)$/.test(f))
      .map((f) => ({ file: f.slice(OUT.length), text: readFileSync(f, 'utf8') }));

  it('loads no remote code: every script and stylesheet comes from the package', () => {
    for (const { file, text } of code()) {
      expect(text, file).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
      expect(text, file).not.toMatch(/<link[^>]+href=["']?(https?:)?\/\//i);
      expect(text, file).not.toMatch(/\bimportScripts\s*\(|\bimport\s*\(\s*["'`]https?:/);
      expect(text, file).not.toMatch(/\beval\s*\(|new Function\s*\(/);
    }
  });

  it('calls no network API (fetch, XMLHttpRequest, sendBeacon, WebSocket, EventSource)', () => {
    const hits: string[] = [];
    for (const { file, text } of code()) {
      for (const m of text.matchAll(/fetch\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|RTCPeerConnection/g)) {
        const around = text.slice(Math.max(0, (m.index ?? 0) - 300), (m.index ?? 0) + 50);
        // Vite's modulepreload polyfill (fetches <link rel=modulepreload> from the package itself, and
        // only in browsers without native modulepreload; the CSP's connect-src 'none' blocks it anyway).
        if (m[0] === 'fetch(' && /modulepreload/.test(text) && /fetch\(\w+\.href,\w+\)/.test(around)) continue;
        hits.push(`${file}: …${around.slice(-80)}…`);
      }
    }
    expect(hits).toEqual([]);
  });
});

describe('Firefox manifest (from wxt.config.ts)', () => {
  const firefox = () => {
    const make = config.manifest as unknown as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Manifest;
    return make({ browser: 'firefox', manifestVersion: 3, mode: 'production', command: 'build' });
  };
  it('declares a gecko id and that no data is collected', () => {
    const gecko = firefox().browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
  });
  it('declares Firefox for Android, from the first version that reads data_collection_permissions', () => {
    // gecko_android marks the add-on as Android-compatible on addons.mozilla.org. Firefox for Android
    // runs MV3 add-ons and reads data_collection_permissions from 142 (desktop: 140), per
    // https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/ ; below
    // that addons-linter warns (`npm run lint:firefox`).
    const settings = firefox().browser_specific_settings;
    expect(settings?.gecko_android, 'browser_specific_settings.gecko_android').toBeDefined();
    expect(Number.parseFloat(settings?.gecko_android?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(142);
    expect(Number.parseFloat(settings?.gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(140);
  });
  it('exposes only the warning page, the one address its blocking webRequest redirects to', () => {
    expect(firefox().web_accessible_resources).toEqual([{ resources: ['warning.html'], matches: ['http://*/*', 'https://*/*'] }]);
  });
  it('asks for the permissions Chrome has, with blocking webRequest in place of declarativeNetRequest', () => {
    expect([...(firefox().permissions ?? [])].sort()).toEqual([...FIREFOX_PERMISSIONS].sort());
    expect([...(firefox().host_permissions ?? [])].sort()).toEqual([...JUSTIFIED_HOSTS].sort());
  });
});
