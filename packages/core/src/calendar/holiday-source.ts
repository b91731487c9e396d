/**
 * Public holidays straight from `date-holidays`: the source of the generated table
 * (`holiday-table.ts`, `npm run generate:holidays`) and the fallback for years outside it.
 *
 * `date-holidays` (with moment-timezone and astronomia, ~1.4 MB bundled) is required lazily and
 * synchronously, so no Lambda bundle carries it; a function that meets a year outside the table
 * loads it from node_modules (SST `nodejs.install`, infra/stage.ts).
 */
import { createRequire } from 'node:module';
import type HolidaysClass from 'date-holidays';
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

function publicHolidays(code: CalendarCode, year: number): Map<number, string> {
  const days = new Map<number, string>();
  if (!code.country) return days;
  const Holidays = library();
  const source = code.region
    ? new Holidays(code.country, code.region, { languages: ['en'], types: ['public'] })
    : new Holidays(code.country, { languages: ['en'], types: ['public'] });
  for (const holiday of source.getHolidays(year, 'en')) {
    if (holiday.type !== 'public') continue;
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
