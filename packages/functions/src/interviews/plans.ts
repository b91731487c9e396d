/** `POST /v1/plans/preview`: what the plan of a record would be, nothing stored. */
import { plan } from '@followup/core/planner';
import { parseRecord } from '@followup/core/record';
import { createRoute, z } from '@hono/zod-openapi';
import { PlanSchema, problems, RecordSchema } from '../http/schemas.ts';
import { router } from '../http/router.ts';

const preview = createRoute({
  method: 'post', path: '/v1/plans/preview', tags: ['Plans'], security: [{ bearer: [] }],
  summary: 'Preview the plan of a record without storing it',
  request: {
    query: z.object({ now: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Plan as if it were this instant (what-if).' }) }),
    body: { required: true, content: { 'application/json': { schema: RecordSchema } } },
  },
  responses: { 200: { description: 'The plan', content: { 'application/json': { schema: PlanSchema } } }, ...problems(400, 401, 413, 415, 422) },
});

export const plans = router().openapi(preview, (c) => {
  const { now } = c.req.valid('query');
  const milestones = plan(parseRecord(c.req.valid('json')), { now: now ? Date.parse(now) : c.var.deps.clock.now() });
  return c.json({ milestones }, 200);
});
