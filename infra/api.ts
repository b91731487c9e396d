/**
 * The Hono API (REST, webhooks at /v1/webhooks/{endpointId}, the candidate's action pages)
 * behind an HTTP API. The gateway exists before its function, so the function can be told its
 * own public URL (a function URL could not: it is only known once the function is).
 */
import { email, mailFrom } from './email';
import { scheduleEnvironmentFor } from './environment';
import { linkKey, webhookSecretKey } from './secrets';
import { alarmOnLogEvent, runtime, withDocs } from './stage';
import { schedulingPermissions } from './scheduler';
import { table } from './storage';

export const api = new sst.aws.ApiGatewayV2('Api');

/**
 * The API's logs, in a group of its own making (SST would name it after a generated function
 * name), so the scheduling-failure filter below can name it. Kept a month, as SST's default.
 */
export const apiLogs = new aws.cloudwatch.LogGroup('ApiLogs', { name: `/${$app.name}/${$app.stage}/api`, retentionInDays: 30 });

export const apiRoute = api.route('$default', {
  handler: 'packages/functions/src/handlers/api.handler',
  ...runtime,
  ...withDocs,
  memory: '1024 MB',
  logging: { logGroup: apiLogs.name },
  // Webhook senders give up after a few seconds; nothing the API does should take longer.
  timeout: '10 seconds',
  // A milestone due within the minute is sent right here (fireNow), not scheduled.
  link: [table, email],
  permissions: schedulingPermissions,
  environment: scheduleEnvironmentFor({ table, email, mailFrom, publicUrl: api.url, linkKey, webhookSecretKey }),
});

/**
 * A schedule the API could not create after its retries is logged as one JSON line,
 * `{"level":"error","event":"scheduling_failed",…}` (packages/functions/src/wiring/interviews.ts).
 * The sweeper still sends the milestone, but many of them mean Scheduler or its role is broken.
 */
alarmOnLogEvent('SchedulingFailed', apiLogs.name, '{ $.event = "scheduling_failed" }', 'the API could not create a schedule (the sweeper sends those milestones late): see "scheduling_failed" in the API log');
