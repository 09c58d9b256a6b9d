/**
 * What a tab shows for its state: the one place that decides it. The background acts on it and
 * the banner reads it (it is sent with the state, `TabView`), so no other part decides again.
 *
 * | level            | page surface                                  | field guard |
 * |------------------|-----------------------------------------------|-------------|
 * | danger           | the warning page; the banner after "Continue once" (until hidden) | yes |
 * | caution          | the banner, until "Hide for this visit"       | yes         |
 * | notice           | the quiet corner reminder, if reminders are on and not hidden | no |
 * | none, official   | nothing                                       | no          |
 * A site the person trusts gets nothing at all (the popup still shows the verdict).
 */
import type { Level, Verdict } from '../types';
import type { Surface, TabState } from './types';

/** Severity, calmest first: the one order (a verdict that rises keeps the higher level). */
export const SEVERITY: readonly Level[] = ['none', 'official', 'notice', 'caution', 'danger'];

export function severity(level: Level): number {
  return SEVERITY.indexOf(level);
}

/** The more severe of two verdicts (the first when equal). */
export function moreSevere(a: Verdict, b: Verdict): Verdict {
  return severity(a.level) >= severity(b.level) ? a : b;
}

export const NO_SURFACE: Surface = { page: 'none', fieldGuard: false };

export function surfaceFor(state: TabState, showNotice: boolean): Surface {
  if (state.trusted) return NO_SURFACE;
  const { level } = state.verdict;
  const { continued, dismissed } = state.visit;
  switch (level) {
    case 'danger':
      return { page: !continued ? 'warning' : dismissed ? 'none' : 'banner', fieldGuard: true };
    case 'caution':
      return { page: dismissed ? 'none' : 'banner', fieldGuard: true };
    case 'notice':
      return { page: showNotice && !dismissed ? 'notice' : 'none', fieldGuard: false };
    default:
      return NO_SURFACE;
  }
}

/** The toolbar badge: a mark per level, empty on a trusted site (unless official). */
export interface Badge {
  text: string;
  color: string;
  /** Message keys of the tooltip: "<extName>: <level> — <summary>" (+ the trusted note). */
  level: Level;
  trusted: boolean;
}

const BADGE: Record<Level, { text: string; color: string }> = {
  official: { text: '✓', color: '#1a7f37' },
  none: { text: '', color: '#6e7781' },
  notice: { text: 'i', color: '#0969da' },
  caution: { text: '!', color: '#9a6700' },
  danger: { text: '!!', color: '#cf222e' },
};

export function badgeFor(state: TabState): Badge {
  const { level } = state.verdict;
  const shown = BADGE[level];
  return { text: state.trusted && level !== 'official' ? '' : shown.text, color: shown.color, level, trusted: state.trusted };
}
