/**
 * tsx scripts/agency-text/build.ts [--out file.json]: what the agencies' own text (scripts/agency-text/reference.txt)
 * would cost as data — the 32-bit hashes of every SHINGLE_WORDS-word run (scripts/agency-text/shingles.ts, the text
 * folded as pages are), sorted, stored as the gaps between them in base 36 (about 5 characters a hash, no binary
 * decoding). Prints the size (raw and gzip, against the bundle budget of tests/meta/bundle-size.test.ts); writes the
 * file only with --out. Part of the copyprint23 experiment (docs/accuracy.md): no signal ships it.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fold } from '../../lib/text/normalize';
import { readReference } from './reference';
import { SHINGLE_WORDS, forEachShingle } from './shingles';

const blocks = readReference();
const all = new Set<number>();
for (const b of blocks) forEachShingle(fold(b.text), (h) => all.add(h));
const sorted = [...all].sort((a, b) => a - b);
const gaps = sorted.map((h, i) => (h - (i ? sorted[i - 1]! : 0)).toString(36));
const json = `${JSON.stringify({
  about: `Hashes of every ${SHINGLE_WORDS}-word run of the agencies' own text (${blocks.length} U.S. government pages, scripts/agency-text/reference.txt); sorted, stored as base-36 gaps.`,
  words: SHINGLE_WORDS,
  pages: blocks.length,
  count: sorted.length,
  gaps: gaps.join(','),
})}\n`;
const chars = blocks.reduce((n, b) => n + b.text.length, 0);
console.log(`${blocks.length} pages, ${chars} characters of agency text, ${sorted.length} distinct ${SHINGLE_WORDS}-word shingles: ${json.length} bytes, ${gzipSync(json, { level: 9 }).length} bytes gzip`);
const out = process.argv.indexOf('--out');
if (out >= 0 && process.argv[out + 1]) {
  writeFileSync(process.argv[out + 1]!, json);
  console.log(`wrote ${process.argv[out + 1]}`);
}
