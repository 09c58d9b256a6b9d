/**
 * Text as a person sees it: right-to-left overridden runs in display order (readBidi) and the invisible characters a
 * page or a mail puts inside words removed (zero-width spaces and joiners, soft hyphens, word joiners, bidi controls,
 * BOMs: lib/domain/invisible.ts). The page reader (lib/page/snapshot.ts) and pasted messages (lib/message/prepare.ts)
 * both read text this way, so "Kon\u200bto" and "Kon\u00adto" are the word "Konto" wherever they come from. Pure.
 */
import { INVISIBLE_CHARS } from '../domain/invisible';
import { readBidi } from './normalize';

export function shownText(joined: string): string {
  return readBidi(joined).replace(INVISIBLE_CHARS, '');
}
