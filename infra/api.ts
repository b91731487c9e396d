/**
 * The Hono API (REST, webhooks at /v1/webhooks/{endpointId}, the candidate's action pages)
 * behind an HTTP API. The gateway exists before its function, so the function can be told its
 * own public URL (a function URL could not: it is only known once the function is).
 */
import { email, mailFrom } from './email';
import { scheduleEnvironmentFor } from './environment';
import { linkKey, webhookSecretKey } from './secrets';
import { runtime, withTemplates } from './stage';
import { schedulingPermissions } from './scheduler';
import { table } from './storage';

export const api = new sst.aws.ApiGatewayV2('Api');

export const apiRoute = api.route('$default', {
  handler: 'packages/functions/src/handlers/api.handler',
  ...runtime,
  ...withTemplates,
  memory: '1024 MB',
  // Webhook senders give up after a few seconds; nothing the API does should take longer.
  timeout: '10 seconds',
  // A milestone due within the minute is sent right here (fireNow), not scheduled.
  link: [table, email],
  permissions: schedulingPermissions,
  environment: scheduleEnvironmentFor({ table, email, mailFrom, publicUrl: api.url, linkKey, webhookSecretKey }),
});
