import type { Level } from '@/lib/types';
import type { Translate } from '@/lib/i18n';

export interface TrustControlsProps {
  level: Level;
  trusted: boolean;
  /** False on hosts many people share by path: trust is not offered, and the reason is shown. */
  trustable?: boolean;
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
export function TrustControls({ level, trusted, trustable = true, busy, failed, onTrust, onUntrust, t }: TrustControlsProps) {
  const offer = trusted || level === 'notice' || level === 'caution' || level === 'danger';
  if (!offer) return null;
  if (!trusted && !trustable) return <p class="trust muted">{t('trust_not_offered')}</p>;
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
