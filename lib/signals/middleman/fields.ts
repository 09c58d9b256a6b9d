/**
 * The fields of a page's forms that show a business taking the step over (middleman-service): a card number (it takes
 * payment) or a passport number (it files for the visitor). Moved out of middleman-service.ts to keep it under 400 lines.
 */
import { classifyField } from '../../page/fields';
import type { PreparedPage } from '../types';
import type { Cue } from './cues';

/** How a field cue reads in the evidence: no sentence of the page holds it. */
export const FORM_CUE_TEXT: Partial<Record<Cue, string>> = { card: 'form asks for: card number', passport: 'form asks for: passport number' };

/** Adds the card and passport field cues of the page's forms (bounded) to `found`. */
export function formCues(page: PreparedPage, found: Map<Cue, [number, number]>): void {
  for (const form of page.forms.slice(0, 50)) {
    for (const field of form.fields.slice(0, 200)) {
      const kind = classifyField(field);
      if (kind === 'card_number') found.set('card', [-1, -1]);
      if (kind === 'passport_number') found.set('passport', [-1, -1]);
    }
  }
}
