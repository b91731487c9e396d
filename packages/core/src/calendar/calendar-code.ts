/**
 * How a company calendar is named: ISO 3166 country and optional region. Its own file so the
 * table reader (`holidays.ts`) and the date-holidays reader (`holiday-source.ts`) both use it
 * while imports run one way (holidays → holiday-source → calendar-code).
 */

/** ISO 3166 codes; with no country, only weekends are days off. */
export interface CalendarCode {
  country?: string;
  region?: string;
}

/**
 * The table's key for a calendar: `US`, `US-CA`, or `''` for none.
 * @example calendarKey({ country: 'GB', region: 'SCT' }) // 'GB-SCT'
 */
export function calendarKey(code: CalendarCode): string {
  return code.country ? (code.region ? `${code.country}-${code.region}` : code.country) : '';
}
