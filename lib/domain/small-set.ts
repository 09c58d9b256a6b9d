/**
 * A fixed set of strings, for hot look-ups: `smallSet(words)(s)` equals `new Set(words).has(s)`,
 * but compares `s` with `===` against the few words of its length instead of hashing `s` (host
 * name slices are fresh strings, so a Set would hash each one). Speed only.
 */
export function smallSet(words: Iterable<string>): (s: string) => boolean {
  const byLength: string[][] = [];
  for (const w of words) {
    const list = (byLength[w.length] ??= []);
    if (!list.includes(w)) list.push(w);
  }
  // First characters by length: most strings leave after this integer test.
  const firsts: Set<number>[] = byLength.map((list) => new Set(list.map((w) => w.charCodeAt(0))));
  const heads = new Uint8Array(64 * 128);
  firsts.forEach((codes, length) => {
    if (length < 64) for (const c of codes) if (c < 128) heads[length * 128 + c] = 1;
  });
  return (s: string): boolean => {
    const n = s.length;
    const c = s.charCodeAt(0);
    if (n < 64 && c < 128 && heads[n * 128 + c] !== 1) return false;
    const list = byLength[n];
    if (list === undefined) return false;
    for (const w of list) if (w === s) return true;
    return false;
  };
}
