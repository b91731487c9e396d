export { decodeCursor, encodeCursor, type CursorPayload } from './cursor.ts';
export { dueShard, nextDueAt } from './due.ts';
export { emailKey, sha256 } from './hash.ts';
export { interviewExpiry, isClosed, isExpired } from './retention.ts';
