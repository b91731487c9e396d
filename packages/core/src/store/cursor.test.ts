import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';

const KEY = 'test-cursor-key-0123456789abcdef';
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).errors;
  }
  throw new Error('expected a ValidationError');
};
const NOT_OURS = [{ path: 'cursor', message: 'is not a cursor this listing issued' }];

describe('listing cursors', () => {
  const after = { pk: 'interview#1', tpk: 'tenant#acme', tsk: '2025-01-13T12:00:00.000Z#1' };
  const scope = 'byTenant|tenant#acme|';

  it('round-trips the position for the listing that issued it', () => {
    expect(decodeCursor(encodeCursor({ scope, after }, KEY), scope, KEY)).toEqual(after);
  });

  it('refuses a cursor from another listing or tenant, naming the cursor field', () => {
    const cursor = encodeCursor({ scope, after }, KEY);
    expect(refusal(() => decodeCursor(cursor, 'byTenant|tenant#globex|', KEY))).toEqual(NOT_OURS);
    expect(refusal(() => decodeCursor(cursor, 'byStatus|tenant#acme#status#active|', KEY))).toEqual(NOT_OURS);
  });

  it('refuses a hand-made, unsigned cursor (base64 JSON, as cursors used to be)', () => {
    const handMade = Buffer.from(JSON.stringify({ scope, after: { pk: 'x', tpk: 'tenant#acme', tsk: 'zzz' } })).toString('base64url');
    expect(refusal(() => decodeCursor(handMade, scope, KEY))).toEqual(NOT_OURS);
  });

  it('refuses a cursor whose position was altered, or that was signed with another key', () => {
    const [body, signature] = encodeCursor({ scope, after }, KEY).split('.');
    const altered = Buffer.from(JSON.stringify({ scope, after: { ...after, pk: 'interview#2' } })).toString('base64url');
    expect(refusal(() => decodeCursor(`${altered}.${signature}`, scope, KEY))).toEqual(NOT_OURS);
    expect(refusal(() => decodeCursor(encodeCursor({ scope, after }, 'another-key-0123456789abcdef'), scope, KEY))).toEqual(NOT_OURS);
    // A raw HMAC with the configured key is not enough either: the signing key is derived from it.
    const raw = createHmac('sha256', KEY).update(`followup cursor v1.${body}`).digest('base64url');
    expect(refusal(() => decodeCursor(`${body}.${raw}`, scope, KEY))).toEqual(NOT_OURS);
  });

  it('refuses garbage', () => {
    for (const garbage of ['%%%', '', '.', 'a.b.c', `${'A'.repeat(1999)}`]) expect(refusal(() => decodeCursor(garbage, scope, KEY))).toEqual(NOT_OURS);
  });
});
