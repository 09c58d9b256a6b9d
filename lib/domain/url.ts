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
