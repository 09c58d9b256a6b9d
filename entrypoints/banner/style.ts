/**
 * Styles inside the closed shadow roots. `all: initial` on :host shuts out inherited page styles
 * (but not `direction`, which `all` leaves alone: set here and on the box).
 *
 * Fonts: generic families only. A page's @font-face rules apply inside our shadow root too, so a
 * page that declares "Segoe UI", Roboto, "Noto Sans" or -apple-system with empty glyphs would
 * blank every word that falls back to that name (all Korean and Chinese text on most systems).
 * A page cannot declare a generic family (system-ui, sans-serif): those names always mean the
 * browser's own fonts. tests/e2e/tamper.spec.ts
 *
 * What the rules below do (comments live here, not in the CSS, which ships as a string):
 * - .fold sits at the end of the head; folded (.strip), the box is one thin strip with no padding:
 *   the fold button's 44 px tap height is the strip (≈ 47 px with its border).
 * - .hint is the notice hint: one line in the corner, opens to the full reminder.
 * - Tap targets: every link and button is at least 44×44 px, on phones too (tests/e2e/narrow.spec.ts).
 * - .guard (the field guard) is never wider than the window less 8 px each side; it scrolls inside.
 * - :lang(ko): Korean breaks lines between words, never inside one (the default breaks mid-word).
 */
const FONTS = 'system-ui, sans-serif';

export const BANNER_CSS = `
:host { all: initial; direction: ltr; unicode-bidi: isolate; }
/* The box and the hint take the host's max-height (60vh / 50vh, or the screen's px on a phone page
   drawn smaller than the screen: ./host.ts): their own vh would grow with the host's zoom. */
* { box-sizing: border-box; }
.box {
  font: 15px/1.45 ${FONTS};
  color: #1f2328; background: #fff8c5; border-bottom: 4px solid #9a6700;
  padding: 12px 16px; box-shadow: 0 2px 8px rgba(0,0,0,.25); max-height: inherit; overflow: auto;
}
.box.danger { background: #ffebe9; border-bottom-color: #cf222e; }
.head { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.fold { margin-left: auto; padding: 2px 10px; font-size: 13px; }
.box.strip { padding: 0 16px; border-bottom-width: 3px; }
.box.strip .head { align-items: center; }
.box.strip .icon { width: 20px; height: 20px; font-size: 13px; }
.hint { font: 14px/1.35 ${FONTS}; color: #1f2328; background: #ddf4ff; border: 2px solid #0969da;
  border-radius: 10px; padding: 0 4px 0 8px; box-shadow: 0 2px 8px rgba(0,0,0,.2); max-height: inherit; overflow: auto; }
.hint-line { display: flex; gap: 6px; align-items: center; }
.hint .icon { background: #0969da; width: 20px; height: 20px; font-size: 13px; }
.hint-toggle { flex: 1 1 auto; min-width: 0; display: flex; align-items: center; gap: 4px; text-align: start; border: 0;
  background: transparent; padding: 2px 4px; font-weight: 600; font-size: 14px; color: inherit; }
.chevron { flex: none; display: inline-block; }
.hint.open .chevron { transform: rotate(180deg); }
.hint-route { flex: none; font-size: 13px; white-space: nowrap; justify-content: center; }
.hint-close { flex: none; border: 0; background: transparent; padding: 0; font-size: 20px; line-height: 1; color: inherit; }
.hint-more { padding: 0 4px 6px 30px; }
.hint-more p { margin: 4px 0; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.icon { display: inline-grid; place-items: center; width: 24px; height: 24px; border-radius: 50%;
  background: #9a6700; color: #fff; font-weight: 700; flex: none; }
.danger .icon { background: #cf222e; }
.level { text-transform: uppercase; letter-spacing: .04em; font-size: 13px; }
.title { font-weight: 600; }
p { margin: 6px 0; }
:lang(ko) { word-break: keep-all; }
ul { margin: 4px 0 4px 20px; padding: 0; }
li { margin: 2px 0; }
q { margin-left: 6px; font-style: italic; color: #4d2d00; }
bdi { unicode-bidi: isolate; }
.danger q { color: #6e0a12; }
a { color: #0550ae; font-weight: 600; display: inline-flex; align-items: center; min-height: 44px; min-width: 44px; }
button.link { border: none; background: none; padding: 0; color: #0550ae; font-weight: 600; text-decoration: underline; text-align: start; }
.paid { margin-top: 4px; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 8px; }
.confirm-text { flex-basis: 100%; margin: 0; font-weight: 600; }
button { font: inherit; font-size: 14px; min-height: 44px; min-width: 44px; padding: 6px 12px; border-radius: 6px; cursor: pointer;
  border: 1px solid #57606a; background: #fff; color: #1f2328; }
button:focus-visible, a:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
.guard { font: 14px/1.4 ${FONTS}; color: #1f2328; background: #fff; border: 3px solid #cf222e;
  border-radius: 8px; padding: 10px 12px; box-shadow: 0 4px 16px rgba(0,0,0,.3); max-width: min(340px, calc(100vw - 16px));
  overflow: auto; overflow-wrap: anywhere; }
.guard strong { display: block; margin-bottom: 4px; }
.guard:focus { outline: 3px solid #0969da; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .box { background: #3b2e00; color: #f0f6fc; border-bottom-color: #d29922; }
  .box.danger { background: #4c1418; border-bottom-color: #f85149; }
  .hint { background: #0c2d6b; color: #f0f6fc; border-color: #58a6ff; }
  .hint-toggle, .hint-close { background: transparent; color: #f0f6fc; }
  q { color: #f0d8a8; } .danger q { color: #ffd8d3; }
  a, button.link { color: #79c0ff; }
  button.link { background: none; }
  button { background: #21262d; color: #f0f6fc; border-color: #8b949e; }
  .guard { background: #161b22; color: #f0f6fc; }
}
`;
