/**
 * Local calendar dates as whole numbers: days since 1970-01-01. Adding days is addition,
 * the weekday is a remainder, and nothing depends on the machine's own time zone.
 */
import { NumberTexts } from './remember.ts';
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
 * The day number of a proleptic Gregorian date, by arithmetic (H. Hinnant, "chrono-compatible
 * low-level date algorithms", days_from_civil): several times faster than `Date.UTC`, and right
 * for years 0–99 too, which `Date.UTC` reads as 1900–1999.
 */
function daysFromCivil(year: number, month: number, date: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + date - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
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
  return daysFromCivil(year, month, date);
}

const two = (text: string, i: number) => digit(text, i) * 10 + digit(text, i + 1);

/**
 * The UTC ms of an instant, as `Date.parse` gives it. Records carry instants written
 * `YYYY-MM-DDThh:mm[:ss[.sss]]` with `Z` or `±hh:mm` (`record.ts`); those are read by position,
 * at a tenth of what `Date.parse` costs (every plan reads two). Any other shape, or any doubt
 * (hour 24, a two-digit year, six fraction digits), is left to `Date.parse`.
 * @example instantOf('2025-01-13T10:00:00-05:00') // 1736780400000
 */
export function instantOf(iso: string): number {
  const n = iso.length;
  if (n < 17 || iso[4] !== '-' || iso[7] !== '-' || iso[10] !== 'T' || iso[13] !== ':') return Date.parse(iso);
  let i = 16;
  let seconds = 0;
  let ms = 0;
  if (iso[i] === ':') {
    seconds = two(iso, 17);
    i = 19;
    if (iso[i] === '.') {
      ms = digit(iso, 20) * 100 + two(iso, 21);
      i = 23;
    }
  }
  let offset = 0;
  if (iso[i] === '+' || iso[i] === '-') {
    if (n !== i + 6 || iso[i + 3] !== ':') return Date.parse(iso);
    const hours = two(iso, i + 1);
    const minutes = two(iso, i + 4);
    if (!(hours <= 23 && minutes <= 59)) return Date.parse(iso);
    offset = (iso[i] === '-' ? -1 : 1) * (hours * 60 + minutes);
  } else if (!(iso[i] === 'Z' && n === i + 1)) return Date.parse(iso);
  const year = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + two(iso, 2);
  const month = two(iso, 5);
  const date = two(iso, 8);
  const hour = two(iso, 11);
  const minute = two(iso, 14);
  // Written so that a NaN (a non-digit) fails every test.
  const valid = year >= 100 && month >= 1 && month <= 12 && date >= 1 && date <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && seconds <= 59 && ms >= 0;
  if (!valid) return Date.parse(iso);
  return daysFromCivil(year, month, date) * DAY_MS + ((hour * 60 + minute - offset) * 60 + seconds) * 1000 + ms;
}

/**
 * Days whose texts are kept in arrays: this century's, where plans fall (300 KB each). Other
 * plannable days (1970–2199, `date-range.ts`) are kept in a Map.
 */
const FIRST_TABLE_DAY = Date.UTC(2000, 0, 1) / DAY_MS;
const LAST_TABLE_DAY = Date.UTC(2100, 0, 1) / DAY_MS - 1;

const isoDates = new NumberTexts(FIRST_TABLE_DAY, LAST_TABLE_DAY, (d) => new Date(d * DAY_MS).toISOString().slice(0, 10));
const labels = new NumberTexts(FIRST_TABLE_DAY, LAST_TABLE_DAY, (n) => {
  const d = new Date(n * DAY_MS);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
});

/**
 * `YYYY-MM-DD` of a day number. Only four-digit years are written: a day before 0000-01-01 or
 * after 9999-12-31 (which `toISOString` would write `+010000-01-01`) is a RangeError.
 * @example isoDateOf(20108) // '2025-01-20'
 */
export function isoDateOf(day: number): string {
  if (!(day >= FIRST_FOUR_DIGIT_DAY && day <= LAST_FOUR_DIGIT_DAY)) throw new RangeError(`day ${day} has no four-digit year`);
  return isoDates.get(day);
}

/** `hh:mm:ss` by second of the day: due times share a few clock times, so each text is made once. */
const times = new NumberTexts(0, 86_399, (seconds) => `${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}`);

/** `hh:mm:ss` of a millisecond count within a day. */
function timeOfDay(ms: number): string {
  return times.get(Math.floor(ms / 1000));
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
  return labels.get(day);
}

/** Two digits, for clock times and offsets. */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const clocks = new NumberTexts(0, 1439, (minute) => `${pad2(Math.floor(minute / 60))}:${pad2(minute % 60)}`);

/** `09:00` for a minute of the day. */
export function clockLabel(minuteOfDay: number): string {
  return clocks.get(minuteOfDay);
}

/** `"09:30"` → 570. */
export function minuteOfDay(hhmm: string): number {
  return two(hhmm, 0) * 60 + two(hhmm, 3);
}

export function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}
