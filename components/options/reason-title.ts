import type { Translate } from '@/lib/i18n';

/** A reason id's translated title (`signal_<id>_title`), or the id itself when there is none. */
export function reasonTitle(t: Translate, id: string): string {
  const key = `signal_${id.replaceAll('-', '_')}_title`;
  const text = t(key);
  return text === key ? id : text;
}
