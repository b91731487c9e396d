/**
 * A straightforward reference for `plan()`, written from POLICY.md alone: Luxon for every
 * time-zone question and `date-holidays`' `isHoliday` for every candidate day, no tables, no
 * caches. The benchmark checks that it gives the same plans as `plan()` and how much slower it is.
 * Reasons are not reproduced: only kind, status, due time and the dates of skipped days.
 *
 * A tenant's settings are honoured as POLICY "Where the numbers come from" says: each number is
 * the record's preference, else the tenant's setting, else the default; the tenant's calendar
 * stands in for a company without a country; its closures and the record's are skipped like
 * holidays. Only `companyKey` (the key closures are stored under, shared with the settings API)
 * comes from the service's code; nothing of the planner's.
 */
import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { correctedYear, CORRECTIONS } from '../../../scripts/generate-holidays.ts';
import { countsAsDayOff, sourceYear } from '../src/calendar/holiday-source.ts';
import { companyKey } from '../src/company/name.ts';
import type { TenantPlanning } from '../src/planner/context.ts';
import type { InterviewRecord } from '../src/record/record.ts';

export interface ReferenceMilestone {
  kind: string;
  status: 'scheduled' | 'skipped';
  /** UTC ISO. */
  dueAt: string;
  /** Local dates passed over, YYYY-MM-DD. */
  skippedDays: string[];
  /** Those of them passed over because the company was closed (for the benchmark's count). */
  closedDays: string[];
}

/** Whether a local date is a public holiday of a calendar (`US`, `US-CA`). */
export type HolidayCheck = (calendar: string, isoDate: string) => boolean;

/** Years whose corrections are worked out before anything is timed: the benchmark's records are 2025–2027. */
const CORRECTED_YEARS = [2024, 2025, 2026, 2027, 2028, 2029];

/**
 * The generator's corrections (scripts/generate-holidays.ts: statutes and gazettes date-holidays
 * lacks) as days they add (true) or take away (false), by `calendar|YYYY-MM-DD`.
 */
function correctionOverlay(): Map<string, boolean> {
  const overlay = new Map<string, boolean>();
  for (const key of new Set(CORRECTIONS.map((c) => c.calendar))) {
    const [country, region] = key.split('-');
    const code = { country, region };
    for (const year of CORRECTED_YEARS) {
      const before = sourceYear(code, year);
      const after = correctedYear(code, year);
      for (const day of after.keys()) if (!before.has(day)) overlay.set(`${key}|${new Date(day * 86_400_000).toISOString().slice(0, 10)}`, true);
      for (const day of before.keys()) if (!after.has(day)) overlay.set(`${key}|${new Date(day * 86_400_000).toISOString().slice(0, 10)}`, false);
    }
  }
  return overlay;
}

/**
 * `isHoliday` of `date-holidays`, asked afresh for each day (one `Holidays` per calendar), with
 * the types that count as days off (calendar/README.md) and the generator's cited corrections.
 */
export function libraryHolidays(): HolidayCheck {
  const calendars = new Map<string, Holidays>();
  const overlay = correctionOverlay();
  return (calendar, isoDate) => {
    const corrected = overlay.get(`${calendar}|${isoDate}`);
    if (corrected !== undefined) return corrected;
    let holidays = calendars.get(calendar);
    if (!holidays) {
      const [country, region] = calendar.split('-');
      // Holidays are local dates: reading them in UTC makes "noon UTC of the date" fall inside one.
      holidays = region ? new Holidays(country!, region, { timezone: 'UTC' }) : new Holidays(country!, { timezone: 'UTC' });
      calendars.set(calendar, holidays);
    }
    const found = holidays.isHoliday(new Date(`${isoDate}T12:00:00Z`));
    return Array.isArray(found) && found.some(countsAsDayOff);
  };
}

