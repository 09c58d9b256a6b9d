import type { Translate } from './core';

/**
 * The translated name of what a look-alike imitates (message `agency_<id>_name`), never the
 * English name from lookalike-targets.json inside a translated sentence; the U.S. government
 * when the id has no message. Works with any Translate (the banner's too): a missing key comes
 * back as the key itself.
 */
export function agencyName(t: Translate, id: string | undefined): string {
  const key = `agency_${(id ?? '').replace(/[^A-Za-z0-9]/g, '_')}_name`;
  const name = t(key);
  return name === key ? t('agency_us_government_name') : name;
}
