import { createHash } from 'node:crypto';
import { loadCorpus, judge, flagged, isPositive } from './eval';
const half = process.argv[2] ?? 'WRITE';
const list = process.argv[3] === 'list';
const all = loadCorpus().filter((e) => e.batch === 'real-2026-12ag');
let pos = 0, caught = 0, neg = 0, fa = 0;
for (const e of all) {
  const h = createHash('sha256').update(e.url).digest('hex')[0]!;
  if ((h < '8' ? 'WRITE' : 'CHECK') !== half) continue;
  const j = judge(e);
  const f = flagged(j.verdict.level);
  if (isPositive(e.label)) { pos++; if (f) caught++; } else { neg++; if (f) fa++; }
  if (list && half === 'WRITE') console.log(e.id, e.label, j.verdict.level, JSON.stringify(j.verdict.reasons?.map((r: any) => r.id)));
}
console.log(`${half}: sellers ${caught}/${pos} caught, legit ${fa}/${neg} flagged`);
