import type { Translate } from '@/lib/i18n';
import type { ResolvedPhone } from '@/lib/guide';
import { SourceNote } from './SourceNote';

export interface PhoneLineProps {
  phone: ResolvedPhone;
  locale: string;
  t: Translate;
}

/**
 * One phone number: label, then the number as text (selectable, so copying works), as a tap-to-call
 * `tel:` link when it can be dialled, and the date it was checked with a link to where. Numbers
 * from secondary sources carry a short caveat.
 */
export function PhoneLine({ phone, locale, t }: PhoneLineProps) {
  return (
    <div class="phone-line">
      <span class="phone-label">{phone.label}</span>{' '}
      {phone.href ? (
        <a class="phone-number" href={phone.href} title={t('channel_call', { PHONE: phone.number })}>
          {phone.number}
        </a>
      ) : (
        <span class="phone-number">{phone.number}</span>
      )}
      <SourceNote source={phone.source} checked={phone.checked} secondary={phone.secondary} locale={locale} t={t} />
      {phone.secondary ? <small class="caveat">{t('channel_unconfirmed')}</small> : null}
    </div>
  );
}
