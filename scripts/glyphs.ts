/**
 * Missing-glyph ("tofu") check for the demo's screenshots. A character that no installed font can
 * draw is painted as the font's .notdef box — the same box as a private-use character that no
 * font has (U+E000). So each distinct non-ASCII character of a screen is drawn on a canvas in the
 * screen's own font stack and compared, pixel for pixel, with that box. Runs in the page.
 */
import type { Page } from '@playwright/test';

// Plain JavaScript source, evaluated in the page: tsx would wrap named functions in a helper the
// page does not have.
const IN_PAGE = `(options) => {
  const body = document.body;
  const content = options.text ?? (body ? body.innerText : '');
  const family = options.fontFamily || (body ? getComputedStyle(body).fontFamily : '') || 'sans-serif';
  const canvas = document.createElement('canvas');
  canvas.width = 48;
  canvas.height = 48;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return [];
  ctx.font = '32px ' + family;
  ctx.textBaseline = 'top';
  function pixels(c) {
    ctx.clearRect(0, 0, 48, 48);
    ctx.fillText(c, 4, 4);
    return ctx.getImageData(0, 0, 48, 48).data.join(',');
  }
  const tofu = pixels('\\ue000');
  const missing = [];
  for (const c of new Set(content)) {
    const code = c.codePointAt(0) || 0;
    if (code < 0x80 || /\\s/.test(c) || (code >= 0xe000 && code <= 0xf8ff)) continue;
    if (pixels(c) === tofu) missing.push(c);
  }
  return missing;
}`;

/** The characters of `text` (default: the page's visible text) that render as the missing-glyph box. */
export async function missingGlyphs(page: Page, options: { text?: string; fontFamily?: string } = {}): Promise<string[]> {
  return page.evaluate(`(${IN_PAGE})(${JSON.stringify(options)})`) as Promise<string[]>;
}
