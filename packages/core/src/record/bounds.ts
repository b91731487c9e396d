/**
 * issue 11 "Bounded dates, everywhere": the range of dates a real interview can have, checked
 * at the door by the interview service (REST, webhooks, action forms) before anything is
 * planned or stored. Each check is pure, takes `now` (UTC ms, from the Clock port), and returns
 * every offending field; an empty list means the dates are admissible.
 *
 *            now − 3 y ─────────── now ─────────── now + 3 y          the interview
 *   interview − 2 y ───────── interview ───────── interview + 2 y     every other date of it
 *         clock − 10 y ──────── clock ──────── clock + 10 y           a query's `now`
 *
 * "Within N years" is inclusive and calendar-based: 2025-01-14 ± 2 years is 2023-01-14 to
 * 2027-01-14 (29 February steps to 1 March). A local date is compared with the interview's
 * local date as written in `interview.startsAt`.
 */
import type { FieldError } from '../errors/index.ts';
import type { LifecycleEvent } from '../lifecycle/types.ts';
import type { InterviewRecord } from './record.ts';

/** The interview itself: within this many years of now. */
export const INTERVIEW_WITHIN_YEARS = 3;
/** Every other date of an interview (decision, snooze, sent, a move): within this many years of it. */
export const DATES_WITHIN_YEARS_OF_INTERVIEW = 2;
/** A query's `now` (plan previews): within this many years of the real clock. */
export const NOW_WITHIN_YEARS = 10;

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** UTC ms of `ms` moved by whole calendar years. */
function shiftYears(ms: number, years: number): number {
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.getTime();
}

/** Whether `ms` lies within `years` calendar years of `anchor`, either side; NaN never does. */
function within(ms: number, anchor: number, years: number): boolean {
  return ms >= shiftYears(anchor, -years) && ms <= shiftYears(anchor, years);
}

/** A `YYYY-MM-DD` date as UTC ms of its midnight, or NaN for anything else. */
function localDateMs(text: string): number {
  return LOCAL_DATE.test(text) ? Date.parse(`${text}T00:00:00Z`) : NaN;
}

/** The interview's own local date (as written in `startsAt`), as UTC ms of its midnight. */
function interviewDateMs(record: InterviewRecord): number {
  return localDateMs(record.interview.startsAt.slice(0, 10));
}

const NEAR_INTERVIEW = `must be within ${DATES_WITHIN_YEARS_OF_INTERVIEW} years of the interview`;

function checkInstantNearInterview(errors: FieldError[], path: string, value: string | undefined, record: InterviewRecord): void {
  if (value !== undefined && !within(Date.parse(value), Date.parse(record.interview.startsAt), DATES_WITHIN_YEARS_OF_INTERVIEW)) {
    errors.push({ path, message: NEAR_INTERVIEW });
  }
}

function checkDateNearInterview(errors: FieldError[], path: string, value: string | undefined, record: InterviewRecord): void {
  if (value !== undefined && !within(localDateMs(value), interviewDateMs(record), DATES_WITHIN_YEARS_OF_INTERVIEW)) {
    errors.push({ path, message: NEAR_INTERVIEW });
  }
}

/**
 * The dates of an interview record a real interview can have: the interview within 3 years of
 * `now`; its end and the promised decision date within 2 years of it.
 * @example checkRecordDates(parseRecord({ ...body, decisionExpectedBy: '9999-12-31' }), clock.now())
 * // [{ path: 'decisionExpectedBy', message: 'must be within 2 years of the interview' }]
 */
export function checkRecordDates(record: InterviewRecord, now: number): FieldError[] {
  const errors: FieldError[] = [];
  if (!within(Date.parse(record.interview.startsAt), now, INTERVIEW_WITHIN_YEARS)) {
    errors.push({ path: 'interview.startsAt', message: `must be within ${INTERVIEW_WITHIN_YEARS} years of now` });
  }
  checkInstantNearInterview(errors, 'interview.endsAt', record.interview.endsAt, record);
  checkDateNearInterview(errors, 'decisionExpectedBy', record.decisionExpectedBy, record);
  return errors;
}

/**
 * The dates an event carries, against the interview it applies to: a snooze's `until`, a sent
 * draft's `on`, a reply's `decisionExpectedBy`, and a move's `startsAt`/`endsAt`, each within
 * 2 years of the interview (as recorded before the event). Paths are the event's own fields.
 * @example checkEventDates({ type: 'snooze', kind: 'follow_up_1', until: '9999-12-31' }, record, clock.now())
 * // [{ path: 'until', message: 'must be within 2 years of the interview' }]
 */
export function checkEventDates(event: LifecycleEvent, record: InterviewRecord, now: number): FieldError[] {
  const errors: FieldError[] = [];
  switch (event.type) {
    case 'snooze':
      checkDateNearInterview(errors, 'until', event.until, record);
      break;
    case 'sent':
      checkDateNearInterview(errors, 'on', event.on, record);
      break;
    case 'reply':
      checkDateNearInterview(errors, 'decisionExpectedBy', event.decisionExpectedBy, record);
      break;
    case 'interview_moved':
      checkInstantNearInterview(errors, 'startsAt', event.startsAt, record);
      checkInstantNearInterview(errors, 'endsAt', event.endsAt, record);
      // The moved interview must itself stay plannable from today.
      if (!errors.length && !within(Date.parse(event.startsAt), now, INTERVIEW_WITHIN_YEARS)) {
        errors.push({ path: 'startsAt', message: `must be within ${INTERVIEW_WITHIN_YEARS} years of now` });
      }
      break;
  }
  return errors;
}

/**
 * A query's `now` (`POST /v1/plans/preview?now=…`): within 10 years of the real clock.
 * @example checkNow(Date.parse('9999-12-31T23:59:59Z'), clock.now())
 * // [{ path: 'now', message: 'must be within 10 years of the current time' }]
 */
export function checkNow(now: number, clock: number): FieldError[] {
  return within(now, clock, NOW_WITHIN_YEARS) ? [] : [{ path: 'now', message: `must be within ${NOW_WITHIN_YEARS} years of the current time` }];
}
