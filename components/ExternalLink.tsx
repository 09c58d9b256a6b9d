import type { ComponentChildren } from 'preact';
import type { Translate } from '@/lib/i18n';

export interface ExternalLinkProps {
  href: string;
  t: Translate;
  children: ComponentChildren;
  class?: string;
}

/**
 * A link to an official page, opened in a new tab. Only https: addresses become links; anything
 * else renders as plain text so a bad data entry can never produce a javascript: link.
 */
export function ExternalLink({ href, t, children, class: cls }: ExternalLinkProps) {
  if (!/^https:\/\/[^\s]+$/i.test(href)) return <span class={cls}>{children}</span>;
  return (
    <a class={cls} href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="sr-only"> ({t('popup_new_tab')})</span>
    </a>
  );
}
