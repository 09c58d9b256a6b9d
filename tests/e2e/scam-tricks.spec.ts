/**
 * Session 25's attack: the cheap tricks a scam site's page builder offers (one line of CSS or HTML), played against the
 * built extension. Each page shows a person a seller's offer in a way the reader missed before; the title says nothing
 * about immigration, so only what the page shows can raise the level. docs/tamper-resistance.md lists what is covered.
 */
import { test, expect, tabIdOf, levelOf, serveShop } from './fixtures';

const OFFER = 'USCIS access code — only $129, order now';
const js = (s: string): string => JSON.stringify(s);

/** [name, page body, level the page must get]. */
const TRICKS: Array<[string, string, 'caution' | 'danger']> = [
  // Themes draw the currency sign from CSS; without it "Price: 39.99" is no price (a blank form for sale stayed quiet).
  ['currency sign drawn by a pseudo-element', `<style>.usd::before { content: "$"; }</style><p>Form I-765 blank form PDF, fillable. Price: <span class="usd">39.99</span>. Add to cart</p>`, 'caution'],
  ['currency sign drawn by an escaped pseudo-element', `<style>.usd::before { content: "\\24"; }</style><p>Form I-765 blank form PDF, fillable. Price: <span class="usd">39.99</span>. Add to cart</p>`, 'caution'],
  ['an image map area alt', `<img usemap="#m" width="400" height="40" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><map name="m"><area shape="rect" coords="0,0,400,40" href="/order" alt=${js(OFFER)}></map>`, 'caution'],
  ['an option label', `<select><option label=${js(OFFER)} selected>Choose</option><option>Other</option></select>`, 'caution'],
];

for (const [name, body, want] of TRICKS) {
  const url = `https://www.trick-${name.replace(/[^a-z]+/g, '-').replace(/-+$/, '').slice(0, 40)}.com/`;
  test(`${name}: the level is ${want}`, async ({ context, worker }) => {
    await serveShop(context, url, body);
    const page = await context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(worker, page);
    await expect.poll(() => levelOf(worker, tabId), { timeout: 15_000 }).toBe(want);
  });
}
