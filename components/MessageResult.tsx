import type { Translate } from '@/lib/i18n';
import type { MessageLink, MessagePhone, MessageVerdict } from '@/lib/message';
import { messageSummaryKey } from '@/lib/message/keys';
import { MAX_MESSAGE } from '@/lib/message';
import { CHANNELS } from '@/lib/guide';
import { factText } from '@/lib/facts';
import { showableEvidence } from '@/lib/verdict/evidence';
import { LevelBadge } from './LevelBadge';
import { ReasonList } from './ReasonList';
import { OfficialRoute } from './OfficialRoute';
import { GuideSectionBody } from './GuideSectionBody';

export interface MessageResultProps {
  verdict: MessageVerdict;
  /** The reader's UI locale (numbers, dates, link order). */
  locale: string;
  t: Translate;
}

/** How a link's address verdict reads: the level in words, and why it cannot be judged when shortened. */
function linkWords(link: MessageLink, t: Translate): string {
  if (link.level === 'danger') return t('message_link_danger');
  if (link.level === 'official') return t('message_link_official');
  if (link.shortener) return t('message_link_shortener');
  return t('message_link_none');
}

function LinkItem({ link, t }: { link: MessageLink; t: Translate }) {
  // The link is shown as text, never as a link: the point is not to open it. Like page text quoted as evidence, with
  // no bidi controls or invisible characters: U+202E in a link's path drew "https://pay-fee.com/‮vog.sicsu.www//:sptth"
  // as ending in "https://www.uscis.gov", next to "No warning for this address".
  return (
    <li class={`message-link level-${link.level}`} data-level={link.level}>
      <code class="message-link-text">
        <bdi>{showableEvidence(link.written, 200)}</bdi>
      </code>
      <span class="message-link-verdict">{linkWords(link, t)}</span>
      {link.disguised ? <span class="message-link-note">{t('message_link_disguised')}</span> : null}
    </li>
  );
}

function PhoneItem({ phone, t }: { phone: MessagePhone; t: Translate }) {
  const words = phone.official === null
    ? t('message_phone_unofficial', { PHONE: factText('phone.uscis-contact-center') })
    : t(phone.official === 'phone.ftc' ? 'message_phone_ftc' : 'message_phone_uscis');
  return (
    <li class={`message-phone ${phone.official === null ? 'unofficial' : 'official'}`}>
      <span class="message-phone-number">
        <bdi>{showableEvidence(phone.written)}</bdi>
      </span>{' '}
      <span>{words}</span>
    </li>
  );
}

const PAID = CHANNELS.find((c) => c.id === 'paid');

/**
 * The verdict on a pasted message: the level (in words, not colour alone), the reasons with what
 * was found in the message, every link with its address verdict, every phone number, the free
 * official route and — when something is wrong — what to do if you already paid.
 */
export function MessageResult({ verdict, locale, t }: MessageResultProps) {
  const flagged = verdict.level === 'caution' || verdict.level === 'danger';
  return (
    <div class="message-result">
      <LevelBadge level={verdict.level} t={t} summaryKey={messageSummaryKey(verdict.level)} />
      {verdict.truncated ? <p class="muted">{t('message_truncated', { COUNT: MAX_MESSAGE.toLocaleString(locale.replace('_', '-')) })}</p> : null}
      <section aria-labelledby="message-reasons-heading">
        <h3 id="message-reasons-heading">{t('popup_reasons_heading')}</h3>
        <ReasonList reasons={verdict.reasons} t={t} host="" locale={locale} surface="message" />
      </section>
      {verdict.links.length > 0 ? (
        <section aria-labelledby="message-links-heading">
          <h3 id="message-links-heading">{t('message_links_heading')}</h3>
          <ul class="message-links">
            {verdict.links.map((link, i) => (
              <LinkItem key={`${i}-${link.url}`} link={link} t={t} />
            ))}
          </ul>
          {verdict.moreLinks > 0 ? <p class="muted">{t('message_more_links', { COUNT: verdict.moreLinks })}</p> : null}
        </section>
      ) : null}
      {verdict.phones.length > 0 ? (
        <section aria-labelledby="message-phones-heading">
          <h3 id="message-phones-heading">{t('message_phones_heading')}</h3>
          <ul class="message-phones">
            {verdict.phones.map((phone) => (
              <PhoneItem key={phone.digits} phone={phone} t={t} />
            ))}
          </ul>
        </section>
      ) : null}
      {verdict.level !== 'none' ? <OfficialRoute service={verdict.service} locale={locale} t={t} /> : null}
      {flagged && PAID ? (
        <section class="message-paid" aria-labelledby="message-paid-heading">
          <h3 id="message-paid-heading">{t(PAID.titleKey)}</h3>
          <GuideSectionBody section={PAID} locale={locale} t={t} />
        </section>
      ) : null}
    </div>
  );
}
