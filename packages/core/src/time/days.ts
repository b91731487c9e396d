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

// Formatting through Date objects dominated the planner's profile; plans touch few distinct
// days and due times, so their texts are kept.
const isoDates = new Map<number, string>();
const labels = new Map<number, string>();

/** The text for `key` from `cache`, made once; the cache is emptied when it grows past 50,000. */
export function remember(cache: Map<number, string>, key: number, make: (key: number) => string): string {
  let text = cache.get(key);
  if (text === undefined) {
    if (cache.size > 50_000) cache.clear();
    text = make(key);
    cache.set(key, text);
  }
  return text;
}

/**
 * @example isoDateOf(20108) // '2025-01-20'
 */
export function isoDateOf(day: number): string {
  return remember(isoDates, day, (d) => new Date(d * DAY_MS).toISOString().slice(0, 10));
}

/** `hh:mm:ss` of a millisecond count within a day. */
function timeOfDay(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}`;
}

/**
 * `YYYY-MM-DDThh:mm:ss` of a wall time or instant (milliseconds dropped).
 * @example isoDateTime(Date.parse('2025-01-21T14:00:00Z')) // '2025-01-21T14:00:00'
 */
export function isoDateTime(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  return `${isoDateOf(day)}T${timeOfDay(ms - day * DAY_MS)}`;
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
  return remember(labels, day, (n) => {
    const d = new Date(n * DAY_MS);
    return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  });
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
