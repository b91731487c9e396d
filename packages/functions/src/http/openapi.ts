/**
 * The served OpenAPI document: what the routes declare, completed with what the app's shared
 * plumbing answers on every route (so no route has to repeat it, and none can forget it):
 *
 *   every operation      405 (Allow), 500, 503 (the store did not answer; Retry-After)
 *   with a Bearer key    401
 *   with parameters      422 (a bad id, kind or query names the field)
 *   with a JSON body     400 (malformed JSON), 413, 415
 *   POST under /v1       400 (bad Idempotency-Key), 409 (first request still running), 422 (key reused)
 *
 * and an `operationId` for each operation, `servers`, `license`, and the webhook receiver's
 * public security, per-provider bodies and signature headers (its route lives with the webhooks).
 * `test/openapi-lint.test.ts` runs Redocly's linter on the result.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env.ts';

type Json = Record<string, any>;

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'] as const;

/** Stable names for client generators; a route missing here gets one derived from its method and path. */
const OPERATION_IDS: Record<string, string> = {
  'post /v1/interviews': 'createInterview',
  'get /v1/interviews': 'listInterviews',
  'get /v1/interviews/{id}': 'getInterview',
  'patch /v1/interviews/{id}': 'patchInterview',
  'delete /v1/interviews/{id}': 'deleteInterview',
  'post /v1/interviews/{id}/events': 'applyInterviewEvent',
  'get /v1/interviews/{id}/milestones/{kind}/draft': 'getMilestoneDraft',
  'get /v1/interviews/{id}/calendar.ics': 'getInterviewCalendar',
  'get /v1/interviews/{id}/calendar-feed': 'getInterviewCalendarFeed',
  'delete /v1/interviews/{id}/calendar-feed': 'revokeInterviewCalendarFeeds',
  'get /feeds/{token}.ics': 'getCalendarFeed',
  'post /v1/plans/preview': 'previewPlan',
  'post /v1/webhook-endpoints': 'createWebhookEndpoint',
  'get /v1/webhook-endpoints': 'listWebhookEndpoints',
  'delete /v1/webhook-endpoints/{id}': 'deleteWebhookEndpoint',
  'get /v1/webhook-events': 'listWebhookEvents',
  'post /v1/webhooks/{endpointId}': 'receiveWebhook',
};

export function derivedOperationId(method: string, path: string): string {
  const words = path.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1));
  return method + words.join('');
}

const problemRef = { $ref: '#/components/schemas/Problem' };
const problemResponse = (description: string, headers?: Json): Json => ({
  description,
  ...(headers && { headers }),
  content: { 'application/problem+json': { schema: problemRef } },
});

const ADDED: Record<string, Json> = {
  400: problemResponse('Malformed JSON or an invalid header'),
  401: problemResponse('No API key, or one that is not valid', { 'WWW-Authenticate': { description: '`Bearer`', schema: { type: 'string' } } }),
  405: problemResponse('The path does not take this method', { Allow: { description: 'The methods the path takes', schema: { type: 'string' } } }),
  409: problemResponse('A conflict, or the first request with this Idempotency-Key is still running'),
  413: problemResponse('The body is larger than allowed'),
  415: problemResponse('The body is not JSON'),
  422: problemResponse('Invalid parameters or body; `errors` names each field'),
  500: problemResponse('Something failed on our side; it is logged'),
  503: problemResponse('The store did not answer; retry shortly', { 'Retry-After': { description: 'Seconds', schema: { type: 'integer' } } }),
};

const DESCRIPTIONS: Record<string, string> = { 400: 'Bad request', 404: 'Not found', 409: 'Conflict', 412: 'The version in If-Match is not the current one', 428: 'If-Match is required' };

function addResponses(operation: Json, statuses: number[]): void {
  operation.responses ??= {};
  for (const status of statuses) operation.responses[status] ??= ADDED[status];
  for (const [status, response] of Object.entries(operation.responses as Record<string, Json>)) {
    // zod-openapi's problems() all say "Problem": give each a description that says which.
    if (response.description === 'Problem') response.description = (ADDED[status]?.description as string | undefined) ?? DESCRIPTIONS[status] ?? 'Problem';
  }
  // Statuses in numeric order read better in the reference.
  operation.responses = Object.fromEntries(Object.entries(operation.responses).sort(([a], [b]) => a.localeCompare(b)));
}

