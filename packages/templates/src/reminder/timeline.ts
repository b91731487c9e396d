/**
 * The upcoming plan as a small timeline: this milestone, then every one still scheduled after
 * it. A table, not SVG or images, so Gmail and Outlook draw it as is.
 */
import type { Milestone } from '@followup/core/planner';
import { ACCENT, FONT, INK, MUTED, escapeHtml } from './html.ts';
import { KIND_NAMES } from './labels.ts';
import type { ReminderMilestone } from './render-reminder.ts';
import { dateFormat } from '../date-format.ts';

interface Row {
  when: string;
  name: string;
  current: boolean;
}

/** "Tue, Jan 21 · 09:00" from the local ISO time; the wall clock is read as written, in the candidate's zone. */
function when(localDueAt: string, locale: string): string {
  const day = dateFormat(locale, { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric' });
  return `${day.format(Date.parse(`${localDueAt.slice(0, 10)}T00:00:00Z`))} · ${localDueAt.slice(11, 16)}`;
}

export function upcoming(current: ReminderMilestone, plan: readonly Milestone[], locale: string): Row[] {
  const later = plan
    .filter((m) => m.status === 'scheduled' && m.kind !== current.kind && m.dueAt >= current.dueAt)
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return [current, ...later].map((m) => ({ when: when(m.localDueAt, locale), name: KIND_NAMES[m.kind], current: m === current }));
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
