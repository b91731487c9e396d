/**
 * Days off straight from `date-holidays`: the source of the generated table
 * (`holiday-table.ts`, `npm run generate:holidays`) and the fallback for years outside it.
 *
 * `date-holidays` (with moment-timezone and astronomia, ~1.4 MB bundled) is required lazily and
 * synchronously, so no Lambda bundle carries it; a function that meets a year outside the table
 * loads it from node_modules (SST `nodejs.install`, infra/stage.ts).
 */
import { createRequire } from 'node:module';
import type HolidaysClass from 'date-holidays';
import type { HolidaysTypes } from 'date-holidays';
import { dayOf } from '../time/days.ts';
import { calendarKey, type CalendarCode } from './calendar-code.ts';

type Holidays = InstanceType<typeof HolidaysClass>;
let Library: typeof HolidaysClass | undefined;
let catalogue: Holidays | undefined;

function library(): typeof HolidaysClass {
  // A require esbuild leaves alone: resolved at run time, next to wherever this code runs.
  Library ??= createRequire(import.meta.url)('date-holidays') as typeof HolidaysClass;
  return Library;
}

function reader(): Holidays {
  catalogue ??= new (library())();
  return catalogue;
}

/** Every country `date-holidays` knows, with its regions (states). */
export function sourceCalendars(): CalendarCode[] {
  const codes: CalendarCode[] = [];
  for (const country of Object.keys(reader().getCountries('en'))) {
    codes.push({ country });
    for (const region of Object.keys(reader().getStates(country, 'en') ?? {})) codes.push({ country, region });
  }
  return codes;
}

/**
 * The date-holidays types that make a day off (calendar/README.md): `public` (law closes offices)
 * and `bank` (banks and offices close), with their substitute days. Not `optional`, `school` or
 * `observance`. A holiday that starts after midnight (Germany's 24 December from 14:00) leaves
 * the morning's send window open, so it does not count either.
 */
export const COUNTED_TYPES: readonly string[] = ['public', 'bank'];

/**
 * Whether a date-holidays holiday makes its day a day off.
 * @example countsAsDayOff({ type: 'bank', date: '2026-12-31 00:00:00' }) // true
 */
export function countsAsDayOff(holiday: { type: string; date: string }): boolean {
  return COUNTED_TYPES.includes(holiday.type) && holiday.date.slice(10, 19) === ' 00:00:00';
}

function publicHolidays(code: CalendarCode, year: number): Map<number, string> {
  const days = new Map<number, string>();
  if (!code.country) return days;
  const Holidays = library();
  const options = { languages: ['en'], types: [...COUNTED_TYPES] as HolidaysTypes.HolidayType[] };
  const source = code.region ? new Holidays(code.country, code.region, options) : new Holidays(code.country, options);
  for (const holiday of source.getHolidays(year, 'en')) {
    if (!countsAsDayOff(holiday)) continue;
    const first = dayOf(holiday.date);
    const length = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000));
    for (let day = first; day < first + length; day++) {
      const previous = days.get(day);
      days.set(day, previous && previous !== holiday.name ? `${previous} and ${holiday.name}` : holiday.name);
    }
  }
  return days;
}

/**
 * One calendar's public holidays of one year, named with where they are kept: "(US)" for a
 * national holiday, "(US-CA)" for one only the region keeps. Keys are day numbers.
 */
export function sourceYear(code: CalendarCode, year: number): Map<number, string> {
  const where = calendarKey(code);
  const national = code.region ? publicHolidays({ country: code.country }, year) : undefined;
  const named = new Map<number, string>();
  for (const [day, name] of publicHolidays(code, year)) {
    named.set(day, `${name} (${national?.get(day) === name ? code.country : where})`);
  }
  return named;
}
