/** `GET /v1/interviews/{id}/messages`: what arrived at the interview's reply address, what it was understood as, what it changed. */
import { MESSAGE_KINDS } from '@followup/core/ports';
import { createRoute, z } from '@hono/zod-openapi';
import { IdParams, problems } from '../http/schemas.ts';
import { router } from '../http/router.ts';

export const MessageSchema = z
  .object({
    id: z.string(),
    receivedAt: z.string(),
    from: z.string().optional(),
    subject: z.string(),
    date: z.string().optional().openapi({ description: "The message's own Date header." }),
    understoodAs: z.enum(MESSAGE_KINDS).openapi({ description: '`sent_copy` (the candidate\'s Bcc), `auto_reply`, `bounce`, `reply`, `quarantined` (applied to nothing), `duplicate`.' }),
    why: z.string().openapi({ description: 'What it was understood as, and by which rule.' }),
    changed: z.string().openapi({ description: 'What it changed on the interview ("nothing: …" says why not).' }),
    suggestion: z.enum(['offer', 'next_round', 'rejection', 'other']).optional().openapi({ description: "For a reply: what the classifier suggests; only the candidate's click applies it." }),
    headers: z.record(z.string(), z.string()),
    excerpt: z.string().openapi({ description: 'The new text, quoted history stripped; kept 30 days like the entry.' }),
  })
  .openapi('InboundMessage');

const MessageListSchema = z.object({ items: z.array(MessageSchema), nextCursor: z.string().optional() }).openapi('InboundMessageList');

const list = createRoute({
  method: 'get', path: '/v1/interviews/{id}/messages', tags: ['Interviews'], security: [{ bearer: [] }],
  summary: "Messages received at the interview's reply address in the last 30 days, newest first",
  request: {
    params: IdParams,
    query: z.object({ limit: z.coerce.number().int().min(1).max(100).default(20), cursor: z.string().max(2000).optional() }),
  },
  responses: { 200: { description: 'One page', content: { 'application/json': { schema: MessageListSchema } } }, ...problems(401, 404, 422) },
});

export const inboundMessages = router().openapi(list, async (c) => {
  const { deps, tenant } = c.var;
  const { id } = c.req.valid('param');
  // Sealed: another tenant's interview is a 404, as everywhere.
  await deps.store.get(tenant, id);
  if (!deps.inbound) return c.json({ items: [] }, 200);
  const page = await deps.inbound.messages.list(tenant, id, c.req.valid('query'));
  const items = page.items.map(({ tenant: _t, interviewId: _i, messageKey: _k, ...entry }) => entry);
  return c.json({ items, ...(page.nextCursor && { nextCursor: page.nextCursor }) }, 200);
});