/** Completes the generated document in place (see the header). */
export function completeDocument(doc: Json, serverUrl: string): Json {
  doc.servers = [{ url: serverUrl, description: 'This server' }];
  doc.info.license = { name: 'MIT', identifier: 'MIT' };
  doc.tags = [
    { name: 'Interviews', description: 'Interview records, their plans, drafts and calendars.' },
    { name: 'Plans', description: 'What-if plans, nothing stored.' },
    { name: 'Calendar', description: 'Subscribable calendar feeds: signed URLs, no API key.' },
    { name: 'Webhooks', description: 'Providers (ATS, calendars) that send interviews in, and what became of each delivery.' },
  ];
  for (const [path, item] of Object.entries(doc.paths as Record<string, Json>)) {
    for (const method of METHODS) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      operation.operationId ??= OPERATION_IDS[`${method} ${path}`] ?? derivedOperationId(method, path);
      if (path === '/v1/webhooks/{endpointId}') describeReceiver(operation);
      const authenticated = (operation.security as Json[] | undefined)?.some((s) => 'bearer' in s) ?? false;
      if (!authenticated) operation.security = [];
      const statuses = [405, 500, 503];
      if (authenticated) statuses.push(401);
      if (authenticated && (operation.parameters as Json[] | undefined)?.some((p) => p.in === 'path' || p.in === 'query')) statuses.push(422);
      if (operation.requestBody) statuses.push(400, 413, ...(authenticated ? [415] : []));
      if (authenticated && method === 'post' && path.startsWith('/v1/')) statuses.push(400, 409, 422);
      addResponses(operation, statuses);
    }
  }
  return doc;
}

const loose = (title: string, description: string, required: string[], properties: Json): Json => ({
  title, description, type: 'object', required, properties, additionalProperties: true,
});

/** The receiver is signed per provider: which header carries what, and what each body looks like. */
function describeReceiver(operation: Json): void {
  operation.security = [];
  const header = (name: string, description: string): Json => ({ name, in: 'header', required: false, description, schema: { type: 'string' } });
  operation.parameters = [
    ...((operation.parameters as Json[] | undefined) ?? []),
    header('Signature', 'Greenhouse: `sha256 <hex>`, HMAC-SHA256 of the raw body.'),
    header('Greenhouse-Event-ID', 'Greenhouse: the delivery id (deduplication).'),
    header('Ashby-Signature', 'Ashby: `sha256=<hex>`, HMAC-SHA256 of the raw body.'),
    header('Calendly-Webhook-Signature', 'Calendly: `t=<seconds>,v1=<hex>`, HMAC-SHA256 of `t + "." + body`; 3 minutes tolerance.'),
    header('X-Cal-Signature-256', 'Cal.com: `<hex>`, HMAC-SHA256 of the raw body.'),
    header('webhook-id', 'Standard Webhooks: the delivery id.'),
    header('webhook-timestamp', 'Standard Webhooks: seconds since the epoch; 5 minutes tolerance.'),
    header('webhook-signature', 'Standard Webhooks: `v1,<base64>` (space-separated), HMAC-SHA256 of `id.timestamp.body` with the key after `whsec_`.'),
  ];
  operation.requestBody = {
    required: true,
    description: "The provider's own payload, unchanged; the endpoint's provider says which. Lever signs in the body (`token`, `triggeredAt`, `signature`).",
    content: {
      'application/json': {
        schema: {
          // anyOf, not oneOf: the bodies overlap (loose objects); the endpoint's provider decides which applies.
          anyOf: [
            loose('Greenhouse', 'offer_created, reject_candidate, candidate_stage_change, job_post_deleted, job_post_updated, job_updated, ping', ['action'], { action: { type: 'string' }, payload: { type: 'object' } }),
            loose('Lever', 'candidateStageChange, candidateArchiveChange', ['event', 'token', 'triggeredAt', 'signature'], { event: { type: 'string' }, token: { type: 'string' }, triggeredAt: { type: 'integer' }, signature: { type: 'string' }, data: { type: 'object' } }),
            loose('Ashby', 'candidateStageChange, interviewScheduleCreate/Update, offerCreate, jobPostingUnpublish, ping', ['action'], { action: { type: 'string' }, webhookActionId: { type: 'string' }, data: { type: 'object' } }),
            loose('Calendly', 'invitee.created, invitee.canceled', ['event', 'payload'], { event: { type: 'string' }, created_at: { type: 'string' }, payload: { type: 'object' } }),
            loose('Cal.com', 'BOOKING_CREATED, BOOKING_RESCHEDULED, BOOKING_CANCELLED, MEETING_ENDED', ['triggerEvent'], { triggerEvent: { type: 'string' }, createdAt: { type: 'string' }, payload: { type: 'object' } }),
            loose('Standard Webhooks', 'followup\'s own payload: interview.booked/moved/cancelled/ended, application.offer/rejected/advanced/withdrawn, job.closed', ['type', 'data'], { type: { type: 'string' }, timestamp: { type: 'string' }, data: { type: 'object' } }),
          ],
        },
      },
    },
  };
}

const cached = new WeakMap<object, { url: string; doc: Json }>();

/**
 * The document for `serverUrl`, built once (the routes do not change after start).
 * @example c.json(openApiDocument(app, 'http://127.0.0.1:3000'))
 */
export function openApiDocument(app: OpenAPIHono<AppEnv>, serverUrl: string): Json {
  const kept = cached.get(app);
  if (kept?.url === serverUrl) return kept.doc;
  const doc = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'followup',
      version: '1.0.0',
      description: 'Coaches job candidates through the days after an interview. Errors are RFC 9457 problem documents (`application/problem+json`).',
    },
  }) as Json;
  const completed = completeDocument(doc, serverUrl);
  cached.set(app, { url: serverUrl, doc: completed });
  return completed;
}
