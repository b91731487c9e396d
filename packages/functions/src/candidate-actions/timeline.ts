/** The interview's plan as rows for a page: every milestone with its status and local due time. */
import type { InterviewState } from '@followup/core/lifecycle';
import type { Milestone, MilestoneKind, MilestoneStatus } from '@followup/core/planner';
import { dayLabel, dayOf } from '@followup/core/time';
import { zoneAbbreviation } from '@followup/core/time';
import { KIND_NAMES } from '@followup/templates/names';

export interface TimelineRow {
  kind: MilestoneKind;
  name: string;
  /** `Tue 14 Jan · 18:00 EST`: the candidate's wall clock. */
  when: string;
  status: MilestoneStatus;
  label: string;
  /** The milestone the link is about. */
  current: boolean;
}

const STATUS_LABELS: Record<MilestoneStatus, string> = {
  scheduled: 'Coming up',
  sending: 'Reminder going out',
  reminded: 'Reminded',
  unconfirmed: 'Reminder may have gone out',
  failed: 'Reminder could not be sent',
  done: 'Done',
  skipped: 'Skipped',
  cancelled: 'Cancelled',
};

function label(m: Milestone): string {
  return m.status === 'done' && m.sentOn ? `Sent ${dayLabel(dayOf(m.sentOn))}` : STATUS_LABELS[m.status];
}

/**
 * @example timelineRows(state, 'thank_you')[0] // { name: 'Thank-you email', when: 'Tue 14 Jan · 18:00 EST', label: 'Coming up', current: true, … }
 */
export function timelineRows(state: InterviewState, current: MilestoneKind): TimelineRow[] {
  const zone = state.record.candidate.timeZone;
  return [...state.milestones]
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt))
    .map((m) => ({
      kind: m.kind,
      name: KIND_NAMES[m.kind],
      when: `${dayLabel(dayOf(m.localDueAt))} · ${m.localDueAt.slice(11, 16)} ${zoneAbbreviation(zone, Date.parse(m.dueAt))}`,
      status: m.status,
      label: label(m),
      current: m.kind === current,
    }));
}
