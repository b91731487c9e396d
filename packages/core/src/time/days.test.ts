import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, instantOf, isoDateOf, isoDateTime } from './days.ts';

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

describe('instants read by position', () => {
  it('agrees with Date.parse on the shapes records carry', () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    const instant = fc
      .record({
        ms: fc.integer({ min: Date.parse('0100-01-01T00:00:00Z'), max: Date.parse('9999-12-30T00:00:00Z') }),
        offset: fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
        seconds: fc.constantFrom('none', 'whole', 'millis'),
        zulu: fc.boolean(),
      })
      .map(({ ms, offset, seconds, zulu }) => {
        const shown = new Date(ms + (zulu ? 0 : offset) * 60_000).toISOString();
        const clock = seconds === 'none' ? shown.slice(0, 16) : seconds === 'whole' ? shown.slice(0, 19) : shown.slice(0, 23);
        const abs = Math.abs(offset);
        return `${clock}${zulu ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`}`;
      });
    fc.assert(fc.property(instant, (text) => Object.is(instantOf(text), Date.parse(text))), { numRuns: 5_000 });
  });

  it('leaves every other shape, and every doubtful value, to Date.parse', () => {
    for (const text of [
      '2025-01-13T24:00:00Z', '2025-01-13T10:60:00Z', '2025-01-13T10:00:60Z', '2025-02-29T10:00:00Z', '2025-01-13T10:00:00.5Z',
      '2025-01-13T10:00:00.123456Z', '2025-01-13T10:00:00+0500', '2025-01-13T10:00:00+05', '2025-01-13T10:00:00+24:00', '0099-01-13T10:00:00Z',
      '2025-01-13 10:00:00Z', '2025-01-13T10:00:00', '2025-01-13T10:00:00Zx', '+010000-01-01T00:00:00Z', '2025-01-13T1a:00:00Z', 'not a date',
    ]) {
      expect([text, instantOf(text)]).toEqual([text, Date.parse(text)]);
    }
  });
});
