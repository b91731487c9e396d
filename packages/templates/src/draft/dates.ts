/**
 * Dates as the candidate reads them: their locale (English, their country's conventions)
 * and their time zone, never the server's.
 */
import type { InterviewRecord } from '@followup/core/record';
import { dayOfWall, isoDateOf } from '@followup/core/time';
import { utcToWall } from '@followup/core/time';
import { dateFormat } from '../date-format.ts';

/** Drafts are written in English; the country only picks the date order (`en-GB`: "Tuesday 14 January"). */
export function localeOf(record: InterviewRecord): string {
  return `en-${record.candidate.country ?? 'US'}`;
}

/** The candidate's local calendar date of an instant, `YYYY-MM-DD`. */
export function localDate(record: InterviewRecord, utcMs: number): string {
  return isoDateOf(dayOfWall(utcToWall(record.candidate.timeZone, utcMs)));
}

/**
 * A day as a sentence names it; the year only when it is not the year of `now`.
 * @example dayInWords(record, Date.parse('2025-01-14T15:00:00Z')) // 'Tuesday, January 14' (en-US, New York)
 */
export function dayInWords(record: InterviewRecord, utcMs: number, now?: number): string {
  const sameYear = now === undefined || localDate(record, now).slice(0, 4) === localDate(record, utcMs).slice(0, 4);
  return dateFormat(localeOf(record), {
    timeZone: record.candidate.timeZone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(utcMs);
}

/** A local calendar date (`YYYY-MM-DD`, e.g. `decisionExpectedBy`) in words; noon UTC keeps it on its day. */
export function isoDateInWords(record: InterviewRecord, isoDate: string, now?: number): string {
  return dayInWords({ ...record, candidate: { ...record.candidate, timeZone: 'UTC' } }, Date.parse(`${isoDate}T12:00:00Z`), now);
}
