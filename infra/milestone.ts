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
import { keepFourteenDays, runtime, withTemplates } from './stage';
import { table } from './storage';

export const milestoneFailures = new sst.aws.Queue('MilestoneFailures', keepFourteenDays);

export const milestone = new sst.aws.Function('Milestone', {
  name: milestoneName,
  handler: 'packages/functions/src/handlers/milestone.handler',
  ...runtime,
  ...withTemplates,
  memory: '1024 MB',
  timeout: '60 seconds',
  retries: 2,
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
