/**
 * Everything the planner needs to know about where and when a candidate lives: their zone,
 * the company calendar whose holidays are skipped, the send window, and `now`.
 */
import { holidayCalendar, type CalendarCode, type HolidayCalendar } from '../calendar/holidays.ts';
import type { InterviewRecord } from '../record/record.ts';
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

export function planContext(record: InterviewRecord, policy: FollowUpPolicy, now: number): PlanContext {
  return {
    zone: record.candidate.timeZone,
    calendar: holidayCalendar(companyCalendar(record)),
    windowStart: minuteOfDay(policy.sendWindow.start),
    windowEnd: minuteOfDay(policy.sendWindow.end),
    now,
    policy,
  };
}
