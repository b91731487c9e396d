/** `GET /v1/webhook-events`: the delivery log, for support ("what happened to this interview, and why"). */
import { createRoute, z } from '@hono/zod-openapi';
import { problems } from '../http/schemas.ts';
import { router } from '../http/router.ts';
import { DeliveryListSchema, OutcomeSchema, PageQuerySchema } from './schemas.ts';

const list = createRoute({
  method: 'get', path: '/v1/webhook-events', tags: ['Webhooks'], security: [{ bearer: [] }],
  summary: "The tenant's webhook deliveries of the last 30 days, newest first, with what each did and why",
  request: {
    query: z.object({
      interviewId: z.string().min(1).max(100).optional(),
      status: OutcomeSchema.optional().openapi({ description: 'The outcome: `unmatched` lists what matched no interview.' }),
      ...PageQuerySchema,
    }),
  },
  responses: { 200: { description: 'One page', content: { 'application/json': { schema: DeliveryListSchema } } }, ...problems(401, 422) },
});

export const webhookEvents = router().openapi(list, async (c) => {
  const { interviewId, status, limit, cursor } = c.req.valid('query');
  const page = await c.var.deps.webhooks.deliveries.list(c.var.tenant, { interviewId, outcome: status, limit, cursor });
  const items = page.items.map(({ tenant: _, ...entry }) => entry);
  return c.json({ items, ...(page.nextCursor && { nextCursor: page.nextCursor }) }, 200);
});
