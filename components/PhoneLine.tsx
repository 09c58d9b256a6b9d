import type { Translate } from '@/lib/i18n';
import type { ResolvedPhone } from '@/lib/guide';

export interface PhoneLineProps {
  phone: ResolvedPhone;
  t: Translate;
}

/**
 * One phone number: label, then the number as text (selectable, so copying works), as a tap-to-call
 * `tel:` link when it can be dialled. Numbers from secondary sources carry a short caveat.
 */
export function PhoneLine({ phone, t }: PhoneLineProps) {
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
      {phone.secondary ? <small class="caveat">{t('channel_unconfirmed')}</small> : null}
    </div>
  );
}