/** The same answers, remembered: lets the equality check cover every record in a few seconds. */
export function memoized(check: HolidayCheck): HolidayCheck {
  const seen = new Map<string, boolean>();
  return (calendar, isoDate) => {
    const key = `${calendar}|${isoDate}`;
    let answer = seen.get(key);
    if (answer === undefined) seen.set(key, (answer = check(calendar, isoDate)));
    return answer;
  };
}

interface Due {
  at: DateTime;
  skipped: string[];
}

/** POLICY's numbers. */
const DEFAULTS = {
  thankYouHours: { strong: 24, neutral: 48 },
  handwrittenNoteHours: 24,
  paceDays: { normal: 7, slow: 10, very_slow: 14 },
  secondFollowUpDays: 7,
  finalFollowUpDays: 14,
  moveOnDays: 7,
  maxFollowUps: 2,
  /** "1 to 3 allowed": a tenant may allow fewer. */
  followUpLimit: 3,
  tooLateDays: 5,
  sendWindow: { start: '09:00', end: '17:00' },
  linkedin: true,
  handwrittenNote: false,
};

/**
 * The reference plan of a record at `now` (UTC ms), with the tenant's settings where it has them.
 * @example referencePlan(record, Date.now(), libraryHolidays(), { policy: { maxFollowUps: 3 } })
 */
