/**
 * Public holidays of a company calendar (country + optional region).
 *
 * The years FIRST_YEAR..LAST_YEAR come from a table generated from `date-holidays`
 * (`holiday-table.ts`, ~90 KB packed for every known calendar); other years from
 * `date-holidays` itself, loaded only then (`holiday-source.ts`). Both give the same names.
 * Each calendar's holidays are read once per year into a map from day number to name, and
 * every later question is one map look-up.
 *
 * Only the year asked about is ever loaded (never the years between it and the last one), and
 * only plannable years (`time/date-range.ts`): a date in year 9000 is refused at once instead
 * of loading 7,000 years, so one question costs at most one year's load.
 */
import { brotliDecompressSync } from 'node:zlib';
import { assertPlannableDay } from '../time/date-range.ts';
import { dayOf, yearOfDay } from '../time/days.ts';
import { calendarKey, type CalendarCode } from './calendar-code.ts';
import { sourceYear } from './holiday-source.ts';
import { FIRST_YEAR, HOLIDAY_TABLE, LAST_YEAR } from './holiday-table.ts';

export { calendarKey, type CalendarCode } from './calendar-code.ts';

/** One company calendar's public holidays, loaded a year at a time. */
export interface HolidayCalendar {
  code: CalendarCode;
  /** Holiday names by day number, for every loaded year. */
  names: Map<number, string>;
  /** Loaded years that form one run, [from, to) in day numbers: the fast path's range. */
  from: number;
  to: number;
  /** Every loaded year, the run's and any far from it. */
  years: Set<number>;
}

/** By country code, then region code ('' for none). */
const calendars = new Map<string, Map<string, HolidayCalendar>>();
let table: Record<string, string> | undefined;
const tableYears = new Map<string, Map<number, string>[]>();

/** The generated table, inflated on first use. */
function unpacked(): Record<string, string> {
  table ??= JSON.parse(brotliDecompressSync(Buffer.from(HOLIDAY_TABLE, 'base64')).toString('utf8')) as Record<string, string>;
  return table;
}

/**
 * Whether this country (and region, when given) has a calendar.
 * @example isKnownCalendar({ country: 'GB', region: 'SCT' }) // true
 */
export function isKnownCalendar(code: CalendarCode): boolean {
  if (!code.country) return code.region === undefined;
  // The table holds every calendar date-holidays knows.
  return Object.hasOwn(unpacked(), calendarKey(code));
}

/** One table calendar's years: `names;year;year…`, a region's years as changes to its country's. */
function decode(key: string, base?: Map<number, string>[]): Map<number, string>[] {
  const [names, ...years] = unpacked()[key]!.split(';');
  const nameList = names!.split('|');
  return years.map((entries, y) => {
    const start = dayOf(`${FIRST_YEAR + y}-01-01`);
    const days = new Map(base?.[y]);
    for (const entry of entries ? entries.split(',') : []) {
      if (entry.startsWith('-')) days.delete(start + parseInt(entry.slice(1), 36));
      else {
        const dot = entry.indexOf('.');
        days.set(start + parseInt(entry.slice(0, dot), 36), nameList[parseInt(entry.slice(dot + 1), 36)]!);
      }
    }
    return days;
  });
}

function yearsOf(code: CalendarCode): Map<number, string>[] | undefined {
  const key = calendarKey(code);
  if (!Object.hasOwn(unpacked(), key)) return undefined;
  let years = tableYears.get(key);
  if (!years) {
    years = decode(key, code.region ? yearsOf({ country: code.country }) : undefined);
    tableYears.set(key, years);
  }
  return years;
}

function loadYear(calendar: HolidayCalendar, year: number): void {
  calendar.years.add(year);
  const days = (year >= FIRST_YEAR && year <= LAST_YEAR && yearsOf(calendar.code)?.[year - FIRST_YEAR]) || sourceYear(calendar.code, year);
  for (const [day, name] of days) calendar.names.set(day, name);
}

/**
 * The calendar for a country and region, shared by every plan that uses it.
 * @example holidayCalendar({ country: 'US', region: 'CA' })
 */
export function holidayCalendar(code: CalendarCode): HolidayCalendar {
  // By country, then region: every plan asks, and this builds no key string.
  let regions = calendars.get(code.country ?? '');
  if (!regions) calendars.set(code.country ?? '', (regions = new Map()));
  let calendar = regions.get(code.region ?? '');
  if (!calendar) {
    calendar = { code: { country: code.country, region: code.region }, names: new Map(), from: 0, to: 0, years: new Set() };
    regions.set(code.region ?? '', calendar);
  }
  return calendar;
}

/**
 * Loads the year of `day`, once. A year next to the run extends it; a far one is kept apart.
 * Bounded: at most one year's load per call, and only for plannable days.
 */
function cover(calendar: HolidayCalendar, day: number): void {
  assertPlannableDay(day, 'date');
  const year = yearOfDay(day);
  if (calendar.years.has(year)) return;
  loadYear(calendar, year);
  const start = dayOf(`${year}-01-01`);
  const end = dayOf(`${year + 1}-01-01`);
  if (calendar.from === calendar.to) {
    calendar.from = start;
    calendar.to = end;
  } else if (end === calendar.from || start === calendar.to) {
    // Join the run, then take in loaded years it now touches (at most every loaded year).
    calendar.from = Math.min(calendar.from, start);
    calendar.to = Math.max(calendar.to, end);
    while (calendar.years.has(yearOfDay(calendar.from) - 1)) calendar.from = dayOf(`${yearOfDay(calendar.from) - 1}-01-01`);
    while (calendar.years.has(yearOfDay(calendar.to))) calendar.to = dayOf(`${yearOfDay(calendar.to) + 1}-01-01`);
  }
}

/**
 * The public holiday on a local date, named with where it is kept, or undefined.
 * @example holidayOn(holidayCalendar({ country: 'US' }), dayOf('2025-01-20')) // 'Martin Luther King Jr. Day (US)'
 */
export function holidayOn(calendar: HolidayCalendar, day: number): string | undefined {
  if (!calendar.code.country) return undefined;
  if (day < calendar.from || day >= calendar.to) cover(calendar, day);
  return calendar.names.get(day);
}
