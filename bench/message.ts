/**
 * Speed of the message checker (lib/message) on pasted messages of 1,000 to 1,000,000 characters.
 * Prints, per size, the best of ROUNDS runs of checkMessage() and of a floor measured in the same
 * run on the same text (lower-casing the text once plus one simple regular-expression pass for
 * links, the least any checker must do), and their ratio. The goal — a 100,000-character
 * message answers in 50 ms or less — is printed as the share of that budget used; the machine's
 * load moves the absolute numbers, the ratio much less.
 *
 *   npm run bench:message
 */
import { checkMessage } from '../lib/message';

const ROUNDS = 15;
const BUDGET_MS = 50;

// A scam message, an official one and ordinary chat, repeated to size: every signal has work to do.
const PARTS = [
  'USCIS: Your case has an outstanding fee of $150. Pay within 24 hours at uscis[.]gov-pay[.]com or call 305-555-0100. ',
  'Your case status was updated. Visit https://egov.uscis.gov/casestatus to see it. ',
  'Hi! Dinner is at 7.30 p.m. with Mr. Smith, e.g. pasta and salad. See you there, bring the cake. ',
  'Congratulations, you have been selected in the DV-2027 lottery. Send the fee by Western Union. bit.ly/3xYz ',
];

function messageOf(size: number): string {
  let s = '';
  for (let i = 0; s.length < size; i++) s += PARTS[i % PARTS.length];
  return s.slice(0, size);
}

const LINKISH = /\bhttps?:\/\/\S+|\b\w+\.(?:com|gov|net|org)\b/g;
function floor(text: string): number {
  let n = text.toLowerCase().length;
  LINKISH.lastIndex = 0;
  while (LINKISH.exec(text) !== null) n++;
  return n;
}

function best(run: () => unknown): number {
  let min = Infinity;
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    run();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

checkMessage(messageOf(2000)); // warm up: compile the patterns once
console.log('size (chars)   floor ms   checkMessage ms   ratio   share of the 50 ms budget');
for (const size of [1_000, 10_000, 100_000, 1_000_000]) {
  const text = messageOf(size);
  const f = best(() => floor(text));
  const c = best(() => checkMessage(text));
  console.log(
    `${String(size).padStart(12)}   ${f.toFixed(2).padStart(8)}   ${c.toFixed(2).padStart(15)}   ${(c / f).toFixed(1).padStart(5)}x   ${(c / BUDGET_MS).toFixed(2)}`,
  );
}
