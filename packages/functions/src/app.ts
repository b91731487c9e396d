/**
 * The one Hono app: the Lambda handler and the local server both wrap it.
 *
 *   request ─▶ log line ─▶ deps ─▶ 405 for a known path's wrong method ─▶ /v1/*: authenticate ─▶ JSON bodies (415, 413) ─▶ idempotency ─▶ route
 *   /a/:token: the candidate's one-click actions (signed link, HTML pages), outside /v1's rules
 *   POST /v1/webhooks/:endpointId: signed by the provider, raw body: routed before /v1's rules
 *   any throw ─▶ onError ─▶ problem document
 */
import type { MiddlewareHandler } from 'hono';
import { contextStorage } from 'hono/context-storage';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { actions } from './candidate-actions/index.ts';
import type { AppDeps, AppEnv } from './http/env.ts';
import { authenticate } from './http/auth.ts';
import { jsonBodies } from './http/body.ts';
import { idempotency } from './http/idempotency.ts';
import { defaultLog } from './http/log.ts';
import { methodNotAllowed } from './http/methods.ts';
import { requestLog } from './http/request-log.ts';
import { notFound, onError } from './http/problem.ts';
import { calendar } from './interviews/calendar.ts';
import { drafts } from './interviews/drafts.ts';
import { interviews } from './interviews/routes.ts';
import { documented } from './http/docs.ts';
import { plans } from './interviews/plans.ts';
import { router } from './http/router.ts';
import { webhookEndpoints, webhookEvents, webhookReceiver } from './webhooks/index.ts';
import { inboundMessages } from './inbound/routes.ts';
import { settings } from './settings/routes.ts';

function provide(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async function provide(c, next) {
    c.set('deps', deps);
    await next();
  };
}

/**
 * @example const app = createApp({ interviews, apiKeys, idempotency, clock, newId: randomUUID })
 * await app.request('/v1/interviews', { method: 'POST', headers, body })
 */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = router();
  app.use(requestLog(deps.log ?? defaultLog()));
  app.use(contextStorage(), provide(deps));
  app.use(methodNotAllowed(app));
  // Answers without calling next: no API key, and the body stays unread for the signature check.
  app.route('/', webhookReceiver);
  app.use('/v1/*', authenticate(), jsonBodies(), idempotency());
  app.route('/', interviews).route('/', drafts).route('/', plans).route('/', calendar);
  app.route('/', webhookEndpoints).route('/', webhookEvents);
  app.route('/', inboundMessages);
  app.route('/', settings);
  app.route('/', actions);
  documented(app);
  app.onError(onError);
  app.notFound(notFound);
  return app;
}
