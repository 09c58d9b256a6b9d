/**
 * The address guard's full check (see ../guard): is this document's address `danger` by
 * lib/domain's isDangerAddress, the rule decide() uses? Loaded before the guard in every web
 * document, but built as a function that nothing has called yet (wxt.config.ts,
 * `lazyAddressCheck`: `globalThis[ADDRESS_CHECK] = function () {…}`), so the browser only scans it;
 * the guard takes it, deletes the name and calls it only for the few host names its pre-check passes. The classifier (the Public Suffix List, the word dictionary, the
 * confusables) is compiled and run only then.
 */
import { defineUnlistedScript } from '#imports';
import { classifyInput, isDangerAddress } from '@/lib/domain';

export default defineUnlistedScript({
  main(): boolean {
    return isDangerAddress(classifyInput(location.href));
  },
});
