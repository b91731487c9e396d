/**
 * Local calendar dates as whole numbers: days since 1970-01-01. Adding days is addition,
 * the weekday is a remainder, and nothing depends on the machine's own time zone.
 */
import { DAY_MS, pad2 } from './zone.ts';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: number): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

/**
 * @example dayOf('2025-01-20') // 20108
 */
export function dayOf(isoDate: string): number {
  return Date.UTC(+isoDate.slice(0, 4), +isoDate.slice(5, 7) - 1, +isoDate.slice(8, 10)) / DAY_MS;
}

/**
 * @example isoDateOf(20108) // '2025-01-20'
 */
export function isoDateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The day a wall time (written as if UTC) falls on. */
export function dayOfWall(wallMs: number): number {
  return Math.floor(wallMs / DAY_MS);
}

/**
 * How a reason names a day.
 * @example dayLabel(20108) // 'Mon 20 Jan'
 */
export function dayLabel(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

/** `09:00` for a minute of the day. */
export function clockLabel(minuteOfDay: number): string {
  return `${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}`;
}

/** `"09:30"` → 570. */
export function minuteOfDay(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

export function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}
