import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';

describe('listing cursors', () => {
  const after = { pk: 'interview#1', tpk: 'tenant#acme', tsk: '2025-01-13T12:00:00.000Z#1' };

  it('round-trips the position for the listing that issued it', () => {
    expect(decodeCursor(encodeCursor({ scope: 'byTenant|tenant#acme|', after }), 'byTenant|tenant#acme|')).toEqual(after);
  });

  it('refuses a cursor from another listing or tenant, naming the cursor field', () => {
    const cursor = encodeCursor({ scope: 'byTenant|tenant#acme|', after });
    expect(() => decodeCursor(cursor, 'byTenant|tenant#globex|')).toThrow(ValidationError);
    try {
      decodeCursor(cursor, 'byStatus|tenant#acme#status#active|');
    } catch (error) {
      expect((error as ValidationError).errors).toEqual([{ path: 'cursor', message: 'is not a cursor this listing issued' }]);
    }
  });

  it('refuses garbage and positions that are not all strings', () => {
    expect(() => decodeCursor('%%%', 's')).toThrow(ValidationError);
    expect(() => decodeCursor(Buffer.from('{"scope":"s","after":{"pk":{"S":"x"}}}').toString('base64url'), 's')).toThrow(ValidationError);
  });
});
