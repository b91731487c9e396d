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

/** One company calendar's public holidays, loaded a year at a time, always a contiguous range. */
export interface HolidayCalendar {
  code: CalendarCode;
  /** Holiday names by day number, for the days in [from, to). */
  names: Map<number, string>;
  from: number;
  to: number;
}

const calendars = new Map<string, HolidayCalendar>();
const knownCalendars = new Map<string, boolean>();
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
  const key = `${code.country ?? ''}|${code.region ?? ''}`;
  let known = knownCalendars.get(key);
  if (known === undefined) {
    known = lookUpCalendar(code);
    knownCalendars.set(key, known);
  }
  return known;
}

function lookUpCalendar(code: CalendarCode): boolean {
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

function loadYear(calendar: HolidayCalendar, year: number): void {
  const { code } = calendar;
  const national = code.region ? publicHolidays({ country: code.country }, year) : undefined;
  for (const [day, name] of publicHolidays(code, year)) {
    // "(US)" for a national holiday, "(US-CA)" for one only the region keeps.
    const where = national?.get(day) === name ? code.country : calendarKey(code);
    calendar.names.set(day, `${name} (${where})`);
  }
}

/**
 * The calendar for a country and region, shared by every plan that uses it.
 * @example holidayCalendar({ country: 'US', region: 'CA' })
 */
export function holidayCalendar(code: CalendarCode): HolidayCalendar {
  const key = calendarKey(code);
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = { code, names: new Map(), from: 0, to: 0 };
    calendars.set(key, calendar);
  }
  return calendar;
}

/** Loads whole years until `day` is covered, keeping the loaded range contiguous. */
function cover(calendar: HolidayCalendar, day: number): void {
  const year = yearOfDay(day);
  if (calendar.from === calendar.to) {
    loadYear(calendar, year);
    calendar.from = dayOf(`${year}-01-01`);
    calendar.to = dayOf(`${year + 1}-01-01`);
  }
  while (day < calendar.from) {
    const previous = yearOfDay(calendar.from) - 1;
    loadYear(calendar, previous);
    calendar.from = dayOf(`${previous}-01-01`);
  }
  while (day >= calendar.to) {
    loadYear(calendar, yearOfDay(calendar.to));
    calendar.to = dayOf(`${yearOfDay(calendar.to) + 1}-01-01`);
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
