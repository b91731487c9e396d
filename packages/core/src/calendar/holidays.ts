/**
 * Public holidays of a company calendar (country + optional region), from `date-holidays`.
 *
 * Asking `date-holidays` about one day costs about half a millisecond, so each calendar's
 * holidays are read once per year into a map from day number to name, and every later
 * question is one map look-up.
 */
import Holidays from 'date-holidays';
import { dayOf, yearOfDay } from '../time/days.ts';

/** ISO 3166 codes; with no country, only weekends are days off. */
export interface CalendarCode {
  country?: string;
  region?: string;
}

interface CalendarYears {
  loaded: Set<number>;
  names: Map<number, string>;
}

const calendars = new Map<string, CalendarYears>();
let catalogue: Holidays | undefined;

function reader(): Holidays {
  catalogue ??= new Holidays();
  return catalogue;
}

/**
 * Whether `date-holidays` knows this country (and region, when given).
 * @example isKnownCalendar({ country: 'GB', region: 'SCT' }) // true
 */
export function isKnownCalendar(code: CalendarCode): boolean {
  if (!code.country) return code.region === undefined;
  const countries = reader().getCountries('en');
  if (!countries[code.country]) return false;
  if (!code.region) return true;
  return Boolean(reader().getStates(code.country, 'en')?.[code.region]);
}

export function calendarKey(code: CalendarCode): string {
  return code.country ? (code.region ? `${code.country}-${code.region}` : code.country) : '';
}

function publicHolidays(code: CalendarCode, year: number): Map<number, string> {
  const days = new Map<number, string>();
  if (!code.country) return days;
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

function load(code: CalendarCode, year: number): CalendarYears {
  const key = calendarKey(code);
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = { loaded: new Set(), names: new Map() };
    calendars.set(key, calendar);
  }
  if (!calendar.loaded.has(year)) {
    calendar.loaded.add(year);
    const national = code.region ? publicHolidays({ country: code.country }, year) : undefined;
    for (const [day, name] of publicHolidays(code, year)) {
      // "(US)" for a national holiday, "(US-CA)" for one only the region keeps.
      const where = national?.get(day) === name ? code.country : key;
      calendar.names.set(day, `${name} (${where})`);
    }
  }
  return calendar;
}

/**
 * The public holiday on a local date, named with where it is kept, or undefined.
 * @example holidayOn({ country: 'US' }, dayOf('2025-01-20')) // 'Martin Luther King Jr. Day (US)'
 */
export function holidayOn(code: CalendarCode, day: number): string | undefined {
  if (!code.country) return undefined;
  return load(code, yearOfDay(day)).names.get(day);
}
