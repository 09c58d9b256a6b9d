export { decide, runSignals } from './decide';
