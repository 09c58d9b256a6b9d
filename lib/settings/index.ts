/**
 * Settings: pure logic (validation, migrations, trusted sites, export/import). Storage lives in
 * lib/platform/settings-store.ts, the only place that touches the browser for settings.
 */
export * from './types';
export { DEFAULT_SETTINGS, defaultSettings, parseSettings, SETTINGS_PROBLEM, type ParseResult } from './parse';
export { MIGRATIONS, detectVersion, migrateSettings, migrateSettingsWithProblem } from './migrations';
export { trustSite, tryTrustSite, untrustSite, removeTrustedHost, isTrusted, findTrusted, type TrustResult, type When } from './trust';
export { canTrustHost, normalizeTrustHost, hostCovers, type HostError } from './host';
export { exportSettings, importSettings, importChanges, unchanged, EXPORT_FORMAT, type ImportChanges, type ImportError, type ImportResult } from './transfer';
export * from './limits';
