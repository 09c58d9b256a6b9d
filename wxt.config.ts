import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ADDRESS_CHECK } from './lib/blocking/guard';
import { bannerMessages } from './lib/i18n/banner-messages';
import { withoutDocs } from './scripts/data-docs';
import { packTrie } from './scripts/tldts-trie';

/**
 * /banner-i18n/<locale>.js for each public/_locales bundle: the background injects the one the
 * banner is shown in just before it (entrypoints/banner/i18n.ts), so the banner script
 * carries English only instead of all six languages.
 */
const LOCALES_DIR = resolve('public/_locales');
const bannerLocales = (): string[] =>
  readdirSync(LOCALES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(LOCALES_DIR, d.name, 'messages.json')))
    .map((d) => d.name);
const bannerBundlePath = (locale: string): string => `banner-i18n/${locale}.js`;

function bannerBundles(): { relativeDest: string; contents: string }[] {
  return bannerLocales().map((locale) => {
    const messages: unknown = JSON.parse(readFileSync(resolve(LOCALES_DIR, locale, 'messages.json'), 'utf8'));
    return {
      relativeDest: bannerBundlePath(locale),
      contents: `window.__officialOrNotMessages = ${JSON.stringify({ locale, messages })};\n`,
    };
  });
}

/**
 * Translator notes (`description`, a placeholder's `example`) are never shown: scripts that
 * import a messages.json bundle it without them (the banner carries the English file, and 11 kB
 * of it were notes). The files in the package (_locales, banner-i18n) keep them. Imported as
 * `messages.json?banner`, the file also leaves out the keys the banner never shows
 * (lib/i18n/banner-messages.ts).
 */
function messagesWithoutNotes() {
  return {
    name: 'messages-without-notes',
    enforce: 'pre' as const,
    transform(code: string, id: string): string | { code: string; moduleType: 'js' } | null {
      const file = /[\\/]_locales[\\/][^\\/]+[\\/]messages\.json(\?banner)?$/.exec(id);
      if (file === null) return null;
      const all = JSON.parse(code) as Record<string, { description?: string; placeholders?: Record<string, { example?: string }> }>;
      const messages = file[1] === undefined ? all : bannerMessages(all);
      for (const entry of Object.values(messages)) {
        delete entry.description;
        for (const ph of Object.values(entry.placeholders ?? {})) delete ph.example;
      }
      // With a query the file is no longer read as JSON by its name: it becomes a module here.
      return file[1] === undefined ? JSON.stringify(messages) : { code: `export default ${JSON.stringify(messages)};`, moduleType: 'js' };
    },
  };
}

/**
 * A fact's `note` (lib/data/facts.json: what the value is, where on its source page) is for the
 * people who check the data; no code reads it. Bundles take the file without notes (10 kB of the
 * service worker, which is parsed at every start); the file in the repository keeps them, and the
 * value, source and check date stay in every bundle.
 */
function factsWithoutNotes() {
  return {
    name: 'facts-without-notes',
    enforce: 'pre' as const,
    transform(code: string, id: string): string | null {
      if (!/[\\/]lib[\\/]data[\\/]facts\.json$/.test(id)) return null;
      const data = JSON.parse(code) as { facts: Record<string, { note?: string }> };
      for (const entry of Object.values(data.facts)) delete entry.note;
      return JSON.stringify(data);
    },
  };
}

/** The other data files without their documentation (scripts/data-docs.ts: no code reads it; the files keep it). */
function dataWithoutDocs() {
  return {
    name: 'data-without-docs',
    enforce: 'pre' as const,
    transform(code: string, id: string): string | null {
      const file = /[\\/]lib[\\/]data[\\/]([\w-]+)\.json$/.exec(id)?.[1];
      return file === undefined || file === 'facts' ? null : withoutDocs(code);
    },
  };
}

/**
 * address-check.js (entrypoints/address-check) becomes one function that nothing has called yet,
 * `globalThis.__officialOrNotAddressDanger=function(){return <the script>}`, instead of a script
 * that runs: the address guard loads it into every web document, and such a function is only
 * scanned by the browser, not compiled (the bundler's module wrappers are parenthesized, which
 * makes the browser compile them at once when they sit at the top level). The guard takes it
 * (and deletes the name, ADDRESS_CHECK in lib/blocking/guard.ts) and calls it only for the few
 * host names its pre-check passes (tests/meta/address-check.test.ts reads the built file).
 */
