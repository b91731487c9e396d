import { describe, expect, it } from 'vitest';
import { dayOf, isoDateOf, isoDateTime } from './days.ts';

describe('days as numbers', () => {
  it('reads a date, an instant and a date-time by their date part', () => {
    expect(dayOf('2025-01-20')).toBe(20108);
    expect(dayOf('2025-01-20T23:30:00-05:00')).toBe(20108);
    expect(dayOf('2025-01-20 00:00:00')).toBe(20108);
    expect(dayOf('0099-03-01')).toBe(-683309); // not read as 1999
  });

  it('refuses a five-digit year instead of reading its first four digits', () => {
    expect(() => dayOf('10000-01-01')).toThrow(RangeError);
    expect(() => dayOf('+010000-01-01')).toThrow(RangeError);
  });

  it('refuses dates that do not exist or are not written YYYY-MM-DD', () => {
    for (const text of ['2025-02-29', '2025-13-01', '2025-1-01', '2025-01-20X', '']) expect(() => dayOf(text)).toThrow(RangeError);
    expect(dayOf('2024-02-29')).toBe(19782);
  });

  it('writes every date and instant with a four-digit year, and refuses year 10000', () => {
    expect(isoDateOf(dayOf('9999-12-31'))).toBe('9999-12-31');
    expect(isoDateOf(dayOf('0000-01-01'))).toBe('0000-01-01');
    expect(() => isoDateOf(dayOf('9999-12-31') + 1)).toThrow(RangeError);
    expect(() => isoDateTime(Date.parse('+010000-01-01T00:00:00Z'))).toThrow(RangeError);
    expect(isoDateTime(Date.parse('2025-01-21T14:00:00Z'))).toBe('2025-01-21T14:00:00');
  });
});
