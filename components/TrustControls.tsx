import type { Level } from '@/lib/types';
import type { Translate } from '@/lib/i18n';

export interface TrustControlsProps {
  level: Level;
  trusted: boolean;
  busy: boolean;
  failed: boolean;
  onTrust: () => void;
  onUntrust: () => void;
  t: Translate;
}

/**
 * Trust or stop trusting the site. Offered only where a warning could show (notice and up) or
 * when the site is already trusted; trusting an official site would mean nothing.
 */
export function TrustControls({ level, trusted, busy, failed, onTrust, onUntrust, t }: TrustControlsProps) {
  const offer = trusted || level === 'notice' || level === 'caution' || level === 'danger';
  if (!offer) return null;
  return (
    <div class="trust">
      {trusted ? <p class="trusted-note">{t('popup_trusted_note')}</p> : null}
      <button type="button" class="button secondary" disabled={busy} onClick={trusted ? onUntrust : onTrust}>
        {trusted ? t('popup_untrust') : t('popup_trust')}
      </button>
      {failed ? (
        <p class="error" role="alert">
          {t('popup_trust_failed')}
        </p>
      ) : null}
    </div>
  );
}
