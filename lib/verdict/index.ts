export { decide, runSignals } from './decide';
export { showableEvidence, MAX_SHOWN_EVIDENCE } from './evidence';
