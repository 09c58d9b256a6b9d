/** The tab lifecycle (pure): see core.ts for the events, surface.ts for what a tab shows. */
export { pageSite, step, type Step, type StepContext, type TabEvent } from './core';
export { badgeFor, moreSevere, NO_SURFACE, severity, SEVERITY, surfaceFor, type Badge } from './surface';
export { countsAsTamper, readTamperReport, TAMPER_LIMIT, tamperReason, type TamperReport } from './tamper';
export type { Surface, TabState, TabView, VisitState } from './types';
