import { describe, expect, it } from 'vitest';
import { fromAttribute, toAttribute } from './attribute-value.ts';

describe('attribute values', () => {
  it('turns JSON into attribute values and back, leaving out undefined fields as JSON does', () => {
    const value = { kind: 'thank_you', revision: 2, sent: false, note: null, skipped: [{ date: '2026-11-26' }], empty: {}, gone: undefined };
    const attribute = toAttribute(value);
    expect(attribute).toEqual({
      M: {
        kind: { S: 'thank_you' },
        revision: { N: '2' },
        sent: { BOOL: false },
        note: { NULL: true },
        skipped: { L: [{ M: { date: { S: '2026-11-26' } } }] },
        empty: { M: {} },
      },
    });
    expect(fromAttribute(attribute)).toEqual(JSON.parse(JSON.stringify(value)));
  });
});
