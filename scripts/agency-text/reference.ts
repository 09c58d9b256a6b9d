/**
 * Reads scripts/agency-text/reference.txt (the agencies' own text, one block per page: "@ <url> | read <date>" then
 * the excerpt) into its blocks. Shared by the build (build.ts) and the experiment (measure.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ReferenceBlock {
  url: string;
  read: string;
  text: string;
}

export const REFERENCE_FILE = join(dirname(fileURLToPath(import.meta.url)), 'reference.txt');

export function readReference(path = REFERENCE_FILE): ReferenceBlock[] {
  const blocks: ReferenceBlock[] = [];
  let current: ReferenceBlock | undefined;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#') && current === undefined) continue;
    const head = /^@ (\S+) \| read (\S+)$/.exec(line);
    if (head) {
      current = { url: head[1]!, read: head[2]!, text: '' };
      blocks.push(current);
    } else if (current) current.text += `${line}\n`;
  }
  return blocks;
}
