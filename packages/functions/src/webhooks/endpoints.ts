/** `/v1/webhook-endpoints`: register, list and remove a tenant's webhook endpoints. */
import type { WebhookEndpoint } from '@followup/core/ports';
import { createRoute, z } from '@hono/zod-openapi';
import { HttpProblem } from '../errors.ts';
import { IdParams, problems } from '../http/schemas.ts';
import { router } from '../http/router.ts';
import type { Provider } from './provider.ts';
import { generateSecret } from './signing/secret.ts';
import { CreatedEndpointSchema, EndpointCreateSchema, EndpointListSchema, PageQuerySchema } from './schemas.ts';

const tags = ['Webhooks'];
const security = [{ bearer: [] }];
const json = <T>(schema: T) => ({ 'application/json': { schema } });

const create = createRoute({
  method: 'post', path: '/v1/webhook-endpoints', tags, security,
  summary: 'Register a webhook endpoint for a provider; answers its URL and secret (shown once)',
  request: { body: { required: true, content: json(EndpointCreateSchema) } },
  responses: { 201: { description: 'Registered', content: json(CreatedEndpointSchema) }, ...problems(400, 401, 413, 415, 422) },
});

const list = createRoute({
  method: 'get', path: '/v1/webhook-endpoints', tags, security,
  summary: "The tenant's webhook endpoints, newest first (never their secrets)",
  request: { query: z.object(PageQuerySchema) },
  responses: { 200: { description: 'One page', content: json(EndpointListSchema) }, ...problems(401, 422) },
});

const remove = createRoute({
  method: 'delete', path: '/v1/webhook-endpoints/{id}', tags, security,
  summary: 'Remove a webhook endpoint; its deliveries are refused from now on',
  request: { params: IdParams },
  responses: { 204: { description: 'Removed' }, ...problems(401, 404) },
});

/** What the API shows of an endpoint: its URL under the public base URL, never its secret. */
function endpointView({ id, provider, defaults, createdAt }: Omit<WebhookEndpoint, 'secret' | 'tenant'>, baseUrl: string) {
  // The store holds only providers this route accepted.
  return { id, provider: provider as Provider, url: `${baseUrl}/v1/webhooks/${id}`, defaults, createdAt };
}

export const webhookEndpoints = router()
  .openapi(create, async (c) => {
    // The response carries the secret; an idempotency record would keep it in the clear for 24 h.
    if (c.var.idempotencyKey) throw new HttpProblem(400, 'idempotency-not-supported', 'this response carries a secret and is never stored: send it without Idempotency-Key');
    const { provider, secret, defaults } = c.req.valid('json');
    const { deps, tenant } = c.var;
    const endpoint: WebhookEndpoint = {
      id: deps.newId(),
      tenant,
      provider,
      secret: secret ?? generateSecret(provider),
      defaults,
      createdAt: new Date(deps.clock.now()).toISOString(),
    };
    await deps.webhooks.endpoints.create(endpoint);
    const view = endpointView(endpoint, deps.links.baseUrl);
    return c.json({ ...view, secret: endpoint.secret }, 201, { location: `/v1/webhook-endpoints/${endpoint.id}`, 'cache-control': 'no-store' });
  })
  .openapi(list, async (c) => {
    const page = await c.var.deps.webhooks.endpoints.list(c.var.tenant, c.req.valid('query'));
    const items = page.items.map((e) => endpointView(e, c.var.deps.links.baseUrl));
    return c.json({ items, ...(page.nextCursor && { nextCursor: page.nextCursor }) }, 200);
  })
  .openapi(remove, async (c) => {
    await c.var.deps.webhooks.endpoints.delete(c.var.tenant, c.req.valid('param').id);
    return c.body(null, 204);
  });
