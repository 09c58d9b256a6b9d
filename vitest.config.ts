import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  plugins: [preact()],
  resolve: { alias: { '@': root } },
  test: {
    // Property tests and large happy-dom documents take seconds when several jobs share the
    // machine's two cores; 5 s (the default) timed them out under load. Tests that bound a speed
    // measure it themselves (and benchmarks print ratios), so this limit only catches hangs.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts', 'tests/meta/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'ui', environment: 'happy-dom', include: ['tests/ui/**/*.test.{ts,tsx}'] },
      },
      {
        // lib/platform with WXT's fake browser (in-memory storage); see wxt.dev unit-testing guide.
        extends: true,
        plugins: [WxtVitest()],
        test: { name: 'ext', environment: 'node', include: ['tests/ext/**/*.test.ts'] },
      },
    ],
  },
});