function lazyAddressCheck() {
  return {
    name: 'lazy-address-check',
    generateBundle(_options: unknown, bundle: Record<string, { type: string; fileName: string; code?: string }>): void {
      const chunk = bundle['address-check.js'];
      if (chunk?.type !== 'chunk' || typeof chunk.code !== 'string') return;
      // `var addressCheck=(function(){…})()`: the script, as one expression, becomes the return value.
      const run = /^(?:var\s+[\w$]+\s*=\s*)?(\(function\s*\(\)\s*\{[\s\S]*\}\)\(\))\s*;?$/.exec(chunk.code.trim())?.[1];
      if (run === undefined) throw new Error(`address-check.js is not one immediately run function; cannot wrap it: ${chunk.code.slice(0, 60)}`);
      chunk.code = `globalThis.${ADDRESS_CHECK}=function(){return ${run}};\n`;
    },
  };
}

/**
 * tldts's public-suffix trie, smaller in every bundle that parses a host: its label string bundled once (the minifier
 * inlined the module's constant at each place it is read: 205 kB in background.js alone) and its number arrays packed as
 * base-32 digits, decoded when the module loads (scripts/tldts-trie.ts; the same data).
 */
function tldtsTriePacked() {
  return {
    name: 'tldts-trie-packed',
    enforce: 'pre' as const,
    transform(code: string, id: string): string | null {
      if (!/[\\/]tldts[\\/]dist[\\/]es6[\\/]src[\\/]data[\\/]trie\.js$/.test(id)) return null;
      return packTrie(code);
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...bannerBundles());
    },
    // …and their paths in WXT's typed list of public files (browser.scripting checks against it).
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(...bannerLocales().map(bannerBundlePath));
    },
  },
  vite: () => ({
    plugins: [preact(), messagesWithoutNotes(), factsWithoutNotes(), dataWithoutDocs(), lazyAddressCheck(), tldtsTriePacked()],
    // Vite's modulepreload polyfill fetch()es chunks; every browser we support has modulepreload.
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // No `tabs`: the host permissions below already show the background the address of web-page
    // tabs, and moving, closing or finding a tab needs no permission (tests/meta/manifest.test.ts).
    // A look-alike is stopped before its first byte (lib/blocking/rules.ts): Chromium through
    // declarativeNetRequest rules it applies even while the service worker sleeps (WithHostAccess:
    // no extra install warning, acts only where the host permissions reach); Firefox through its
    // blocking webRequest (entrypoints/background/firefox-block.ts), which sees every address.
    permissions: [
      'storage',
      'scripting',
      'webNavigation',
      'contextMenus',
      // webRequest without blocking in Chromium: to see a redirect's target when it arrives.
      ...(browser === 'firefox' ? ['webRequest', 'webRequestBlocking'] : ['declarativeNetRequestWithHostAccess', 'webRequest']),
    ],
    host_permissions: ['http://*/*', 'https://*/*'],
    content_security_policy: {
      // Nothing loads from outside the package: no remote code, no remote images, no requests.
      extension_pages: "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    // The warning page is web-accessible: a rule (Chromium's declarativeNetRequest) or a blocking
    // listener (Firefox's webRequest) may send a navigation a web page started (a link clicked, a
    // script's redirect) to an extension page only then. Without it Chromium showed its "blocked"
    // error page and no warning (tests/e2e/blocking.spec.ts). Only warning.html, and its CSP forbids
    // framing it (frame-ancestors). Firefox's address holds this install's random UUID; Chromium's
    // fixed ID lets a page probe whether the extension is installed (docs/tamper-resistance.md).
    web_accessible_resources: [{ resources: ['warning.html'], matches: ['http://*/*', 'https://*/*'] }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'official-or-not@official-or-not.github.io',
              // 140: first desktop Firefox that reads data_collection_permissions (addons-linter
              // warns below that); Android got it in 142.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
