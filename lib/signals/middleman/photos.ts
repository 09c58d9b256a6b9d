/**
 * Photo shops beside a government step: a studio or photo app names the DV, DS-160 or passport photo
 * rules and sells photos, which is a real product, not the step. Data and tests for middleman-service.
 */
import { sentenceAround } from '../../text/context';

/**
 * A photo service's own check ("we check your photo meets the DV rules"): photo studios are not
 * middlemen. A sentence that also submits, files or registers the entry is the seller's.
 */
const PHOTO_CHECK = /\b(?:check|review|verify|correct|edit|retouch)\w* (?:your |the |each )?(?:\w+ )?photo/;
const ENTRY_WORK = /\b(?:submit\w*|fil(?:e|es|ing)|entry|entries|register\w*|registration|application)\b/;

export function checksPhoto(sentence: string): boolean {
  return PHOTO_CHECK.test(sentence) && !ENTRY_WORK.test(sentence);
}

/**
 * A photo shop's prices ("Our Prices … 6 passport photos for only $7.95" beside the DV and DS-160 photo rules): the
 * priced thing is photos, and the business does not also submit, file or register the step there (tune batch
 * real-2026-12t). A price names it in its own sentence; "our prices" in the sentence or the `ahead` sentences after
 * it. A DV seller's "$29 for the entry registration, photo included" is the step's price.
 */
const PHOTOS = /\b(?:photos?|photographs?|pictures?)\b/;
const DOES_STEP = /\b(?:submit\w*|fil(?:e|es|ing)|register\w*|registration|on (?:your|their) behalf)\b/;

export function pricesPhotos(text: string, s: number, e: number, ahead: number): boolean {
  let end = e;
  for (let i = 0; i < ahead && end < text.length - 1; i++) {
    const [, next] = sentenceAround(text, end + 1, end + 1);
    if (next <= end) break;
    end = next;
  }
  const span = text.slice(s, end);
  return PHOTOS.test(span) && !DOES_STEP.test(span);
}
