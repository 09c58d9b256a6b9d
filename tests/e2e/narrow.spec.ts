/**
 * Phones (issue 17 item 3): every surface at 360×640, at normal and at 200% text, in all six
 * languages — the popup (Firefox for Android opens it as a full-screen tab) on each of its tabs and
 * on a blank tab, the caution banner (open and folded), the field guard, the notice hint (closed
 * and open) and the warning page. What is checked is in ./layout-check.ts: tap targets ≥ 44×44 px,
 * nothing past the window's edge or scrolling sideways, no text cut off by overflow hidden, no
 * targets on top of each other. The banner and the guard sit in closed shadow roots: the checks
 * run on the root through the DevTools protocol.
 */
import type { Page } from '@playwright/test';
import { test, expect, hasClass, READ_MS, shadowBox, tabIdOf, type CdpNode } from './fixtures';
import { enlargeText, layoutProblems, type LayoutProblem } from './layout-check';

const LOCALES = ['en', 'es', 'zh_CN', 'vi', 'fil', 'ko'] as const;
const PHONE = { width: 360, height: 640 };
const MIN_TARGET = 44;
const SELLER = 'https://www.fastimmigrationdocs.com/access-code';
const LOOKALIKE = 'https://uscis-gov.net/account';
const LAWYER = 'https://www.riveraimmigrationlaw.com/green-card-family';
const BANNER = 'official-or-not-banner';
const PASTED =
  'USCIS: your case has a problem. Pay the $350 fee today by gift card at https://uscis-gov-case-verification-center.com/pay?case=IOE0912345678&step=confirm or call 1-888-555-0199.';
const GUARD = 'official-or-not-field-guard';

/**
 * Runs `fn(root, ...args)` in the page on `document`, or on the closed shadow root of `<hostTag>`
 * (through the DevTools protocol, which sees closed roots and is not bound by the page's CSP).
 */
