/**
 * Reading a URL's parts with the platform URL parser: the one helper for "the host of this
 * address" outside the classifier (which needs the stricter parseHost: IDN folding, scheme-less
 * input, the 4,096-character caps). No imports, so page-side bundles can use it. Never throws.
 */

/** http: or https: (the only pages the extension judges). */
export function isWebUrl(url: unknown): url is string {
  return typeof url === 'string' && /^https?:/i.test(url);
}

/**
 * A document a web page made itself, which has no web address of its own: a `blob:` URL of a web origin (a page
 * sends the tab to a document it built) or `about:blank`/`about:srcdoc` (a popup it opened and wrote into). The
 * reader reads it as the page of the origin that made it (entrypoints/background: the snapshot's address).
 */
export function isMadeByPage(url: unknown): url is string {
  return typeof url === 'string' && (/^blob:https?:/i.test(url) || /^about:(?:blank|srcdoc)(?:[?#]|$)/i.test(url));
}

/**
 * The host name of `url` (resolved against `base` when given), lower case, without a trailing dot;
 * '' when it cannot be read or, with `webOnly`, when it is not an http(s) address.
 */
export function hostOfUrl(url: unknown, options: { base?: string; webOnly?: boolean } = {}): string {
  if (typeof url !== 'string') return '';
  try {
    const parsed = new URL(url, options.base);
    if (options.webOnly === true && parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '';
    return parsed.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return '';
  }
}

/** The origin of `url` ('' when it cannot be read): two URLs with one origin are one site's pages. */
export function originOf(url: unknown): string {
  if (typeof url !== 'string') return '';
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

/** `<one label>.translate.goog`, Google's website translator, with the label and the rest. */
const GOOGLE_TRANSLATE = /^https?:\/\/([a-z0-9-]{1,253})\.translate\.goog\.?(?::\d{1,5})?(?=[/?#]|$)/i;
/** `<one label>.cdn.ampproject.org/c/s/<host>…`, Google's AMP cache: the label, "s/" (https) and the host. */
const AMP_CACHE = /^https?:\/\/([a-z0-9-]{1,253})\.cdn\.ampproject\.org\.?(?::\d{1,5})?\/c\/(s\/)?([a-z0-9.-]{1,253})(?::\d{1,5})?(?=[/?#]|$)/i;
/** `www.google.com/amp/s/<host>…`, Google's AMP viewer (the page from the cache, under Google's address). */
const AMP_VIEWER = /^https?:\/\/(?:www\.)?google\.com\.?(?::\d{1,5})?\/amp\/s\/([a-z0-9.-]{1,253})(?::\d{1,5})?(?=[/?#]|$)/i;
/** `translated.turbopages.org/proxy_u/<languages>.<hash>/<scheme>/<host>…`, Yandex's website translator. */
const YANDEX_TRANSLATE = /^https?:\/\/translated\.turbopages\.org\.?\/proxy_u\/[a-z0-9._-]{1,80}\/(https?)\/([a-z0-9.-]{1,253})(?::\d{1,5})?(?=[/?#]|$)/i;
const HOST_NAME = /^(?=.{4,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
/** The translator's own query fields (source, target and interface language, and so on). */
const TRANSLATOR_FIELD = /^_x_tr_/;

/**
 * Translators that name the page in a query field, and show it translated under their own address:
 * [host and path, field, true when the fields follow "#/?"]. Each shape as public code and links write it:
 *  - Microsoft's (Bing) website translator: www.translatetheweb.com/?from=&to=es&a=<address>,
 *    www.microsofttranslator.com/bv.aspx?from=&to=es&a=…, ssl.microsofttranslator.com/bv.aspx?…&a=…,
 *    and the frame it shows the page in, www.translatoruser-int.com/translate?…&a=…;
 *  - Naver Papago's website translation: papago.naver.net/website?locale=ko&source=auto&target=ko&url=…;
 *  - Yandex's translator page: translate.yandex.ru/translate?url=…&lang=en-ru (also .com);
 *  - Google's translator entry: translate.google.com/translate?sl=auto&tl=es&u=…;
 *  - Baidu's: fanyi.baidu.com/transpage?query=…&source=url&from=auto&to=zh&render=1;
 *  - Youdao's: webtrans.yodao.com/webTransPc/index.html#/?url=…&from=auto&to=auto (fields after "#/?")
 *    and webtrans.yodao.com/server/webtrans/tranUrl?url=…&from=en&to=zh-CHS&…
 */
const QUERY_TRANSLATORS: ReadonlyArray<readonly [page: RegExp, field: string, hash?: true]> = [
  [/^(?:(?:www\.)?translatetheweb\.com\/|(?:www|ssl)\.microsofttranslator\.com\/bv\.aspx|www\.translatoruser-int\.com\/translate)$/, 'a'],
  [/^papago\.naver\.net\/website$/, 'url'],
  [/^translate\.yandex\.(?:ru|com)\/translate$/, 'url'],
  [/^translate\.google\.com\/translate$/, 'u'],
  [/^fanyi\.baidu\.com\/transpage$/, 'query'],
  [/^webtrans\.yodao\.com\/server\/webtrans\/tranurl$/, 'url'],
  [/^webtrans\.yodao\.com\/webtranspc\/index\.html$/, 'url', true],
];
/** scheme://host[:port][/path] at the start of a web address, without a URL parser (the guard's sandbox has none). */
const HOST_AND_PATH = /^https?:\/\/([a-z0-9.-]{1,253})(?::\d{1,5})?(\/[^?#]{0,200})?(?=[?#]|$)/i;

/**
 * The address of the page that a translator or cache of a search engine shows under a host of its
 * own, or undefined for any other address. The page is the original site's page (translated), and
 * people who read English poorly meet agency pages this way; read as an address of its own, the
 * wrapper's host is either a look-alike ("www-uscis-gov.translate.goog" looks like uscis.gov) or a
 * site carrying an agency's page. So the verdict judges the original address (lib/verdict/decide.ts,
 * lib/domain classifyInput): a translated uscis.gov page is official, a translated look-alike is
 * still a look-alike, a translated seller is the seller. The wrappers, each fetching the page
 * from the address it names:
 *  - Google's website translator ("Translate this page" in Google Search, translate.google.com):
 *    www.uscis.gov/es becomes www-uscis-gov.translate.goog/es?_x_tr_sl=en&_x_tr_tl=es — the host in
 *    one label, each "." written "-" and each "-" written "--", the same path, fields named _x_tr_*
 *    added to the query (_x_tr_sch=http for a site without https);
 *  - Google's AMP cache (pages opened from Google Search on phones): the host in one label the same
 *    way, then /c/ (a document), s/ (fetched over https) and the original address without its scheme,
 *    www-uscis-gov.cdn.ampproject.org/c/s/www.uscis.gov/… (amp.dev, "AMP Cache URL format"). The
 *    label must spell the host of the path (the cache redirects any other pair); a hashed label
 *    (hosts too long for one label) is left as it is;
 *  - Google's AMP viewer, the same page under Google's own address: www.google.com/amp/s/<the
 *    original address without its scheme>;
 *  - Yandex's website translator (translate.yandex.com, Yandex Browser):
 *    translated.turbopages.org/proxy_u/en-ru.ru.<hash>/https/www.uscis.gov/… (scheme, host, path);
 *  - translators that name the page in a query field (QUERY_TRANSLATORS: Microsoft's, Naver Papago's,
 *    Yandex's and Google's entry pages, Baidu's, Youdao's): the address in the field, decoded.
 *  - a university library's proxy of a .gov page (libraryProxied): www-uscis-gov.ezproxy.x.edu/….
 * A wrapper seen through another is unwrapped too (at most three).
 * Redirects and link shims (google.com/url?q=…, l.facebook.com/l.php?u=…) are not here: the browser
 * follows them and judges the page at its own address; a pasted message's links are unwrapped apart
 * (linkTarget). Web archives and web proxies keep their own host (lib/signals/claims-official).
 */
export function proxiedPageUrl(url: string): string | undefined {
  let shown: string | undefined;
  // A wrapper's page seen through another (Microsoft's translator of a translate.goog page): at most three.
  for (let depth = 0, next = url; depth < 3; depth++) {
    const inner = wrappedPage(next);
    if (inner === undefined) break;
    shown = next = inner;
  }
  return shown;
}

/** The page one wrapper shows (see proxiedPageUrl), or undefined. */
export function wrappedPage(url: string): string | undefined {
  const trimmed = url.trim();
  // Only the start is matched (the authority is at most ~280 characters); the rest is kept as it is.
  const head = trimmed.slice(0, 600);
  const google = GOOGLE_TRANSLATE.exec(head);
  if (google) return untranslated(trimmed, google);
  const amp = AMP_CACHE.exec(head);
  if (amp) {
    const host = hostName(amp[3]);
    if (host === undefined || decodeLabel(amp[1] ?? '') !== host) return undefined;
    return `${amp[2] ? 'https' : 'http'}://${host}${pathAfter(trimmed, amp[0].length)}`;
  }
  const viewer = AMP_VIEWER.exec(head);
  if (viewer) {
    const host = hostName(viewer[1]);
    return host === undefined ? undefined : `https://${host}${pathAfter(trimmed, viewer[0].length)}`;
  }
  const yandex = YANDEX_TRANSLATE.exec(head);
  if (yandex) {
    const host = hostName(yandex[2]);
    return host === undefined ? undefined : `${(yandex[1] ?? 'https').toLowerCase()}://${host}${pathAfter(trimmed, yandex[0].length)}`;
  }
  return libraryProxied(trimmed, head) ?? fieldTarget(trimmed);
}

/**
 * `<one label>.<proxy host>` (the page's host in one label) or `<a .gov or .mil host>.<proxy host>`
 * (kept as it is, as older proxies write it), where the proxy's host is under a U.S. university's
 * domain and starts with a label naming the proxy (ezproxy.lib.umich.edu, ezp1.harvard.edu,
 * libproxy.mit.edu, proxy.lib.…; not the university's own name: ezproxy.edu), then at most two
 * labels before .edu (the library's, the university's): deeper names are where universities let students
 * and groups name their own hosts (alice.scripts.mit.edu), and "www.uscis.gov.proxy.alice.scripts.mit.edu"
 * would be anyone's copy judged official.
 */
const EDU_PROXY = /^(https?):\/\/((?:[a-z0-9-]{1,63}\.){1,8}(?:gov|mil)|[a-z0-9-]{1,253})\.(?:ez)?(?:lib)?(?:proxy|ezp)\d{0,2}\.(?:[a-z0-9-]{1,63}\.){1,2}edu\.?(?::\d{1,5})?(?=[/?#]|$)/i;

/**
 * A .gov or .mil page seen through a university library's proxy (EZproxy "proxy by host name": the
 * page's host in the first label, each "." written "-" as in the libraries' own bookmarklets,
 * www-uscis-gov.ezproxy.lib.university.edu/…, or older, the host as it is before the proxy's:
 * www.uscis.gov.ezproxy.lib.university.edu/…): the page shown, like a translator's. Only under
 * .edu, whose names only U.S. universities and colleges hold, with the proxy's host right after it
 * (a student's site named www-uscis-gov.people.university.edu is not unwrapped), and only for a
 * government host (a look-alike's name there is judged as it is written).
 */
function libraryProxied(trimmed: string, head: string): string | undefined {
  const m = EDU_PROXY.exec(head);
  const written = (m?.[2] ?? '').toLowerCase();
  const host = written.includes('.') ? written : decodeLabel(written);
  return m && HOST_NAME.test(host) && /\.(?:gov|mil)$/.test(host) ? `${(m[1] ?? 'https').toLowerCase()}://${host}${pathAfter(trimmed, m[0].length)}` : undefined;
}

/**
 * The page a translator of QUERY_TRANSLATORS names in its field: a web address with a plain host
 * name, written once (two different values: which one the translator shows is not known, so none).
 */
function fieldTarget(trimmed: string): string | undefined {
  const m = HOST_AND_PATH.exec(trimmed.slice(0, 600));
  if (!m) return undefined;
  const page = `${(m[1] ?? '').toLowerCase().replace(/\.$/, '')}${(m[2] ?? '/').toLowerCase()}`;
  const translator = QUERY_TRANSLATORS.find(([p]) => p.test(page));
  if (translator === undefined) return undefined;
  const [, name, inHash] = translator;
  const rest = trimmed.slice(m[0].length);
  // Servers refuse longer addresses (nginx's default request line is 8 KB, IIS's query string 2 KB), and reading a
  // megabyte of fields took a second each time the address was judged: a longer one is not unwrapped.
  if (rest.length > 16_384) return undefined;
  const hash = rest.indexOf('#');
  const query = rest.startsWith('?') ? rest.slice(1, hash < 0 ? undefined : hash) : '';
  // A translator whose page reads its fields after "#/?" may read the query too: both count.
  const fields = inHash !== true ? query : `${query}&${/^#\/?\?(.*)$/s.exec(hash < 0 ? '' : rest.slice(hash))?.[1] ?? ''}`;
  const values = new Set<string>();
  // The field's name as any server may read it: percent-decoded ("%75rl" is "url" to URLSearchParams and Java),
  // in any case (ASP.NET's query is case-blind). One more value read that way makes the page unknown, as one
  // written twice does; so does the name after a ";" inside a field (some servers split there too).
  for (const field of fields.split('&')) {
    if (field.split(';').some((piece, i) => i > 0 && named(piece, name))) return undefined;
    if (!named(field, name)) continue;
    try {
      values.add(decodeURIComponent(field.slice(field.indexOf('=') + 1)).trim());
    } catch {
      return undefined;
    }
  }
  const [target] = values;
  if (values.size !== 1 || target === undefined) return undefined;
  // User info before an "@" is not the host (https://www.uscis.gov@evil.example/ is evil.example's page);
  // a backslash ends the host as a browser reads it (https://evil.example\@www.uscis.gov/).
  const inner = /^(https?):\/\/(?:[^/?#@\\]*@)?([^/?#:@\\]+)(?::\d{1,5})?(?=[/?#\\]|$)/i.exec(target);
  const host = inner ? hostName(inner[2]) : undefined;
  return inner && host !== undefined ? `${(inner[1] ?? 'https').toLowerCase()}://${host}${pathAfter(target, inner[0].length)}` : undefined;
}

/** Whether a query field ("name=value") has this name, decoded and in any case. */
function named(field: string, name: string): boolean {
  try {
    return field.includes('=') && decodeURIComponent(field.slice(0, field.indexOf('='))).toLowerCase() === name;
  } catch {
    return false; // an escape that does not decode stays "%…" to a server: never the name
  }
}

/** A host written in a wrapper's path, lower case without a trailing dot, if it is a plain host name. */
function hostName(written: string | undefined): string | undefined {
  const host = (written ?? '').toLowerCase().replace(/\.$/, '');
  return HOST_NAME.test(host) ? host : undefined;
}

/** A host written in one label: "--" is a hyphen of the original, any other "-" a dot. */
function decodeLabel(label: string): string {
  return label
    .toLowerCase()
    .split('--')
    .map((part) => part.replace(/-/g, '.'))
    .join('-');
}

/** The rest of `url` from `from` on, as a path ("/" when there is none). */
function pathAfter(url: string, from: number): string {
  const rest = url.slice(from) || '/';
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/** The address Google's website translator shows (its match `m` on `trimmed`). */
function untranslated(trimmed: string, m: RegExpExecArray): string | undefined {
  const host = decodeLabel(m[1] ?? '');
  if (!HOST_NAME.test(host) || host.endsWith('.translate.goog')) return undefined;
  let rest = pathAfter(trimmed, m[0].length);
  let scheme = 'https://';
  const q = rest.indexOf('?');
  if (q >= 0) {
    const hash = rest.indexOf('#', q);
    const query = rest.slice(q + 1, hash < 0 ? undefined : hash);
    const kept = query.split('&').filter((field) => {
      if (/^_x_tr_sch=http$/i.test(field)) scheme = 'http://';
      return field !== '' && !TRANSLATOR_FIELD.test(field);
    });
    rest = rest.slice(0, q) + (kept.length > 0 ? `?${kept.join('&')}` : '') + (hash < 0 ? '' : rest.slice(hash));
  }
  return `${scheme}${host}${rest}`;
}

/**
 * Link shims: the link names its target in the query, and the service sends the visitor there.
 * [host, path, query field]: Google's redirect (Gmail, Google Docs and Search links:
 * google.com/url?q=…), Facebook's and Instagram's link shims (l.facebook.com/l.php?u=…,
 * lm.facebook.com, l.instagram.com/?u=…) and Outlook's Safe Links
 * (<region>.safelinks.protection.outlook.com/?url=…&data=…).
 */
const SHIMS: ReadonlyArray<readonly [host: RegExp, path: RegExp, field: string]> = [
  [/^(?:www\.)?google\.com$/, /^\/url\/?$/, 'q'],
  [/^(?:[a-z]+\.)?facebook\.com$/, /^\/l\.php$/, 'u'],
  [/^l\.instagram\.com$/, /^\/?$/, 'u'],
  [/^[a-z0-9-]+\.safelinks\.protection\.outlook\.com$/, /^\/?$/, 'url'],
];

/**
 * Where a link through a link shim or a mail filter's rewrite goes, or undefined for any other link.
 * A pasted message's links are judged at their target (lib/message/links.ts): a scam link that a
 * mail service rewrote or a social network wrapped is still the scam's, and a uscis.gov link through
 * Outlook's Safe Links is still uscis.gov's. Besides the query shims above, Proofpoint's URL Defense
 * (mail of many universities and employers) writes the target into the path:
 * urldefense.com/v3/__https://www.uscis.gov/__;!!…  (v3), or into the u field with "-" for "%" and
 * "_" for "/": urldefense.proofpoint.com/v2/url?u=https-3A__www.uscis.gov_&d=… (v2). Nested
 * wrappers are unwrapped too (at most three). At navigation nothing is unwrapped: the browser
 * follows the redirect and the page is judged at its own address.
 */
export function linkTarget(url: string): string | undefined {
  let target: string | undefined;
  for (let depth = 0, next = url; depth < 3; depth++) {
    const inner = shimTarget(next);
    if (inner === undefined || !isWebUrl(inner)) break;
    target = next = inner;
  }
  return target;
}

function shimTarget(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'urldefense.com' || host === 'urldefense.proofpoint.com') {
    const v3 = /^\/v3\/__(.+?)__;/.exec(parsed.pathname + parsed.search);
    if (v3) return v3[1];
    const u = parsed.pathname === '/v2/url' ? parsed.searchParams.get('u') : null;
    if (u === null) return undefined;
    try {
      return decodeURIComponent(u.replace(/-/g, '%').replace(/_/g, '/'));
    } catch {
      return undefined;
    }
  }
  const shim = SHIMS.find(([h, p]) => h.test(host) && p.test(parsed.pathname));
  return shim ? (parsed.searchParams.get(shim[2]) ?? undefined)?.trim() : undefined;
}
