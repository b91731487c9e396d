/** `POST /v1/plans/preview`: what the plan of a record would be, nothing stored. */
import { plan } from '@followup/core/planner';
import { ValidationError } from '@followup/core/errors';
import { checkNow, checkRecordDates, parseRecord } from '@followup/core/record';
import { createRoute, z } from '@hono/zod-openapi';
import { PlanSchema, problems, RecordSchema } from '../http/schemas.ts';
import { router } from '../http/router.ts';

const preview = createRoute({
  method: 'post', path: '/v1/plans/preview', tags: ['Plans'], security: [{ bearer: [] }],
  summary: 'Preview the plan of a record without storing it',
  description: "Planned as the interview would be: with the tenant's settings and company closures, each named in the reasons it moved.",
  request: {
    query: z.object({ now: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Plan as if it were this instant (what-if).' }) }),
    body: { required: true, content: { 'application/json': { schema: RecordSchema } } },
  },
  responses: { 200: { description: 'The plan', content: { 'application/json': { schema: PlanSchema } } }, ...problems(400, 401, 413, 415, 422) },
});

export const plans = router().openapi(preview, async (c) => {
  const query = c.req.valid('query');
  const clock = c.var.deps.clock.now();
  const now = query.now ? Date.parse(query.now) : clock;
  const record = parseRecord(c.req.valid('json'));
  // A what-if moment and the record's dates stay within what a real plan can have.
  const outOfRange = [...checkNow(now, clock), ...checkRecordDates(record, now)];
  if (outOfRange.length) throw new ValidationError(outOfRange);
  const milestones = plan(record, { ...(await c.var.deps.settings.planning.planningFor(c.var.tenant)), now });
  return c.json({ milestones }, 200);
});
