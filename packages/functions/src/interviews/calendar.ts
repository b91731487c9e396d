/** `GET /v1/interviews/{id}/calendar.ics`: the plan as an iCalendar file. */
import { MILESTONE_LABELS } from '@followup/core/planner';
import type { StoredInterview } from '@followup/core/ports';
import { createRoute, z } from '@hono/zod-openapi';
import type { EventAttributes } from 'ics';
import { IdParams, problems } from '../http/schemas.ts';
import { router } from '../http/router.ts';

/** Milestones that never happen (cancelled, skipped) stay off the calendar. */
const ON_CALENDAR = new Set(['scheduled', 'sending', 'reminded', 'done']);

const calendarRoute = createRoute({
  method: 'get', path: '/v1/interviews/{id}/calendar.ics', tags: ['Interviews'], security: [{ bearer: [] }],
  summary: 'The plan as an iCalendar file',
  request: { params: IdParams },
  responses: { 200: { description: 'text/calendar', content: { 'text/calendar': { schema: z.string() } } }, ...problems(401, 404) },
});

/**
 * One 15-minute event per milestone, in UTC; `sequence` is the milestone's revision so a
 * re-planned one replaces its old event on re-import. `ics` (and the `yup` it validates with,
 * ~65 KB together) loads on the first calendar asked for, not with the API.
 * @example await planCalendar(interview) // 'BEGIN:VCALENDAR…'
 */
export async function planCalendar(interview: StoredInterview): Promise<string> {
  const { record, milestones } = interview.state;
  const events = milestones.filter((m) => ON_CALENDAR.has(m.status)).map((m): EventAttributes => ({
    uid: `${interview.id}-${m.kind}@followup`,
    sequence: m.revision,
    start: Date.parse(m.dueAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: 15 },
    title: `Follow-up: ${MILESTONE_LABELS[m.kind]} (${record.role}, ${record.company.name})`,
    description: m.reason,
    calName: `Follow-ups: ${record.role} at ${record.company.name}`,
    productId: 'followup',
  }));
  if (events.length === 0) return emptyCalendar();
  const { createEvents } = await import('ics');
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('ics produced nothing');
  return value;
}

function emptyCalendar(): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:followup', 'END:VCALENDAR', ''].join('\r\n');
}

export const calendar = router().openapi(calendarRoute, async (c) => {
  const interview = await c.var.deps.store.get(c.var.tenant, c.req.valid('param').id);
  return c.body(await planCalendar(interview), 200, {
    'content-type': 'text/calendar; charset=utf-8',
    'content-disposition': `attachment; filename="followup-${interview.id}.ics"`,
  });
});
