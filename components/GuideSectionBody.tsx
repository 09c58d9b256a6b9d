import type { Translate } from '@/lib/i18n';
import { factText, isFactId } from '@/lib/facts';
import { itemText, linksFor, resolveLink, resolvePhone, type GuideSection } from '@/lib/guide';
import { ExternalLink } from './ExternalLink';
import { PhoneLine } from './PhoneLine';

export interface GuideSectionBodyProps {
  section: GuideSection;
  /** The reader's UI locale: orders links (their language first) and formats check dates. */
  locale: string;
  t: Translate;
}

/** The body of one guide or channels section: paragraphs, numbered steps, bullets, links, phones, e-mails, notes. */
export function GuideSectionBody({ section, locale, t }: GuideSectionBodyProps) {
  const links = linksFor(section.links ?? [], locale);
  const english = !locale.startsWith('en');
  return (
    <div class="guide-body">
      {(section.paragraphs ?? []).map((p) => (
        <p key={p.key}>{itemText(t, p)}</p>
      ))}
      {section.steps?.length ? (
        <ol class="steps">
          {section.steps.map((s) => (
            <li key={s.key}>{itemText(t, s)}</li>
          ))}
        </ol>
      ) : null}
      {section.bullets?.length ? (
        <ul class="bullets">
          {section.bullets.map((b) => (
            <li key={b.key}>{itemText(t, b)}</li>
          ))}
        </ul>
      ) : null}
      {links.length ? (
        <ul class="links">
          {links.map((l) => {
            const link = resolveLink(t, l);
            return (
              <li key={l.key + l.fact}>
                <ExternalLink href={link.url} t={t}>
                  {link.label}
                </ExternalLink>{' '}
                <span class="link-host">{link.host}</span>
                {english && l.lang === 'en' ? <span class="link-lang"> {t('link_in_english')}</span> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {(section.phones ?? []).map((p) => (
        <PhoneLine key={p.fact} phone={resolvePhone(t, p)} locale={locale} t={t} />
      ))}
      {(section.emails ?? []).map((e) => {
        const address = isFactId(e.fact) ? factText(e.fact) : '';
        return address ? (
          <p key={e.fact} class="email-line">
            {t(e.labelKey)} <span class="email">{address}</span>
          </p>
        ) : null;
      })}
      {(section.notes ?? []).map((n) => (
        <p key={n.key} class="note">
          {itemText(t, n)}
        </p>
      ))}
    </div>
  );
}
