/**
 * The milestone function: EventBridge Scheduler's target. It claims the milestone, renders the
 * reminder and sends it through SES. Lambda retries a failed run twice; an event still failing
 * goes to `milestoneFailures` (the sweeper re-drives the milestone from the due index anyway).
 */
import { api } from './api';
import { email, mailFrom } from './email';
import { scheduleEnvironmentFor } from './environment';
import { milestoneName, schedulingPermissions } from './scheduler';
import { linkKey } from './secrets';
import { deadLetterQueue, runtime, sesSendRate, withTemplates } from './stage';
import { table } from './storage';

export const milestoneFailures = deadLetterQueue('MilestoneFailures');

/**
 * The milestone function sends one email a run, so its concurrency caps the send rate: N runs at
 * once, each about SEND_SECONDS long (claim, render, SendEmail, record the outcome: the README's
 * cost table counts 0.3 s), send at most N / SEND_SECONDS a second. To stay within SES's rate:
 *
 *   reserved = max(1, floor(sesSendRate × SEND_SECONDS))     14/s → 4 (≈13/s); 1/s (sandbox) → 1; 50/s → 15
 *
 * A 09:00 burst in one time zone then queues in Lambda (throttled asynchronous invocations are
 * retried, within the event's hour) instead of meeting SES throttling. Faster runs can still go
 * over the rate; the SES adapter retries a throttled send.
 */
const SEND_SECONDS = 0.3;
const reserved = Math.max(1, Math.floor(sesSendRate * SEND_SECONDS));

export const milestone = new sst.aws.Function('Milestone', {
  name: milestoneName,
  handler: 'packages/functions/src/handlers/milestone.handler',
  ...runtime,
  ...withTemplates,
  memory: '1024 MB',
  timeout: '60 seconds',
  retries: 2,
  concurrency: { reserved },
  link: [table, email],
  permissions: [...schedulingPermissions, { actions: ['sqs:SendMessage'], resources: [milestoneFailures.arn] }],
  environment: scheduleEnvironmentFor({ table, email, mailFrom, publicUrl: api.url, linkKey }),
  transform: {
    eventInvokeConfig: {
      maximumEventAgeInSeconds: 3600,
      destinationConfig: { onFailure: { destination: milestoneFailures.arn } },
    },
  },
});
