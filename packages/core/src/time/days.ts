/**
 * Local calendar dates as whole numbers: days since 1970-01-01. Adding days is addition,
 * the weekday is a remainder, and nothing depends on the machine's own time zone.
 */
import { remember } from './remember.ts';
import { DAY_MS } from './units.ts';

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

export { remember } from './remember.ts';

/** Day numbers of 0000-01-01 and 9999-12-31: the dates ISO 8601 writes with four digits. */
const FIRST_FOUR_DIGIT_DAY = -719_528;
const LAST_FOUR_DIGIT_DAY = 2_932_896;

const digit = (text: string, i: number) => {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
};

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : MONTH_DAYS[month - 1]!;
}

/**
 * The day number of a date written `YYYY-MM-DD`; an instant's or a date-time's date part
 * (`…T10:00:00Z`, `… 00:00:00`) is read the same way. Anything else is a RangeError: a
 * five-digit year, a missing part, a 31 February.
 * @example dayOf('2025-01-20') // 20108
 */
export function dayOf(isoDate: string): number {
  const year = digit(isoDate, 0) * 1000 + digit(isoDate, 1) * 100 + digit(isoDate, 2) * 10 + digit(isoDate, 3);
  const month = digit(isoDate, 5) * 10 + digit(isoDate, 6);
  const date = digit(isoDate, 8) * 10 + digit(isoDate, 9);
  const next = isoDate[10];
  const shaped = isoDate[4] === '-' && isoDate[7] === '-' && (next === undefined || next === 'T' || next === ' ');
  if (!(shaped && month >= 1 && month <= 12 && date >= 1 && date <= daysInMonth(year, month))) {
    throw new RangeError(`not a date written YYYY-MM-DD: ${JSON.stringify(isoDate.slice(0, 40))}`);
  }
  if (year >= 100) return Date.UTC(year, month - 1, date) / DAY_MS;
  const at = new Date(Date.UTC(2000, month - 1, date));
  at.setUTCFullYear(year); // Date.UTC reads years 0–99 as 1900–1999
  return at.getTime() / DAY_MS;
}

const isoDates = new Map<number, string>();
const labels = new Map<number, string>();

/**
 * `YYYY-MM-DD` of a day number. Only four-digit years are written: a day before 0000-01-01 or
 * after 9999-12-31 (which `toISOString` would write `+010000-01-01`) is a RangeError.
 * @example isoDateOf(20108) // '2025-01-20'
 */
export function isoDateOf(day: number): string {
  if (!(day >= FIRST_FOUR_DIGIT_DAY && day <= LAST_FOUR_DIGIT_DAY)) throw new RangeError(`day ${day} has no four-digit year`);
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

/** Two digits, for clock times and offsets. */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
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
