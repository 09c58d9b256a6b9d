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
