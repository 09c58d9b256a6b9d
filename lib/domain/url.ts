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
const HOST_NAME = /^(?=.{4,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
/** The translator's own query fields (source, target and interface language, and so on). */
const TRANSLATOR_FIELD = /^_x_tr_/;

/**
 * The address of the page Google's website translator shows, or undefined for any other address.
 * "Translate this page" (Google Search, translate.google.com) opens a site's page under a host of
 * Google's: www.uscis.gov/es becomes www-uscis-gov.translate.goog/es?_x_tr_sl=en&_x_tr_tl=es — the
 * original host in one label, each "." written "-" and each "-" written "--", the same path, and
 * fields named _x_tr_* added to the query (_x_tr_sch=http for a site without https). The page is
 * the original site's page, translated: people who read English poorly meet agency pages this way,
 * and read as an address of its own "www-uscis-gov" looks like a look-alike of uscis.gov. So the
 * verdict judges the original address (lib/verdict/decide.ts, lib/domain classifyInput): a
 * translated uscis.gov page is official, a translated look-alike is still a look-alike.
 */
export function untranslatedUrl(url: string): string | undefined {
  const trimmed = url.trim();
  // Only the start is matched (the authority is at most ~280 characters); the rest is kept as it is.
  const m = GOOGLE_TRANSLATE.exec(trimmed.slice(0, 300));
  if (!m) return undefined;
  // "--" is a hyphen of the original, any other "-" a dot (split, then joined back).
  const host = (m[1] ?? '')
    .toLowerCase()
    .split('--')
    .map((part) => part.replace(/-/g, '.'))
    .join('-');
  if (!HOST_NAME.test(host) || host.endsWith('.translate.goog')) return undefined;
  let rest = trimmed.slice(m[0].length) || '/';
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
  return `${scheme}${host}${rest.startsWith('/') ? rest : `/${rest}`}`;
}
