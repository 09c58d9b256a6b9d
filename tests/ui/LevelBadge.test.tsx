import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { LevelBadge } from '@/components/LevelBadge';
import { makeT } from '@/lib/i18n';
import type { Level } from '@/lib/types';
import { expectNoAxeViolations } from './axe';

afterEach(cleanup);

describe('LevelBadge', () => {
  it.each([
    ['official', 'Official government site'],
    ['none', 'No warning'],
    ['notice', 'Reminder'],
    ['caution', 'Caution'],
    ['danger', 'Danger'],
  ] as const)('%s shows the word, the summary and a decorative icon, as a status', async (level, word) => {
    const { container } = render(<LevelBadge level={level as Level} t={makeT('en')} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toContain(word);
    expect(status.className).toContain(`level-${level}`);
    expect(status.querySelector('.level-summary')?.textContent?.length).toBeGreaterThan(10);
    expect(status.querySelector('.level-icon')?.getAttribute('aria-hidden')).toBe('true');
    await expectNoAxeViolations(container);
  });

  it('translates', () => {
    render(<LevelBadge level="danger" t={makeT('es')} />);
    expect(screen.getByRole('status').textContent).toContain('Peligro');
  });

  it('an unknown level falls back to "none" instead of crashing', () => {
    render(<LevelBadge level={'weird' as Level} t={makeT('en')} />);
    expect(screen.getByRole('status').textContent).toContain('No warning');
  });
});
