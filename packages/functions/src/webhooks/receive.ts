/**
 * `POST /v1/webhooks/{endpointId}`: a provider's delivery. The endpoint id names the tenant,
 * provider and secret; the provider's signature on the raw body is the only credential.
 *
 *   raw body ─▶ verify (401, nothing changes) ─▶ translate (400 naming fields, nothing changes)
 *            ─▶ claim the delivery id ─┬─ taken: a redelivery or replay ─▶ logged `duplicate`, 200
 *                                      └─ ours: carry out ─▶ logged with its outcome, 200
 *                                               (fails: the claim is freed, the provider retries)
 * 400s come before the claim (translation) or free it (a record the payload makes invalid).
 */
import { NotFound, ValidationError } from '@followup/core/errors';
import type { DeliveryEntry, WebhookEndpoint } from '@followup/core/ports';
import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { Context } from 'hono';
import { HttpProblem } from '../errors.ts';
import { problem } from '../http/problem.ts';
import { problems } from '../http/schemas.ts';
import { router } from '../http/router.ts';
import type { WebhookAction } from './action.ts';
import { applyDelivery, type DeliveryScope } from './apply-delivery.ts';
import { isProvider } from './provider.ts';
import { eventTypeOf, signsBodyOnly, translate, verify } from './registry.ts';
import { bodyId } from './signing/hmac.ts';
import { ReceiptSchema } from './schemas.ts';

/** Providers' payloads are larger than the API's records (a Greenhouse application carries a lot). */
const MAX_WEBHOOK_BYTES = 1024 * 1024;

/** Endpoint ids are UUIDs; a longer one names no endpoint and is never looked up (DynamoDB refuses keys over 2048 bytes). */
const MAX_ENDPOINT_ID = 100;

const receive = createRoute({
  method: 'post', path: '/v1/webhooks/{endpointId}', tags: ['Webhooks'],
  summary: "A provider's delivery, signed the provider's way (no API key)",
  description: 'Verified on the raw body, deduplicated on the provider\'s delivery id, then applied to the matching interview. '
    + 'Every authentic delivery is answered 200, whatever its outcome (see GET /v1/webhook-events).',
  request: { params: z.object({ endpointId: z.string().min(1).max(MAX_ENDPOINT_ID).openapi({ param: { name: 'endpointId', in: 'path' } }) }) },
  responses: { 200: { description: 'Received', content: { 'application/json': { schema: ReceiptSchema } } }, ...problems(400, 401, 404, 413) },
});

/**
 * A plain route with its documentation registered beside it: it answers problem documents of
 * its own (a 401 without `WWW-Authenticate: Bearer`, a payload's 400), which a typed handler cannot return.
 */
export const webhookReceiver = router();
webhookReceiver.openAPIRegistry.registerPath(receive);
webhookReceiver.post(receive.getRoutingPath(), bodyLimit({
  maxSize: MAX_WEBHOOK_BYTES,
  onError: () => {
    throw new HttpProblem(413, 'payload-too-large', `the delivery is larger than ${MAX_WEBHOOK_BYTES / 1024} KB`);
  },
}), async (c) => {
  const { deps } = c.var;
  const endpointId = c.req.param('endpointId');
  if (endpointId.length > MAX_ENDPOINT_ID) throw new NotFound(`webhook endpoint ${endpointId.slice(0, 40)}…`);
  const endpoint = await deps.webhooks.endpoints.get(endpointId);
  if (!endpoint || !isProvider(endpoint.provider)) throw new NotFound(`webhook endpoint ${endpointId}`);
  const provider = endpoint.provider;
  const rawBody = new Uint8Array(await c.req.arrayBuffer());
  const verdict = verify(provider, { headers: c.req.raw.headers, rawBody, secret: endpoint.secret, now: deps.clock.now() });
  if (!verdict.ok) return problem(c, { status: 401, slug: 'unauthorized', detail: `the delivery is not signed with this endpoint's ${provider} secret (${verdict.reason})` });
  try {
    const action = translate(provider, rawBody);
    const bodyHash = signsBodyOnly(provider) ? bodyId(rawBody) : undefined;
    const entry = await receiveDelivery({ deps, tenant: endpoint.tenant, provider }, endpoint, verdict.deliveryId, eventTypeOf(provider, rawBody), action, bodyHash);
    return c.json({ outcome: entry.outcome }, 200);
  } catch (error) {
    if (error instanceof ValidationError) return invalidPayload(c, error);
    throw error;
  }
});

/**
 * Claims the delivery, carries it out and logs its outcome; a delivery already claimed is logged
 * as a `duplicate` and changes nothing. With `bodyHash` (a provider that signs no timestamp),
 * a body already received under another delivery id is a replay: also a `duplicate`.
 */
async function receiveDelivery(
  scope: DeliveryScope, endpoint: WebhookEndpoint, deliveryId: string, eventType: string, action: WebhookAction, bodyHash?: string,
): Promise<DeliveryEntry> {
  const { deps } = scope;
  const log = deps.webhooks.deliveries;
  const entry: DeliveryEntry = {
    id: deps.newId(),
    tenant: endpoint.tenant,
    endpointId: endpoint.id,
    provider: endpoint.provider,
    deliveryId,
    eventType,
    outcome: 'processing',
    interviewIds: [],
    receivedAt: new Date(deps.clock.now()).toISOString(),
  };
  const replayOf = bodyHash && (await log.claimBody(endpoint.id, bodyHash, deliveryId));
  if (replayOf) {
    const replay: DeliveryEntry = { ...entry, outcome: 'duplicate', why: `the same signed body arrived before as delivery ${replayOf}: a replay under a new id` };
    await log.logDuplicate(replay);
    return replay;
  }
  const earlier = await log.claim(entry);
  if (earlier) {
    const how = earlier.outcome === 'processing' ? 'while it was still being processed' : `(${earlier.outcome})`;
    const duplicate: DeliveryEntry = { ...entry, outcome: 'duplicate', interviewIds: earlier.interviewIds, why: `received before at ${earlier.receivedAt} ${how}` };
    await log.logDuplicate(duplicate);
    return duplicate;
  }
  let settled: DeliveryEntry;
  try {
    settled = { ...entry, ...(await applyDelivery(scope, endpoint.defaults, action)) };
  } catch (error) {
    await log.release(entry);
    throw error;
  }
  // Failing here leaves the claim to its lease: a retry after it finds what was done by its ids (a no-op).
  await log.settle(settled);
  return settled;
}

/**
 * A payload that is not what its provider documents: 400 naming every field (the app's
 * mapper answers a `ValidationError` 422, which is about API requests).
 */
function invalidPayload(c: Context, error: ValidationError): Response {
  const detail = `the ${error.errors.length} field(s) of the delivery are missing or invalid: ${error.message}`;
  return problem(c, { status: 400, slug: 'validation-error', detail, extra: { errors: error.errors } });
}
