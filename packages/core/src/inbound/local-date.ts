import { dayOfWall, isoDateOf } from '../time/days.ts';
import { utcToWall } from '../time/zone.ts';

/**
 * The day number (days since 1970-01-01) an instant falls on in `zone`.
 * @example localDayOf(Date.parse('2025-01-21T03:00:00Z'), 'America/New_York') // the day of 2025-01-20
 */
export function localDayOf(utcMs: number, zone: string): number {
  return dayOfWall(utcToWall(zone, utcMs));
}

/** @example localDateOf(Date.parse('2025-01-21T03:00:00Z'), 'America/New_York') // '2025-01-20' */
export function localDateOf(utcMs: number, zone: string): string {
  return isoDateOf(localDayOf(utcMs, zone));
}
