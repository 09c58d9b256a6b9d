import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Run axe-core on a rendered container and fail with readable violations.
 * `color-contrast` is disabled: happy-dom has no layout or computed colours, so axe cannot
 * measure contrast here (the popup's colours are checked in the built extension instead).
 * `region` is page-level ("all content in landmarks") and meaningless for a lone component.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  const found = result.violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.html).join(' | ')}`);
  expect(found).toEqual([]);
}
