import type { Level } from '@/lib/types';
import type { Translate } from '@/lib/i18n';

/** Icon per level. Decorative: the level word next to it carries the meaning (never colour alone). */
const ICONS: Readonly<Record<Level, string>> = {
  official: '✓',
  none: '•',
  notice: 'i',
  caution: '!',
  danger: '✕',
};

export interface LevelBadgeProps {
  level: Level;
  t: Translate;
  /** The sentence under the level word. @default `level_<level>_summary` (a site's) */
  summaryKey?: string;
}

/** The verdict for the current site: icon + word + colour + one sentence, announced as a status. */
export function LevelBadge({ level, t, summaryKey }: LevelBadgeProps) {
  const safe: Level = level in ICONS ? level : 'none';
  return (
    <div class={`level-badge level-${safe}`} data-level={safe} role="status" aria-live="polite" aria-atomic="true">
      <span class="level-icon" aria-hidden="true">
        {ICONS[safe]}
      </span>
      <span class="level-text">
        <strong class="level-word">{t(`level_${safe}`)}</strong>
        <span class="level-summary">{t(summaryKey ?? `level_${safe}_summary`)}</span>
      </span>
    </div>
  );
}
