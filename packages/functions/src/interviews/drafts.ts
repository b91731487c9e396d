/** `GET /v1/interviews/{id}/milestones/{kind}/draft`: a milestone's draft, proofread. */
import { createRoute, z } from '@hono/zod-openapi';
import { DRAFT_KINDS } from '@followup/templates/names';
import { IdParams, problems } from '../http/schemas.ts';
import { router } from '../http/router.ts';

const FindingSchema = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  span: z.object({ field: z.enum(['subject', 'body']), start: z.number().int(), end: z.number().int() }).optional(),
  suggestions: z.array(z.string()).optional(),
});

const DraftSchema = z
  .object({
    kind: z.enum(DRAFT_KINDS),
    channel: z.enum(['email', 'linkedin', 'letter']),
    to: z.object({ name: z.string(), email: z.string().optional(), linkedinUrl: z.string().optional() }).optional(),
    subject: z.string().optional(),
    body: z.string(),
    about: z.object({ company: z.string(), role: z.string() }),
    findings: z.array(FindingSchema).openapi({ description: 'Proofreading: placeholders, spelling, pushy phrases, length … each with where it is.' }),
  })
  .openapi('Draft');

const draftRoute = createRoute({
  method: 'get', path: '/v1/interviews/{id}/milestones/{kind}/draft', tags: ['Interviews'], security: [{ bearer: [] }],
  summary: 'The draft for a milestone (or a correction / other-contact inquiry) and its findings',
  request: {
    params: IdParams.extend({ kind: z.enum(DRAFT_KINDS).openapi({ param: { name: 'kind', in: 'path' } }) }),
    query: z.object({
      wrong: z.string().max(500).optional().openapi({ description: '`correction` only: what the earlier message got wrong.' }),
      right: z.string().max(500).optional().openapi({ description: '`correction` only: what it should have said.' }),
      previousKind: z.enum(DRAFT_KINDS).optional().openapi({ description: '`correction` only: the draft that carried the error.' }),
    }),
  },
  responses: { 200: { description: 'The draft', content: { 'application/json': { schema: DraftSchema } } }, ...problems(401, 404, 409, 422) },
});

export const drafts = router().openapi(draftRoute, async (c) => {
  const { id, kind } = c.req.valid('param');
  const { wrong, right, previousKind } = c.req.valid('query');
  const interview = await c.var.deps.store.get(c.var.tenant, id);
  const context = { now: c.var.deps.clock.now(), ...(previousKind && { previousKind }), ...(wrong && right && { correction: { wrong, right } }) };
  // Drafting loads the templates and their word list: only requests that draft pay for it.
  const { draft } = await import('@followup/templates/drafting');
  return c.json(draft(kind, interview.state.record, context), 200);
});
