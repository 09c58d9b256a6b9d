/**
 * The English messages bundled with the banner script (entrypoints/banner/i18n.ts), made at build time by
 * wxt.config.ts from public/_locales/en/messages.json. The background injects the full bundle of the banner's
 * language (English too) just before the banner, so the bundled copy is only the fallback when that bundle is
 * missing; it leaves out the families of keys only the popup, the options page and the warning page show
 * (18 kB of banner.js). tests/meta/bundle-size.test.ts checks that banner.js asks for none of them.
 */

/** Key prefixes the banner never shows: the Check a message panel, the options page, the popup's guide, channels and report, the menu, language names. */
export const NOT_IN_BANNER: readonly string[] = ['message_', 'options_', 'channel_', 'channels_', 'guide_', 'report_', 'menu_', 'language_', 'extDescription'];

/** `messages` without the keys the banner never shows. */
export function bannerMessages<T>(messages: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.entries(messages).filter(([key]) => !NOT_IN_BANNER.some((p) => key.startsWith(p))));
}
