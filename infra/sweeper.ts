/**
 * The sweeper: every 5 minutes it re-drives milestones left due and unfired (a schedule whose
 * creation failed, an invocation Lambda dropped), from the table's due index.
 *
 * Two kinds of failure, two settings:
 * - Scheduler could not invoke the function: `retries` and `dlq` of the cron's schedule.
 * - The function ran and threw: Lambda's own async retries (`function.retries`), then the same
 *   queue as on-failure destination. One retry only: the next run starts 5 minutes later anyway.
 */
import { api } from './api';
import { email, mailFrom } from './email';
import { scheduleEnvironmentFor } from './environment';
import { schedulingPermissions } from './scheduler';
import { linkKey } from './secrets';
import { deadLetterQueue, runtime, withTemplates } from './stage';
import { table } from './storage';

export const sweeperDlq = deadLetterQueue('SweeperDlq');

export const sweeper = new sst.aws.CronV2('Sweeper', {
  schedule: 'rate(5 minutes)',
  retries: 3,
  dlq: sweeperDlq.arn,
  function: {
    handler: 'packages/functions/src/handlers/sweeper.handler',
    ...runtime,
    ...withTemplates,
    memory: '1024 MB',
    // Shorter than the interval, so two runs rarely overlap (claims make an overlap harmless).
    timeout: '4 minutes',
    retries: 1,
    link: [table, email],
    permissions: [...schedulingPermissions, { actions: ['sqs:SendMessage'], resources: [sweeperDlq.arn] }],
    environment: scheduleEnvironmentFor({ table, email, mailFrom, publicUrl: api.url, linkKey }),
    transform: { eventInvokeConfig: { destinationConfig: { onFailure: { destination: sweeperDlq.arn } } } },
  },
});
