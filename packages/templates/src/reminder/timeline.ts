/**
 * The upcoming plan as a small timeline: this milestone, then every one still scheduled after
 * it. A table, not SVG or images, so Gmail and Outlook draw it as is.
 */
import type { Milestone } from '@followup/core/planner';
import { ACCENT, FONT, INK, MUTED, escapeHtml } from './html.ts';
import { KIND_NAMES } from './labels.ts';
import { formatOffset, zoneAbbreviation } from '@followup/core/time';
import type { ReminderMilestone } from './milestone.ts';

interface Row {
  when: string;
  name: string;
  current: boolean;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "Tue 21 Jan 09:00 EST": the format the milestone's `reason` uses, so every time in one
 * reminder reads alike and names its zone. The wall clock is read as written; the zone's name
 * comes from `timeZone`, else the offset ("UTC-05:00").
 * @example when({ dueAt: '2025-01-21T14:00:00.000Z', localDueAt: '2025-01-21T09:00:00-05:00' }, 'America/New_York') // 'Tue 21 Jan 09:00 EST'
 */
export function when(m: Pick<ReminderMilestone, 'dueAt' | 'localDueAt'>, timeZone?: string): string {
  const local = m.localDueAt;
  const day = new Date(`${local.slice(0, 10)}T00:00:00Z`);
  const [, sign, hours, minutes] = /([+-])(\d{2}):(\d{2})$/.exec(local) ?? [];
  const offset = sign ? (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) : 0;
  const zone = timeZone ? zoneAbbreviation(timeZone, Date.parse(m.dueAt)) : `UTC${formatOffset(offset)}`;
  return `${WEEKDAYS[day.getUTCDay()]} ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${local.slice(11, 16)} ${zone}`;
}

export function upcoming(current: ReminderMilestone, plan: readonly Milestone[], timeZone?: string): Row[] {
  const later = plan
    .filter((m) => m.status === 'scheduled' && m.kind !== current.kind && m.dueAt >= current.dueAt)
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return [current, ...later].map((m) => ({ when: when(m, timeZone), name: KIND_NAMES[m.kind], current: m === current }));
}

export function timelineHtml(rows: Row[]): string {
  const cells = rows.map((r, i) => {
    const last = i === rows.length - 1;
    const weight = r.current ? 'font-weight:700;' : '';
    return (
      `<tr><td width="18" valign="top" style="${last ? '' : `border-right:2px solid #d9e2ec;`}padding:0 0 14px">` +
      `<span style="${FONT};font-size:14px;line-height:18px;color:${r.current ? ACCENT : '#9aa5b1'}">&#9679;</span></td>` +
      `<td valign="top" style="${FONT};font-size:14px;line-height:18px;color:${MUTED};padding:0 12px 14px 14px;white-space:nowrap">${escapeHtml(r.when)}</td>` +
      `<td valign="top" style="${FONT};font-size:14px;line-height:18px;color:${INK};${weight}padding:0 0 14px">${escapeHtml(r.name)}${r.current ? ' (now)' : ''}</td></tr>`
    );
  });
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0">${cells.join('')}</table>`;
}

export function timelineText(rows: Row[]): string {
  return rows.map((r) => `  ${r.current ? '>' : '-'} ${r.when}  ${r.name}${r.current ? ' (now)' : ''}`).join('\n');
}
