/**
 * The dates the planner works with: 1970-01-01 to 2199-12-31.
 *
 * Holidays outside the generated table come from date-holidays a year at a time, and each zone's
 * offsets are read a year at a time; bounding the years bounds that work, and the memory it
 * keeps, whatever a record says. The bound is far wider than any real interview needs (the
 * service admits an interview within 3 years of now, its other dates within 2 years of it):
 * it is the planner's own guard for a caller that forgot to check.
 *
 *   year   1970 ════════ plannable ════════ 2199 │ 2200 … 9999 refused │ 10000 not ISO 8601 (+010000-…)
 */
import { ValidationError } from '../errors/index.ts';
import { dayOf } from './days.ts';
import { DAY_MS } from './units.ts';

export const FIRST_PLANNABLE_YEAR = 1970;
export const LAST_PLANNABLE_YEAR = 2199;
/** Day numbers (days since 1970-01-01) of the first and last plannable dates. */
export const FIRST_PLANNABLE_DAY = Date.UTC(FIRST_PLANNABLE_YEAR, 0, 1) / DAY_MS;
export const LAST_PLANNABLE_DAY = Date.UTC(LAST_PLANNABLE_YEAR + 1, 0, 1) / DAY_MS - 1;
/** How the bound reads in an error message. */
export const PLANNABLE_RANGE = `between ${FIRST_PLANNABLE_YEAR}-01-01 and ${LAST_PLANNABLE_YEAR}-12-31`;

/**
 * Whether a local date (day number) is one the planner works with.
 * @example isPlannableDay(dayOf('2026-03-02')) // true; dayOf('9999-12-31') → false
 */
export function isPlannableDay(day: number): boolean {
  return day >= FIRST_PLANNABLE_DAY && day <= LAST_PLANNABLE_DAY;
}

/**
 * Whether an instant (UTC ms) lies within the plannable dates, with a day's margin for any
 * zone's offset. NaN is not plannable.
 * @example isPlannableInstant(Date.parse('9999-12-31T23:59:59Z')) // false
 */
export function isPlannableInstant(utcMs: number): boolean {
  return utcMs >= (FIRST_PLANNABLE_DAY + 1) * DAY_MS && utcMs < LAST_PLANNABLE_DAY * DAY_MS;
}

/**
 * The planner's guard: a ValidationError naming `path` unless the day is plannable.
 * @example assertPlannableDay(dayOf('9999-12-31'), 'decisionExpectedBy') // throws: decisionExpectedBy: must be between 1970-01-01 and 2199-12-31
 */
export function assertPlannableDay(day: number, path: string): void {
  if (!isPlannableDay(day)) throw new ValidationError([{ path, message: `must be ${PLANNABLE_RANGE}` }]);
}

/**
 * The same guard for an instant (UTC ms).
 * @example assertPlannableInstant(Date.parse('9999-12-31T23:59:59Z'), 'now') // throws: now: must be between …
 */
export function assertPlannableInstant(utcMs: number, path: string): void {
  if (!isPlannableInstant(utcMs)) throw new ValidationError([{ path, message: `must be ${PLANNABLE_RANGE}` }]);
}

/**
 * The day number of a `YYYY-MM-DD` field, or a ValidationError naming it: for a date that is
 * not one (`10000-01-01`) as for one outside the plannable dates.
 * @example plannableDayOf('2025-01-24', 'decisionExpectedBy') // 20112
 */
export function plannableDayOf(isoDate: string, path: string): number {
  let day: number;
  try {
    day = dayOf(isoDate);
  } catch (cause) {
    throw new ValidationError([{ path, message: 'must be a real date written YYYY-MM-DD' }], { cause });
  }
  assertPlannableDay(day, path);
  return day;
}
