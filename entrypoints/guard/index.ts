/**
 * The address guard: runs in every web document at `document_start`, in the page's own world,
 * before the page's first script (registered by the worker, entrypoints/background/guard.ts;
 * Chromium only — Firefox stops these requests before they are sent, ../background/firefox-block.ts).
 * It needs no worker: the browser starts it even while the service worker sleeps.
 *
 * If the address alone is `danger` (lib/domain's isDangerAddress, the rule decide() uses), it stops
 * the document before anything is parsed: no script, no request, no service worker of the page.
 * The worker, woken by the same navigation, shows the warning page (top frame) or blocks the host
 * from now on (frames); the guard needs no message to it.
 *
 * Cost on ordinary pages: a pre-check of the host name (lib/domain/might-be-danger.ts, a few
 * string searches; on a translator's or cache's page, of the host it shows; under 1% of popular
 * hosts pass it). Only for those does it call the full check
 * (../address-check, loaded just before this script as a function nobody has called, so the
 * browser compiles the classifier only then). `npm run bench:load` measures both kinds of page.
 * It leaves nothing in the page: the full check's name is deleted before any page script runs.
 *
 * Why: the browser's own rules (lib/blocking/rules.ts) know a few written patterns and the hosts
 * judged before; a look-alike no pattern covers, on its first visit, ran its scripts for
 * 0.3–0.5 s while the worker woke (docs/coldstart.md).
 * Hosts the person trusts or chose "Continue once" for are excluded when the worker registers it.
 */
import { defineUnlistedScript } from '#imports';
import { mightBeDangerAddress } from '@/lib/domain/might-be-danger';
import { ADDRESS_CHECK } from '@/lib/blocking/guard';

export default defineUnlistedScript({
  main() {
    const global = globalThis as unknown as Record<string, unknown>;
    const check = global[ADDRESS_CHECK];
    delete global[ADDRESS_CHECK];
    if (!mightBeDangerAddress(location.href, location.hostname)) return;
    if (typeof check !== 'function' || check() !== true) return;
    window.stop();
    document.documentElement?.replaceChildren();
  },
});
