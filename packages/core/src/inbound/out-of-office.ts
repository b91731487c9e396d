/**
 * POLICY: an out-of-office reply moves the next pending follow-up to no earlier than the first
 * business day after the person is back, at most 30 days on; without a return date, 7 days.
 *
 *   today ─── back on D ─┬─ D+1 (or the business day after it): the follow-up's new day
 *                         └─ never later than today + 30
 *   no date: today + 7
 *
 * The lifecycle's `snooze` then moves it (window start of that day, or of the first business
 * day after it) and keeps the later follow-ups' gaps.
 */
import { STATUS_FOLLOW_UPS, type Milestone, type MilestoneKind } from '../planner/milestone.ts';
import { dayLabel, dayOf, isoDateOf } from '../time/days.ts';
import { localDayOf } from './local-date.ts';

export const OUT_OF_OFFICE_DAYS_WITHOUT_DATE = 7;
export const OUT_OF_OFFICE_MAX_DAYS = 30;

export interface OutOfOfficeDelay {
  kind: MilestoneKind;
  /** The `snooze` date, YYYY-MM-DD. */
  until: string;
  /** The first words of the milestone's new reason. */
  basis: string;
}

/**
 * @example outOfOfficeDelay(state.milestones, { backOn: '2025-02-03', now, timeZone: 'America/New_York', from: 'maya@acme.example' })
 * // { kind: 'follow_up_1', until: '2025-02-04', basis: 'an out-of-office reply from maya@acme.example says they are back Mon 3 Feb' }
 */
export function outOfOfficeDelay(milestones: readonly Milestone[], options: { backOn?: string; now: number; timeZone: string; from: string }): OutOfOfficeDelay | undefined {
  const next = milestones
    .filter((m) => (STATUS_FOLLOW_UPS as readonly string[]).includes(m.kind) && m.status === 'scheduled')
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0];
  if (!next) return undefined;
  const today = localDayOf(options.now, options.timeZone);
  const wanted = options.backOn ? dayOf(options.backOn) + 1 : today + OUT_OF_OFFICE_DAYS_WITHOUT_DATE;
  const capped = Math.min(wanted, today + OUT_OF_OFFICE_MAX_DAYS);
  // Already due after the return: nothing to move.
  if (localDayOf(Date.parse(next.dueAt), options.timeZone) >= capped) return undefined;
  const said = options.backOn ? `says they are back ${dayLabel(dayOf(options.backOn))}` : `gives no return date (${OUT_OF_OFFICE_DAYS_WITHOUT_DATE} days later)`;
  const cap = capped < wanted ? `, moved at most ${OUT_OF_OFFICE_MAX_DAYS} days` : '';
  return { kind: next.kind, until: isoDateOf(capped), basis: `an out-of-office reply from ${options.from} ${said}${cap}` };
}
