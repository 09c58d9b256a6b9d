/**
 * Bundled (esbuild, IIFE) and injected into benchmark pages: exactly the lib/ code the content
 * script runs (pre-filter + snapshot, the frame step's hit test) plus decide(), exposed on globalThis.__oonBench, and the
 * parts (text/forms/links, prepare, each signal) for the profile table.
 */
import { isAboutImmigration } from '../lib/text/relevance';
import { firstLook, pageLooksRelevant } from '../lib/page/first-look';
import { collectForms, collectSnapshot, collectText } from '../lib/page/snapshot';
import { frameBoxes } from '../lib/page/frames';
import { decide } from '../lib/verdict';
import { parseHost } from '../lib/domain';
import { preparePage } from '../lib/text/prepare';
import { SIGNALS } from '../lib/signals';
import { wordIndex } from '../lib/text/word-index';

(globalThis as unknown as { __oonBench: unknown }).__oonBench = {
  isAboutImmigration,
  pageLooksRelevant,
  firstLook,
  collectSnapshot,
  frameBoxes,
  decide,
  parts: { collectText, collectForms, parseHost, preparePage, wordIndex, signals: SIGNALS },
};
