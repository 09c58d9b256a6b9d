import { parseHost } from '@/lib/domain';
import type { PreparedPage } from '@/lib/signals/types';
import { preparePage } from '@/lib/text/prepare';
import type { FieldSnapshot, FormSnapshot } from '@/lib/types';

/** A prepared page from visible text (and optional forms), as the verdict would build it. */
export function page(text: string, opts: { url?: string; title?: string; forms?: FormSnapshot[] } = {}): PreparedPage {
  const url = opts.url ?? 'https://example.com/';
  return preparePage(
    { url, title: opts.title ?? '', text, truncated: false, forms: opts.forms ?? [], lang: '' },
    parseHost(url),
  );
}

export function field(partial: Partial<FieldSnapshot>): FieldSnapshot {
  return { type: 'text', name: '', id: '', placeholder: '', autocomplete: '', label: '', ...partial };
}

/**
 * The evidence a person reads is the page's own words: every part of it (parts are joined by
 * "…" when clipped) appears in the page text, and it is not empty.
 */
export function expectQuotesPage(hit: { evidence: string } | undefined, text: string): void {
  const flat = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();
  const parts = (hit?.evidence ?? '').split('…').map((p) => flat(p).trim()).filter((p) => p.length > 0);
  if (parts.length === 0) throw new Error(`no evidence for: ${text.slice(0, 80)}`);
  for (const p of parts) {
    if (!flat(text).includes(p)) throw new Error(`evidence "${p}" is not in the page: ${text.slice(0, 120)}`);
  }
}
