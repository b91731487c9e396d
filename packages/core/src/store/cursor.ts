/**
 * Listing cursors: opaque to clients, checked on the way back in so a cursor cannot be
 * replayed against another listing (or another tenant's partition).
 */
import { ValidationError } from '../errors/errors.ts';

export interface CursorPayload {
  /** Which listing issued it: index name and partition. */
  scope: string;
  /** Where the next page starts. */
  after: Record<string, string>;
}

/**
 * @example encodeCursor({ scope: 'byTenant|tenant#acme', after: { pk: 'interview#1' } }) // 'eyJ…'
 */
export function encodeCursor(payload: CursorPayload): string {
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

/** The cursor's position, if it was issued for `scope`; else a `ValidationError` on `cursor`. */
export function decodeCursor(cursor: string, scope: string): Record<string, string> {
  try {
    const payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorPayload>;
    const after = payload.after;
    if (payload.scope === scope && after && typeof after === 'object' && Object.values(after).every((v) => typeof v === 'string')) {
      return after;
    }
  } catch {
    // falls through: not ours
  }
  throw new ValidationError([{ path: 'cursor', message: 'is not a cursor this listing issued' }]);
}
