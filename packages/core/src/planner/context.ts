/**
 * Everything the planner needs to know about where and when a candidate lives: their zone,
 * the company calendar whose holidays are skipped, the send window, and `now`.
 */
import { holidayCalendar, type CalendarCode, type HolidayCalendar } from '../calendar/holidays.ts';
import type { InterviewRecord } from '../record/record.ts';
import { assertPlannableInstant, plannableDayOf } from '../time/date-range.ts';
import { minuteOfDay } from '../time/days.ts';
import type { FollowUpPolicy } from './policy.ts';

export interface PlanContext {
  zone: string;
  calendar: HolidayCalendar;
  /** Send window, minutes after local midnight: [start, end). */
  windowStart: number;
  windowEnd: number;
  /** UTC ms. */
  now: number;
  policy: FollowUpPolicy;
}

/**
 * POLICY: the company calendar is the company's country and region, defaulting to the candidate's.
 */
export function companyCalendar(record: InterviewRecord): CalendarCode {
  const { company, candidate } = record;
  if (company.country) return { country: company.country, region: company.region };
  return { country: candidate.country, region: candidate.country ? candidate.region : undefined };
}

/**
 * The planner's own guard, for a caller that skipped the service's bounds (`record-bounds.ts`):
 * every date it is given lies within the plannable years, so no plan loads holidays or zone
 * offsets for year 9000, nor writes a due time in year 10000. A ValidationError names the field.
 */
function assertPlannable(record: InterviewRecord, now: number): void {
  assertPlannableInstant(now, 'now');
  assertPlannableInstant(Date.parse(record.interview.startsAt), 'interview.startsAt');
  assertPlannableInstant(Date.parse(record.interview.endsAt), 'interview.endsAt');
  if (record.decisionExpectedBy) plannableDayOf(record.decisionExpectedBy, 'decisionExpectedBy');
}

export function planContext(record: InterviewRecord, policy: FollowUpPolicy, now: number): PlanContext {
  assertPlannable(record, now);
  return {
    zone: record.candidate.timeZone,
    calendar: holidayCalendar(companyCalendar(record)),
    windowStart: minuteOfDay(policy.sendWindow.start),
    windowEnd: minuteOfDay(policy.sendWindow.end),
    now,
    policy,
  };
}
