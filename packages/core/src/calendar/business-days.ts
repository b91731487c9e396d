/**
 * POLICY "Business day": Monday to Friday, not a public holiday of the company calendar, and
 * not a day the company has closed.
 */
import { closureOn, type ClosedDays } from '../company/closures.ts';
import { ValidationError } from '../errors/index.ts';
import { assertPlannableDay } from '../time/date-range.ts';
import { isoDateOf, isWeekend } from '../time/days.ts';
import { holidayOn, type HolidayCalendar } from './holidays.ts';

export interface DayOff {
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** The holiday with where it is kept, or `weekend`. */
  name: string;
}

/**
 * The most days off in a row the search passes over: no calendar closes for longer than a
 * year, so a longer run means broken data, and the search stops instead of running on.
 */
export const MAX_DAYS_OFF_IN_A_ROW = 400;

const NO_CLOSURES: readonly ClosedDays[] = [];

/**
 * Why a day is not a business day, or undefined when it is one. A closure names the day first,
 * then a holiday, even on a weekend: they say more. Throws a ValidationError for a day outside
 * the plannable dates.
 * @example dayOffReason(holidayCalendar({ country: 'US' }), dayOf('2025-01-20')) // 'Martin Luther King Jr. Day (US)'
 */
export function dayOffReason(calendar: HolidayCalendar, day: number, closed: readonly ClosedDays[] = NO_CLOSURES): string | undefined {
  assertPlannableDay(day, 'date');
  return (closed.length ? closureOn(closed, day) : undefined) ?? holidayOn(calendar, day) ?? (isWeekend(day) ? 'weekend' : undefined);
}

/**
 * The first business day on or after `day`, and every day passed over on the way.
 * @example firstBusinessDay(holidayCalendar({ country: 'US' }), dayOf('2025-01-18')) // { day: Tue 21 Jan, skipped: Sat, Sun, MLK Day }
 */
export function firstBusinessDay(calendar: HolidayCalendar, day: number, closed: readonly ClosedDays[] = NO_CLOSURES): { day: number; skipped: DayOff[] } {
  const skipped: DayOff[] = [];
  for (let reason = dayOffReason(calendar, day, closed); reason; reason = dayOffReason(calendar, day, closed)) {
    if (skipped.length === MAX_DAYS_OFF_IN_A_ROW) {
      throw new ValidationError([{ path: 'date', message: `has no business day within ${MAX_DAYS_OFF_IN_A_ROW} days of ${skipped[0]!.date}` }]);
    }
    skipped.push({ date: isoDateOf(day), name: reason });
    day++;
  }
  return { day, skipped };
}

/**
 * The first business day on or after `day`, without listing the days passed over: for a caller
 * that only compares days (no arrays made).
 * @example nextBusinessDay(holidayCalendar({ country: 'US' }), dayOf('2025-01-18')) // Tue 21 Jan
 */
export function nextBusinessDay(calendar: HolidayCalendar, day: number, closed: readonly ClosedDays[] = NO_CLOSURES): number {
  for (let passed = 0; dayOffReason(calendar, day, closed); passed++, day++) {
    if (passed === MAX_DAYS_OFF_IN_A_ROW) return firstBusinessDay(calendar, day - passed, closed).day; // throws, naming the first day
  }
  return day;
}
