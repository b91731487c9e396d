/**
 * When a rule's moment becomes a due time: POLICY "Snapping" and "Day-based due time", and
 * "Nothing is ever scheduled in the past". Each result carries the sentence that explains it.
 *
 *   local day:   00:00 ────── 09:00 ════ send window ════ 17:00 ────── 24:00
 *   a moment:         before ──┘ (→ 09:00)    inside: kept    └── after (→ 09:00 next business day)
 */
import { firstBusinessDay, dayOffReason, type DayOff } from '../calendar/business-days.ts';
import { clockLabel, dayLabel, dayOfWall } from '../time/days.ts';
import { DAY_MS, MINUTE_MS } from '../time/zone.ts';
import type { PlanContext } from './context.ts';

export interface Timing {
  /** UTC ms. */
  at: number;
  skippedDays: DayOff[];
  reason: string;
}

/** The send window's start on a local day, as UTC ms; 09:00 stays 09:00 across DST changes. */
export function windowStartOn(ctx: PlanContext, day: number): number {
  return ctx.clock.toUtc(day * DAY_MS + ctx.windowStart * MINUTE_MS);
}

/** The candidate's local day of an instant. */
export function localDay(ctx: PlanContext, utcMs: number): number {
  return dayOfWall(ctx.clock.toWall(utcMs));
}

/** `Tue 21 Jan 09:00 EST`. */
export function momentLabel(ctx: PlanContext, utcMs: number): string {
  const offset = ctx.clock.offsetAt(utcMs);
  const wall = utcMs + offset * MINUTE_MS;
  const day = dayOfWall(wall);
  const minute = Math.floor((wall - day * DAY_MS) / MINUTE_MS);
  return `${dayLabel(day)} ${clockLabel(minute)} ${ctx.clock.abbreviation(utcMs, offset)}`;
}

/** Whether a skipped day's name is one of the company's closures (else a holiday or the weekend). */
function isClosure(ctx: PlanContext, name: string): boolean {
  for (const c of ctx.closed) if (c.name === name) return true;
  return false;
}

/**
 * `Sat 18 Jan, weekend; Mon 20 Jan, Martin Luther King Jr. Day (US)`: the run of days from
 * `firstDay` that `firstBusinessDay` passed over. The days of one closure are one run
 * (`Thu 24 Dec – Fri 1 Jan, Acme's year-end shutdown, 24 Dec – 1 Jan`).
 */
function listSkipped(ctx: PlanContext, firstDay: number, skipped: DayOff[], firstClock?: string): string {
  let text = '';
  for (let i = 0; i < skipped.length; i++) {
    const { name } = skipped[i]!;
    const label = i === 0 && firstClock ? `${dayLabel(firstDay)} ${firstClock}` : dayLabel(firstDay + i);
    if (name !== 'weekend' && ctx.closed.length && isClosure(ctx, name)) {
      let last = i;
      while (skipped[last + 1]?.name === name) last++;
      text += `${i ? '; ' : ''}${last > i ? `${label} – ${dayLabel(firstDay + last)}` : label}, ${name}`;
      i = last;
    } else {
      text += `${i ? '; ' : ''}${label}, ${name}${name === 'weekend' ? '' : ctx.calendarNote}`;
    }
  }
  return text;
}

/** A due time at the window's start, and the setting that placed that start, if one did. */
function windowStartLabel(ctx: PlanContext, at: number): string {
  return `${momentLabel(ctx, at)}${ctx.windowNote}`;
}

function nextBusinessDayTiming(ctx: PlanContext, lead: string, skipped: DayOff[], day: number): Timing {
  const at = windowStartOn(ctx, day);
  return { at, skippedDays: skipped, reason: `${lead}; due the next business day, ${windowStartLabel(ctx, at)}` };
}

/**
 * POLICY "date D": the window start of D, or of the first business day after D.
 * @example dueOnDay(ctx, dayOf('2025-01-20'), '7 days after the interview (Mon 13 Jan)').reason
 * // '7 days after the interview (Mon 13 Jan) is Mon 20 Jan, Martin Luther King Jr. Day (US); due the next business day, Tue 21 Jan 09:00 EST'
 */
export function dueOnDay(ctx: PlanContext, day: number, basis: string): Timing {
  // Most days asked about are business days: only a day off needs the search and its list.
  if (dayOffReason(ctx.calendar, day, ctx.closed)) {
    const { day: due, skipped } = firstBusinessDay(ctx.calendar, day, ctx.closed);
    return nextBusinessDayTiming(ctx, `${basis} is ${listSkipped(ctx, day, skipped)}`, skipped, due);
  }
  const at = windowStartOn(ctx, day);
  return { at, skippedDays: [], reason: `${basis}: due ${windowStartLabel(ctx, at)}` };
}

/**
 * POLICY "Snapping": the earliest moment at or after `at` inside a send window.
 * @example snap(ctx, Date.parse('2025-01-15T23:00:00Z'), '24 hours after the interview ended (Tue 14 Jan 18:00)')
 */
export function snap(ctx: PlanContext, at: number, basis: string): Timing {
  const wall = ctx.clock.toWall(at);
  const day = dayOfWall(wall);
  const minute = Math.floor((wall - day * DAY_MS) / MINUTE_MS);
  if (dayOffReason(ctx.calendar, day, ctx.closed)) {
    const { day: due, skipped } = firstBusinessDay(ctx.calendar, day, ctx.closed);
    return nextBusinessDayTiming(ctx, `${basis} is ${listSkipped(ctx, day, skipped, clockLabel(minute))}`, skipped, due);
  }
  if (minute >= ctx.windowEnd) {
    const after = `${basis} is ${dayLabel(day)} ${clockLabel(minute)}, after the send window${ctx.windowNote && ` (it ends at ${ctx.policy.sendWindow.end})`}`;
    if (!dayOffReason(ctx.calendar, day + 1, ctx.closed)) return nextBusinessDayTiming(ctx, after, [], day + 1);
    const { day: due, skipped } = firstBusinessDay(ctx.calendar, day + 1, ctx.closed);
    return nextBusinessDayTiming(ctx, `${after}; ${listSkipped(ctx, day + 1, skipped)}`, skipped, due);
  }
  if (minute < ctx.windowStart) {
    const start = windowStartOn(ctx, day);
    return { at: start, skippedDays: [], reason: `${basis} is ${dayLabel(day)} ${clockLabel(minute)}, before the send window; due ${windowStartLabel(ctx, start)}` };
  }
  return { at, skippedDays: [], reason: `${basis}: due ${momentLabel(ctx, at)}` };
}

/** POLICY: nothing is ever scheduled in the past; a passed due time is due now, snapped. */
export function notInPast(ctx: PlanContext, timing: Timing): Timing {
  if (timing.at >= ctx.now) return timing;
  // A late record passes `now` for several milestones: it is snapped once per plan.
  const now = (ctx.fromNow ??= snap(ctx, ctx.now, `that has passed, so from now (${momentLabel(ctx, ctx.now)})`));
  return {
    at: now.at,
    skippedDays: timing.skippedDays.concat(now.skippedDays),
    reason: `${timing.reason}; ${now.reason}`,
  };
}
