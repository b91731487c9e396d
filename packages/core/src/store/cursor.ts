/**
 * Listing cursors: opaque to clients and tamper-evident. A cursor is its position and scope
 * (index and partition, so tenant and listing), HMAC-SHA256-signed under a key derived from
 * the store's cursor key:
 *
 *   base64url({ scope, after }) "." base64url(HMAC(key, "followup cursor v1." + that first part))
 *
 * A cursor that was altered, forged, or issued for another listing or tenant is a
 * `ValidationError` on `cursor` (422), never a query the store would refuse (503).
 */
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { ValidationError } from '../errors/errors.ts';

export interface CursorPayload {
  /** Which listing issued it: index name and partition. */
  scope: string;
  /** Where the next page starts. */
  after: Record<string, string>;
}

const CONTEXT = 'followup cursor v1.';
const NOT_OURS = () => new ValidationError([{ path: 'cursor', message: 'is not a cursor this listing issued' }]);

/** Derived once per key: the configured key (e.g. the link key) is never used as is. */
const derived = new Map<string, Buffer>();
function cursorKey(keyMaterial: string): Buffer {
  let key = derived.get(keyMaterial);
  if (!key) {
    if (keyMaterial.length < 16) throw new Error('a cursor key must be at least 16 characters');
    key = Buffer.from(hkdfSync('sha256', keyMaterial, 'followup', 'followup listing cursor v1', 32));
    derived.set(keyMaterial, key);
  }
  return key;
}

const sign = (body: string, key: string) => createHmac('sha256', cursorKey(key)).update(CONTEXT + body).digest();

/**
 * @example encodeCursor({ scope: 'byTenant|tenant#acme|', after: { pk: 'interview#1' } }, config.linkKey) // 'eyJ….Xk3…'
 */
export function encodeCursor(payload: CursorPayload, key: string): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${sign(body, key).toString('base64url')}`;
}

/** The cursor's position, if it was signed with `key` and issued for `scope`; else a `ValidationError` on `cursor`. */
export function decodeCursor(cursor: string, scope: string, key: string): Record<string, string> {
  const [body, signature, ...rest] = cursor.split('.');
  if (!body || !signature || rest.length) throw NOT_OURS();
  const given = Buffer.from(signature, 'base64url');
  const expected = sign(body, key);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw NOT_OURS();
  try {
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<CursorPayload>;
    const after = payload.after;
    if (payload.scope === scope && after && typeof after === 'object' && Object.values(after).every((v) => typeof v === 'string')) {
      return after;
    }
  } catch {
    // falls through: not ours
  }
  throw NOT_OURS();
}
