/**
 * The plan as an iCalendar file:
 * - `GET /v1/interviews/{id}/calendar.ics` with the API key, to download;
 * - `GET /v1/interviews/{id}/calendar-feed` with the API key: a signed URL, `/feeds/{token}.ics`,
 *   that a calendar app subscribes to without one (see `@followup/core/links` feed tokens).
 */
import { NotFound } from '@followup/core/errors';
import { signFeed, verifyFeed } from '@followup/core/links';
import { MILESTONE_LABELS } from '@followup/core/planner';
import type { StoredInterview } from '@followup/core/ports';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../http/env.ts';
import { problem } from '../http/problem.ts';
import { IdParams, problems } from '../http/schemas.ts';
import { router } from '../http/router.ts';
import { calendarText, escapeText, utcStamp } from './ical.ts';

/** Skipped milestones were never planned, so never on a calendar; cancelled ones stay, as cancelled. */
const OFF_CALENDAR = new Set(['skipped']);
const EVENT_MINUTES = 15;

const ics = { 'text/calendar': { schema: z.string() } };

const calendarRoute = createRoute({
  method: 'get', path: '/v1/interviews/{id}/calendar.ics', tags: ['Calendar'], security: [{ bearer: [] }],
  summary: 'The plan as an iCalendar file',
  request: { params: IdParams },
  responses: { 200: { description: 'The plan: one event per milestone, cancelled ones marked cancelled', content: ics }, ...problems(401, 404) },
});

const FeedSchema = z
  .object({
    url: z.string().openapi({ example: 'https://api.example.com/feeds/eyJwIjoiZmVlZCJ9.c2ln.ics' }),
    expiresAt: z.string().openapi({ example: '2025-04-14T12:00:00.000Z' }),
  })
  .openapi('CalendarFeed');

const feedUrlRoute = createRoute({
  method: 'get', path: '/v1/interviews/{id}/calendar-feed', tags: ['Calendar'], security: [{ bearer: [] }],
  summary: 'A signed URL a calendar app can subscribe to, without an API key',
  description: 'Each call signs a new URL, valid for `days` (90 by default, at most 365). A URL stops working when it expires or the interview is deleted; rotating the link key stops them all.',
  request: { params: IdParams, query: z.object({ days: z.coerce.number().int().min(1).max(365).default(90).openapi({ description: 'How long the URL works.' }) }) },
  responses: { 200: { description: 'The feed URL', content: { 'application/json': { schema: FeedSchema } } }, ...problems(401, 404) },
});

const feedRoute = createRoute({
  method: 'get', path: '/feeds/{token}.ics', tags: ['Calendar'], security: [],
  summary: 'The subscribed calendar (the signed URL is the credential)',
  request: { params: z.object({ token: z.string().openapi({ param: { name: 'token', in: 'path' }, description: 'From `GET /v1/interviews/{id}/calendar-feed`.' }) }) },
  responses: { 200: { description: 'The plan as iCalendar', content: ics }, ...problems(404) },
});

/**
 * One 15-minute UTC event per milestone. `SEQUENCE` is the milestone's revision, one higher once
 * it is cancelled, so calendars that imported it replace it with the cancelled version.
 * RFC 5545 wants at least one component: with no milestone at all it carries a VJOURNAL that
 * calendars do not show.
 * @example planCalendar(interview) // 'BEGIN:VCALENDAR…'
 */
export function planCalendar(interview: StoredInterview): string {
  const { record, milestones } = interview.state;
  const name = `Follow-ups: ${record.role} at ${record.company.name}`;
  const stamp = utcStamp(interview.updatedAt);
  const events = milestones.filter((m) => !OFF_CALENDAR.has(m.status)).flatMap((m) => {
    const cancelled = m.status === 'cancelled';
    return [
      'BEGIN:VEVENT',
      `UID:${interview.id}-${m.kind}@followup`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${m.revision + (cancelled ? 1 : 0)}`,
      `DTSTART:${utcStamp(m.dueAt)}`,
      `DTEND:${utcStamp(Date.parse(m.dueAt) + EVENT_MINUTES * 60_000)}`,
      `SUMMARY:${escapeText(`Follow-up: ${MILESTONE_LABELS[m.kind]} (${record.role}, ${record.company.name})`)}`,
      `DESCRIPTION:${escapeText(m.reason)}`,
      `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ];
  });
  const placeholder = ['BEGIN:VJOURNAL', `UID:${interview.id}-plan@followup`, `DTSTAMP:${stamp}`, `SUMMARY:${escapeText(`${name}: nothing planned`)}`, 'END:VJOURNAL'];
  return calendarText([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//followup//followup//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...(events.length > 0 ? events : placeholder),
    'END:VCALENDAR',
  ]);
}

const calendarBody = (c: Context<AppEnv>, interview: StoredInterview, disposition: 'attachment' | 'inline') =>
  c.body(planCalendar(interview), 200, {
    'content-type': 'text/calendar; charset=utf-8',
    'content-disposition': `${disposition}; filename="followup-${interview.id}.ics"`,
    'cache-control': 'private, max-age=300',
  });

const FEED_PATH = '/feeds/:file{[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.ics}';

export const calendar = router()
  .openapi(calendarRoute, async (c) => calendarBody(c, await c.var.deps.store.get(c.var.tenant, c.req.valid('param').id), 'attachment'))
  .openapi(feedUrlRoute, async (c) => {
    const { deps, tenant } = c.var;
    const interview = await deps.store.get(tenant, c.req.valid('param').id);
    const { days } = c.req.valid('query');
    const expiresAt = deps.clock.now() + days * 86_400_000;
    const token = signFeed({ tenantId: tenant, interviewId: interview.id, expiresAt }, deps.links.key);
    return c.json({ url: `${deps.links.baseUrl}/feeds/${token}.ics`, expiresAt: new Date(expiresAt).toISOString() }, 200);
  });

// The feed is routed by hand (its documented path has a suffix zod-openapi cannot route) and
// answers one 404 for every refusal: a stranger learns nothing from a guessed URL.
calendar.openAPIRegistry.registerPath(feedRoute);
calendar.get(FEED_PATH, async (c) => {
  const { deps } = c.var;
  const token = c.req.param('file').slice(0, -'.ics'.length);
  const check = verifyFeed(token, deps.links.key, deps.clock.now());
  const gone = () => problem(c, { status: 404, slug: 'not-found', detail: 'this calendar feed is not valid or has expired; ask for a new URL' });
  if (!check.ok) return gone();
  const interview = await deps.store.get(check.grant.tenantId, check.grant.interviewId).catch((error: unknown) => {
    if (error instanceof NotFound) return undefined;
    throw error;
  });
  return interview ? calendarBody(c, interview, 'inline') : gone();
});