async function onRoot<T>(page: Page, hostTag: string | null, fn: (root: never, ...rest: never[]) => T, ...args: unknown[]): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    let objectId: string;
    if (hostTag === null) {
      const { result } = (await cdp.send('Runtime.evaluate', { expression: 'document' })) as { result: { objectId: string } };
      objectId = result.objectId;
    } else {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
      const find = (n: CdpNode): CdpNode | undefined =>
        n.nodeName.toLowerCase() === hostTag ? n : [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(find).find(Boolean);
      const shadow = find(root)?.shadowRoots?.[0];
      if (!shadow) throw new Error(`no shadow root in <${hostTag}>`);
      const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: { objectId: string } };
      objectId = object.objectId;
    }
    const { result, exceptionDetails } = (await cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: `function (...args) { return (${fn.toString()})(this, ...args); }`,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/** Problems of `document` (hostTag null) or of a shadow root, at this text scale (1 = as shipped). */
async function check(page: Page, hostTag: string | null, scale: number): Promise<LayoutProblem[]> {
  await onRoot(page, hostTag, enlargeText, scale);
  // Two frames: what reacts to a size change (the field guard re-places itself from a
  // ResizeObserver) has run, as it has by the time a person sees the page.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return onRoot(page, hostTag, layoutProblems, MIN_TARGET);
}

/** A real click on the first node with this class inside `<hostTag>`'s closed shadow root. */
async function clickClass(page: Page, hostTag: string, cls: string): Promise<void> {
  const box = await shadowBox(page, hostTag, (n) => hasClass(n, cls));
  if (!box) throw new Error(`no .${cls} in <${hostTag}>`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Every problem, labelled "surface @scale: kind what (detail)". */
type Found = string[];
const record = (found: Found, label: string, problems: LayoutProblem[]) => {
  for (const p of problems) found.push(`${label}: ${p.kind} ${p.what} (${p.detail})`);
};
/** Measures at 100% and then 200% text (in place: the 200% run enlarges what the 100% run saw). */
async function bothScales(found: Found, label: string, page: Page, hostTag: string | null, before?: () => Promise<void>): Promise<void> {
  for (const scale of [1, 2]) {
    await before?.();
    record(found, `${label} @${scale * 100}%`, await check(page, hostTag, scale));
  }
}

async function popupSurfaces(found: Found, popup: Page): Promise<void> {
  const tabs = popup.locator('[role="tab"]');
  const count = await tabs.count();
  for (let i = 0; i < count; i++) {
    const id = ((await tabs.nth(i).getAttribute('id')) ?? `${i}`).replace(/^tab-/, '');
    await onRoot(popup, null, enlargeText, 1);
    await tabs.nth(i).click();
    for (const d of await popup.locator('.tabpanel:not([hidden]) details').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
    // A pasted scam message with a long link and a phone number: the verdict lists both.
    if (id === 'message') {
      await popup.locator('.tabpanel:not([hidden]) textarea').fill(PASTED);
      await expect(popup.locator('.message-link').first()).toBeVisible();
    }
    await bothScales(found, `popup/${id}`, popup, null);
  }
}

for (const locale of LOCALES) {
  test(`at 360 px and 200% text, in ${locale}: targets ≥ 44 px, nothing off screen, cut off or on top of another`, async ({ context, worker, extensionId }) => {
    test.setTimeout(120_000);
    const found: Found = [];
    // The seller's page: caution banner, then the field guard on its card field.
    const seller = await context.newPage();
    await seller.setViewportSize(PHONE);
    await seller.goto(SELLER);
    const tabId = await tabIdOf(worker, seller);
    const popup = await context.newPage();
    await popup.setViewportSize(PHONE);
    await popup.bringToFront();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('select').first().selectOption(locale);
    await expect
      .poll(() => worker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { language?: string } | undefined)?.language))
      .toBe(locale);
    await popupSurfaces(found, popup);

    await seller.bringToFront();
    await seller.reload();
    await expect(seller.locator(BANNER)).toHaveAttribute('data-level', 'caution');
    await seller.waitForTimeout(READ_MS);
    await bothScales(found, 'banner', seller, BANNER);
    await onRoot(seller, BANNER, enlargeText, 1);
    await clickClass(seller, BANNER, 'fold');
    await bothScales(found, 'banner folded', seller, BANNER);
    await onRoot(seller, BANNER, enlargeText, 1);
    await clickClass(seller, BANNER, 'fold');
    await seller.locator('#card').click();
    await expect(seller.locator(GUARD)).toHaveCount(1);
    await bothScales(found, 'field guard', seller, GUARD);

    // The notice hint on a lawyer's page, closed and open.
    const lawyer = await context.newPage();
    await lawyer.setViewportSize(PHONE);
    await lawyer.bringToFront();
    await lawyer.goto(LAWYER);
    await expect(lawyer.locator(BANNER)).toHaveAttribute('data-level', 'notice');
    await bothScales(found, 'notice hint', lawyer, BANNER);
    await onRoot(lawyer, BANNER, enlargeText, 1);
    await clickClass(lawyer, BANNER, 'hint-toggle');
    await bothScales(found, 'notice hint open', lawyer, BANNER);

    // The warning page that replaces a look-alike, and the popup on a blank tab.
    const warning = await context.newPage();
    await warning.setViewportSize(PHONE);
    await warning.bringToFront();
    await warning.goto(LOOKALIKE).catch(() => undefined);
    await expect(warning).toHaveURL(/warning\.html/);
    await expect(warning.locator('h1')).toBeVisible();
    await bothScales(found, 'warning page', warning, null);
    const blankTab = await worker.evaluate(async () => (await chrome.tabs.create({ url: 'about:blank', active: false })).id);
    const blankPopup = await context.newPage();
    await blankPopup.setViewportSize(PHONE);
    await blankPopup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${blankTab}`);
    await expect(blankPopup.locator('[role="tab"]').first()).toBeVisible();
    await bothScales(found, 'popup on a blank tab', blankPopup, null);

    console.log(`${locale}: ${found.length} problem(s)\n${found.map((f) => `  ${f}`).join('\n')}`);
    expect(found).toEqual([]);
  });
}
