/**
 * No merge-conflict markers in the tree. Inside a comment they still type-check, build and pass every other test (a
 * signal's header carried both sides of a conflict on main for a while, session 23), so only a look for them finds them.
 * The corpus's JSON is not read here (it would not parse with a marker in it); its READMEs are.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
/** A conflict's opening or closing line, also inside a block comment (" * <<<<<<< HEAD"). */
const MARKER = /^(?:\s*\*\s*|\s*\/\/\s*)?(?:<{7}|>{7})(?: |$)/m;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(p).isDirectory()) return files(p);
    if (relative(ROOT, p).startsWith(join('tests', 'corpus')) && !name.endsWith('.md')) return [];
    return /\.(?:tsx?|mts|json|md|css|html|txt)$/.test(name) ? [p] : [];
  });
}

describe('merge markers', () => {
  it('no file in lib, entrypoints, components, scripts, tests, docs or public carries one', () => {
    const all = ['lib', 'entrypoints', 'components', 'scripts', 'tests', 'docs', 'public'].flatMap((d) => files(join(ROOT, d)));
    expect(all.length).toBeGreaterThan(100);
    const marked = all.filter((p) => MARKER.test(readFileSync(p, 'utf8'))).map((p) => relative(ROOT, p));
    expect(marked, 'resolve the conflict left in these files').toEqual([]);
  });

  it.each([' * <<<<<<< HEAD', '>>>>>>> main', '// <<<<<<< ours'])('reads %j as a marker', (line) => {
    expect(MARKER.test(`text\n${line}\nmore`)).toBe(true);
  });
});
