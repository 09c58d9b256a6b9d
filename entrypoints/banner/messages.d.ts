/** The banner's bundled English (`messages.json?banner`): the file without the keys it never shows (lib/i18n/banner-messages.ts). */
declare module '*/messages.json?banner' {
  const messages: import('@/lib/i18n/core').MessageBundle;
  export default messages;
}
