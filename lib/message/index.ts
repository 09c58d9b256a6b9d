/** The message checker: lib/message/check.ts explains how a pasted message is judged. */
export { checkMessage, type MessageLink, type MessagePhone, type MessageVerdict } from './check';
export { MAX_MESSAGE } from './prepare';
export { MAX_LINKS } from './links';
export { MAX_PHONES } from './phones';
export { MESSAGE_REASON_IDS, MESSAGE_SIGNAL_IDS } from './signals';