export function referencePlan(record: InterviewRecord, nowMs: number, isHoliday: HolidayCheck, tenant: TenantPlanning = {}): ReferenceMilestone[] {
  const zone = record.candidate.timeZone;
  const prefs = record.preferences ?? {};
  const t = tenant.policy ?? {};
  // Each number: the record's, else the tenant's, else POLICY's.
  const followUpLimit = t.followUpLimit ?? DEFAULTS.followUpLimit;
  const maxFollowUps = Math.min(prefs.maxFollowUps ?? t.maxFollowUps ?? DEFAULTS.maxFollowUps, followUpLimit);
  const sendWindow = prefs.sendWindow ?? t.sendWindow ?? DEFAULTS.sendWindow;
  const linkedin = prefs.linkedin ?? t.linkedin ?? DEFAULTS.linkedin;
  const handwrittenNote = prefs.handwrittenNote ?? t.handwrittenNote ?? DEFAULTS.handwrittenNote;
  const rapport = record.notes?.rapport === 'strong' ? 'strong' : 'neutral';
  const thankYouHours = t.thankYouHours?.[rapport] ?? DEFAULTS.thankYouHours[rapport];
  const pace = record.company.hiringPace ?? 'normal';
  const paceDays = t.paceDays?.[pace] ?? DEFAULTS.paceDays[pace];

  // The company's calendar, else the tenant's, else the candidate's.
  const where = record.company.country ? record.company : tenant.calendar?.country ? tenant.calendar : record.candidate;
  const calendar = where.country ? (where.region ? `${where.country}-${where.region}` : where.country) : undefined;
  const closures = [...(record.company.closures ?? []), ...(tenant.closures?.get(record.company.id ?? companyKey(record.company.name)) ?? [])];
  const isClosed = (isoDate: string) => closures.some((c) => c.from <= isoDate && isoDate <= c.to);

  const [startHour, startMinute] = sendWindow.start.split(':').map(Number) as [number, number];
  const [endHour, endMinute] = sendWindow.end.split(':').map(Number) as [number, number];
  const now = DateTime.fromMillis(nowMs, { zone });

  const isBusinessDay = (day: DateTime) => {
    const iso = day.toISODate()!;
    return day.weekday <= 5 && !(calendar && isHoliday(calendar, iso)) && !isClosed(iso);
  };
  const at = (day: DateTime, hour: number, minute: number) =>
    DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour, minute }, { zone });

  /** The first business day on or after `day`, with the days passed over. */
  const businessDayFrom = (day: DateTime) => {
    const skipped: string[] = [];
    while (!isBusinessDay(day)) {
      skipped.push(day.toISODate()!);
      day = day.plus({ days: 1 });
    }
    return { day, skipped };
  };
  /** "date D": the window start of D, or of the first business day after it. */
  const onDay = (day: DateTime): Due => {
    const found = businessDayFrom(day.startOf('day'));
    return { at: at(found.day, startHour, startMinute), skipped: found.skipped };
  };
  /** Snapping: the earliest moment at or after `moment` inside a send window. */
  const snap = (moment: DateTime): Due => {
    const local = moment.setZone(zone);
    const day = local.startOf('day');
    if (!isBusinessDay(day)) return onDay(day);
    if (local >= at(day, endHour, endMinute)) return onDay(day.plus({ days: 1 }));
    const start = at(day, startHour, startMinute);
    return { at: local < start ? start : local, skipped: [] };
  };
  /** Nothing in the past: a passed due time is due now, snapped (both skips are named). */
  const notPast = (due: Due): Due => {
    if (due.at >= now) return due;
    const fromNow = snap(now);
    return { at: fromNow.at, skipped: [...due.skipped, ...fromNow.skipped] };
  };
  const milestone = (kind: string, due: Due, status: ReferenceMilestone['status'] = 'scheduled'): ReferenceMilestone => ({
    kind,
    status,
    dueAt: new Date(due.at.toMillis()).toISOString(),
    skippedDays: due.skipped,
    closedDays: due.skipped.filter(isClosed),
  });

  const ended = DateTime.fromISO(record.interview.endsAt, { zone });
  const tooLongAgo = now.diff(ended, 'hours').hours > (t.tooLateDays ?? DEFAULTS.tooLateDays) * 24;
  /** thank_you and its kin: skipped (too_late) rather than sent late. */
  const rightAfter = (kind: string, hours: number) => {
    const due = snap(ended.plus({ hours }));
    return due.at < now && tooLongAgo ? milestone(kind, due, 'skipped') : milestone(kind, notPast(due));
  };

  const plan: ReferenceMilestone[] = [];
  const thankYou = rightAfter('thank_you', thankYouHours);
  plan.push(thankYou);
  const primary = record.contacts.find((c) => c.primary) ?? record.contacts[0];
  if (linkedin && primary?.linkedinUrl) plan.push({ ...thankYou, kind: 'linkedin_connect' });
  if (handwrittenNote) plan.push(rightAfter('handwritten_note', t.handwrittenNoteHours ?? DEFAULTS.handwrittenNoteHours));

  // follow_up_1: the day after the decision date, else the interview date + pace days…
  const interviewDay = DateTime.fromISO(record.interview.startsAt, { zone }).startOf('day');
  let first = record.decisionExpectedBy
    ? onDay(DateTime.fromISO(record.decisionExpectedBy, { zone }).plus({ days: 1 }))
    : onDay(interviewDay.plus({ days: paceDays }));
  // …never earlier than the first business day after the thank-you date: the date the thank-you
  // is actually due, which for a late record is now (a status check must not go out with it).
  const afterThankYou = DateTime.fromISO(thankYou.dueAt, { zone }).startOf('day').plus({ days: 1 });
  const earliest = onDay(afterThankYou);
  if (first.at < earliest.at) first = earliest;
  let previous = notPast(first);
  plan.push(milestone('follow_up_1', previous));

  // The chain: each link counts from the previous one's due date.
  const links: [string, number][] = [];
  if (maxFollowUps >= 2) links.push(['follow_up_2', t.secondFollowUpDays ?? DEFAULTS.secondFollowUpDays]);
  if (maxFollowUps === 3) links.push(['final_follow_up', t.finalFollowUpDays ?? DEFAULTS.finalFollowUpDays]);
  links.push(['move_on', t.moveOnDays ?? DEFAULTS.moveOnDays]);
  for (const [kind, days] of links) {
    previous = notPast(onDay(previous.at.setZone(zone).plus({ days })));
    plan.push(milestone(kind, previous));
  }
  return plan;
}
