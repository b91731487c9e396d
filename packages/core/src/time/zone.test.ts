import { describe, expect, it } from 'vitest';
import { isTimeZone, offsetAt, toLocalIso, wallToUtc, zoneAbbreviation } from './zone.ts';

const at = (iso: string) => Date.parse(iso);

describe('time zones', () => {
  it('knows IANA names and rejects the rest', () => {
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Base')).toBe(false);
    expect(isTimeZone('+05:00')).toBe(false);
  });

  it('finds the offset on both sides of the US spring change, to the minute', () => {
    expect(offsetAt('America/New_York', at('2025-03-09T06:59:00Z'))).toBe(-300);
    expect(offsetAt('America/New_York', at('2025-03-09T07:00:00Z'))).toBe(-240);
  });

  it('handles half-hour zones and zones without DST', () => {
    expect(offsetAt('Asia/Kolkata', at('2025-06-01T00:00:00Z'))).toBe(330);
    expect(toLocalIso('Asia/Kolkata', at('2025-06-01T03:30:00Z'))).toBe('2025-06-01T09:00:00+05:30');
    expect(offsetAt('Australia/Lord_Howe', at('2025-01-01T00:00:00Z'))).toBe(660);
  });

  it('turns a wall time into an instant, including in a spring-forward gap', () => {
    expect(wallToUtc('Europe/Berlin', at('2025-03-31T09:00:00Z'))).toBe(at('2025-03-31T07:00:00Z'));
    expect(wallToUtc('America/New_York', at('2025-03-09T02:30:00Z'))).toBe(at('2025-03-09T07:30:00Z'));
    expect(wallToUtc('America/New_York', at('2025-11-02T01:30:00Z'))).toBe(at('2025-11-02T05:30:00Z'));
  });

  it('crosses a year boundary in a zone ahead of UTC', () => {
    expect(toLocalIso('Pacific/Auckland', at('2025-12-31T20:00:00Z'))).toBe('2026-01-01T09:00:00+13:00');
  });

  it('names the zone as people write it', () => {
    expect(zoneAbbreviation('America/New_York', at('2025-07-01T12:00:00Z'))).toBe('EDT');
    expect(zoneAbbreviation('America/New_York', at('2025-01-01T12:00:00Z'))).toBe('EST');
  });
});
