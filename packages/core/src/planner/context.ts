/**
 * Everything the planner needs to know about where and when a candidate lives: their zone,
 * the company calendar whose holidays and closures are skipped, the send window, `now`, and
 * the tenant's settings that made the policy (so reasons can name them).
 */
import type { DayOff } from '../calendar/business-days.ts';
import { holidayCalendar, type CalendarCode, type HolidayCalendar } from '../calendar/holidays.ts';
import { companyClosedDays, type ClosedDays, type CompanyClosures } from '../company/closures.ts';
import type { InterviewRecord } from '../record/record.ts';
import { assertPlannableInstant, plannableDayOf } from '../time/date-range.ts';
import { instantOf, minuteOfDay } from '../time/days.ts';
import { zoneClock, type ZoneClock } from '../time/zone.ts';
import { policySource, resolvePolicy, type FollowUpPolicy, type PolicyOverrides } from './policy.ts';

/** What a tenant's settings bring to every plan of theirs (`settings/`). */
export interface TenantPlanning {
  /** The tenant's own defaults for POLICY's numbers. */
  policy?: PolicyOverrides;
  /** The company calendar when the record's company names no country (else the candidate's). */
  calendar?: CalendarCode;
  /** The tenant's closures by company. */
  closures?: CompanyClosures;
}

export interface PlanContext {
  zone: string;
  /** The zone's offsets, kept so hot paths need not look the zone up by name. */
  clock: ZoneClock;
  /** The record the context was made for, and its interview's start and end (UTC ms), read once. */
  record: InterviewRecord;
  startedAt: number;
  endedAt: number;
  calendar: HolidayCalendar;
  /** The company's closures: skipped like holidays. */
  closed: readonly ClosedDays[];
  /** Said after a holiday's name when the tenant's calendar setting chose the calendar. */
  calendarNote: string;
  /** Said after a due time at the window's start when a setting moved that start. */
  windowNote: string;
  /** Says which setting set a number, for the reasons: '' for POLICY's default. */
  setBy(key: keyof FollowUpPolicy, member?: string): string;
  /** Send window, minutes after local midnight: [start, end). */
  windowStart: number;
  windowEnd: number;
  /** UTC ms. */
  now: number;
  policy: FollowUpPolicy;
  /** `now` snapped into a send window, with its reason: made on first need (`notInPast`), the same for every milestone. */
  fromNow: { at: number; skippedDays: DayOff[]; reason: string } | undefined;
}

/**
 * POLICY: the company calendar is the company's country and region, defaulting to the tenant's
 * calendar setting, then to the candidate's.
 */
export function companyCalendar(record: InterviewRecord, tenant?: CalendarCode): CalendarCode {
  const { company, candidate } = record;
  if (company.country) return { country: company.country, region: company.region };
  if (tenant?.country) return tenant;
  return { country: candidate.country, region: candidate.country ? candidate.region : undefined };
}

const WHO = { default: '', tenant: "the tenant's", record: "the record's" } as const;

/**
 * The planner's own guard, for a caller that skipped the service's bounds (`record-bounds.ts`):
 * every date it is given lies within the plannable years, so no plan loads holidays or zone
 * offsets for year 9000, nor writes a due time in year 10000. A ValidationError names the field.
 */
function assertPlannable(record: InterviewRecord, now: number, startedAt: number, endedAt: number): void {
  assertPlannableInstant(now, 'now');
  assertPlannableInstant(startedAt, 'interview.startsAt');
  assertPlannableInstant(endedAt, 'interview.endsAt');
  if (record.decisionExpectedBy) plannableDayOf(record.decisionExpectedBy, 'decisionExpectedBy');
}

const NO_CLOSURES: readonly ClosedDays[] = [];

interface Context extends PlanContext {
  overrides: PolicyOverrides | undefined;
}

/** One function for every context (called as `ctx.setBy(…)`), not a closure made for every plan. */
function setBy(this: Context, key: keyof FollowUpPolicy, member?: string): string {
  // Most records have neither settings nor preferences: every number is POLICY's.
  if (!this.overrides && !this.record.preferences) return WHO.default;
  return WHO[policySource(this.record, this.overrides, key, member)];
}

/**
 * @example planContext(record, { now: Date.now(), policy: { sendWindow: { start: '10:00', end: '16:00' } } })
 */
export function planContext(record: InterviewRecord, options: TenantPlanning & { now: number }): PlanContext {
  const { now, policy: overrides } = options;
  const startedAt = instantOf(record.interview.startsAt);
  const endedAt = instantOf(record.interview.endsAt);
  assertPlannable(record, now, startedAt, endedAt);
  const clock = zoneClock(record.candidate.timeZone);
  const policy = resolvePolicy(record, overrides);
  const tenantCalendar = !record.company.country && options.calendar?.country ? options.calendar : undefined;
  const windowBy = WHO[policySource(record, overrides, 'sendWindow')];
  const ctx: Context = {
    zone: clock.zone,
    clock,
    record,
    startedAt,
    endedAt,
    calendar: holidayCalendar(companyCalendar(record, tenantCalendar)),
    closed: record.company.closures || options.closures?.size ? companyClosedDays(record.company, options.closures) : NO_CLOSURES,
    calendarNote: tenantCalendar ? ", the tenant's company calendar" : '',
    windowNote: windowBy ? ` (${windowBy} send window starts at ${policy.sendWindow.start})` : '',
    setBy,
    windowStart: minuteOfDay(policy.sendWindow.start),
    windowEnd: minuteOfDay(policy.sendWindow.end),
    now,
    policy,
    fromNow: undefined,
    overrides,
  };
  return ctx;
}
