import type { Translate } from '@/lib/i18n';
import { reasonKey } from '@/lib/verdict/reasons';

/** A reason id's translated title (reasonKey), or the id itself when there is none. */
export function reasonTitle(t: Translate, id: string): string {
  const key = reasonKey(id, 'title');
  const text = t(key);
  return text === key ? id : text;
}
