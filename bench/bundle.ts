/** Bundles bench/page-entry.ts into one IIFE string (esbuild, the bundler tsx already depends on). */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export async function benchBundle(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./page-entry.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'error',
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error('esbuild produced no output');
  return out.text;
}
