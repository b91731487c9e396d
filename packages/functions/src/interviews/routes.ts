/** `/v1/interviews`: create, read, list, patch, delete, and lifecycle events. */
import { MILESTONE_KINDS } from '@followup/core/planner';
import { createRoute, z } from '@hono/zod-openapi';
import { HttpProblem } from '../errors.ts';
import { etagOf, interviewView, locationOf, versionOf } from './view.ts';
import { EventSchema, IdempotencyKey, IdParams, IfMatch, InterviewListSchema, InterviewSchema, problems, RecordSchema, StatusSchema } from '../http/schemas.ts';
import { router } from '../http/router.ts';

const tags = ['Interviews'];
const security = [{ bearer: [] }];
const interviewJson = { 'application/json': { schema: InterviewSchema } };
const json = <T>(schema: T) => ({ 'application/json': { schema } });

const create = createRoute({
  method: 'post', path: '/v1/interviews', tags, security,
  summary: 'Create an interview and plan its follow-ups',
  request: { headers: z.object({ 'idempotency-key': IdempotencyKey }), body: { required: true, content: json(RecordSchema) } },
  responses: { 201: { description: 'Created, with its plan', content: interviewJson }, ...problems(400, 401, 409, 413, 415, 422) },
});

const read = createRoute({
  method: 'get', path: '/v1/interviews/{id}', tags, security,
  summary: 'An interview, its state and plan',
  request: { params: IdParams },
  responses: { 200: { description: 'The interview; ETag is its version', content: interviewJson }, ...problems(401, 404) },
});

const list = createRoute({
  method: 'get', path: '/v1/interviews', tags, security,
  summary: 'Interviews of the tenant, newest first',
  request: {
    query: z.object({
      candidateEmail: z.email().optional(),
      status: StatusSchema.optional(),
      limit: z.coerce.number().int().min(1).max(100).default(20),
      cursor: z.string().max(2000).optional(),
    }),
  },
  responses: { 200: { description: 'One page', content: json(InterviewListSchema) }, ...problems(401, 422) },
});

const MergePatch = z.record(z.string(), z.unknown()).openapi('MergePatch', { description: 'RFC 7396: fields to set, `null` to remove.' });
const patch = createRoute({
  method: 'patch', path: '/v1/interviews/{id}', tags, security,
  summary: 'Change the record (JSON merge patch); re-plans pending milestones',
  request: {
    params: IdParams,
    headers: z.object({ 'if-match': IfMatch }),
    body: { required: true, content: { 'application/merge-patch+json': { schema: MergePatch }, 'application/json': { schema: MergePatch } } },
  },
  responses: { 200: { description: 'The changed interview', content: interviewJson }, ...problems(400, 401, 404, 409, 412, 413, 415, 422, 428) },
});

const remove = createRoute({
  method: 'delete', path: '/v1/interviews/{id}', tags, security,
  summary: "Delete an interview and the candidate's personal data; cancels every pending milestone",
  request: { params: IdParams, headers: z.object({ 'if-match': IfMatch }) },
  responses: { 204: { description: 'Deleted' }, ...problems(401, 404, 409, 412) },
});

const event = createRoute({
  method: 'post', path: '/v1/interviews/{id}/events', tags, security,
  summary: 'Record what happened (offer, reply, sent, snooze …) and apply it to the plan',
  request: {
    params: IdParams,
    headers: z.object({ 'if-match': IfMatch, 'idempotency-key': IdempotencyKey }),
    body: { required: true, content: json(EventSchema) },
  },
  responses: { 200: { description: 'The interview after the event', content: interviewJson }, ...problems(400, 401, 404, 409, 412, 413, 415, 422) },
});

const resend = createRoute({
  method: 'post', path: '/v1/interviews/{id}/milestones/{kind}/resend', tags, security,
  summary: "Send a milestone's reminder to the candidate again (it went out, may have, or failed)",
  description: 'The milestone is scheduled now at a new revision; the reminder leaves within the minute. 409 for a milestone still to come, done, skipped or cancelled.',
  request: { params: IdParams.extend({ kind: z.enum(MILESTONE_KINDS).openapi({ param: { name: 'kind', in: 'path' } }) }), headers: z.object({ 'if-match': IfMatch }) },
  responses: { 200: { description: 'The interview, the milestone scheduled again', content: interviewJson }, ...problems(401, 404, 409, 412, 422) },
});

/** If-Match as a version: required (428) where `required`, else optional. */
function ifMatch(header: string | undefined, required: boolean): number | undefined {
  if (header === undefined) {
    if (required) throw new HttpProblem(428, 'precondition-required', 'send If-Match with the ETag of the version you are changing');
    return undefined;
  }
  return versionOf(header);
}

export const interviews = router()
  .openapi(create, async (c) => {
    const { interview } = await c.var.deps.interviews.create(c.var.tenant, c.req.valid('json'), { idempotencyKey: c.var.idempotencyKey });
    return c.json(interviewView(interview), 201, { location: locationOf(interview), etag: etagOf(interview) });
  })
  .openapi(read, async (c) => {
    const interview = await c.var.deps.store.get(c.var.tenant, c.req.valid('param').id);
    return c.json(interviewView(interview), 200, { etag: etagOf(interview) });
  })
  .openapi(list, async (c) => {
    const page = await c.var.deps.store.list(c.var.tenant, c.req.valid('query'));
    return c.json({ items: page.items.map(interviewView), ...(page.nextCursor && { nextCursor: page.nextCursor }) }, 200);
  })
  .openapi(patch, async (c) => {
    const version = ifMatch(c.req.header('if-match'), true);
    const { interview } = await c.var.deps.interviews.patch(c.var.tenant, c.req.valid('param').id, c.req.valid('json'), { ifMatch: version });
    return c.json(interviewView(interview), 200, { etag: etagOf(interview) });
  })
  .openapi(remove, async (c) => {
    await c.var.deps.interviews.erase(c.var.tenant, c.req.valid('param').id, { ifMatch: ifMatch(c.req.header('if-match'), false) });
    return c.body(null, 204);
  })
  .openapi(resend, async (c) => {
    const { id, kind } = c.req.valid('param');
    const { interview } = await c.var.deps.interviews.resend(c.var.tenant, id, kind, { ifMatch: ifMatch(c.req.header('if-match'), false) });
    return c.json(interviewView(interview), 200, { etag: etagOf(interview) });
  })
  .openapi(event, async (c) => {
    const version = ifMatch(c.req.header('if-match'), false);
    const { interview } = await c.var.deps.interviews.applyEvent(c.var.tenant, c.req.valid('param').id, c.req.valid('json'), { ifMatch: version, idempotencyKey: c.var.idempotencyKey });
    return c.json(interviewView(interview), 200, { etag: etagOf(interview) });
  });
