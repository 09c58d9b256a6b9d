import { hasMessage, type Translate } from '@/lib/i18n';
import { keyStem } from '@/lib/guide';

/**
 * The translated name of what a look-alike imitates (message `agency_<id>_name`), never the
 * English name from the data file inside a translated sentence; the U.S. government when the id
 * has no message.
 */
export function agencyName(t: Translate, id: string | undefined): string {
  const key = `agency_${keyStem(id ?? '')}_name`;
  return t(hasMessage(key) ? key : 'agency_us_government_name');
}
