/**
 * What sending needs, built once per process. The SES client and the templates load only when
 * something is sent: the API answers most requests without them (a lean cold start).
 */
import { EventBridgeScheduler } from '@followup/core/adapters/eventbridge-scheduler';
import type { Clock } from '@followup/core/ports/clock';
import type { Config } from '@followup/core/ports/config';
import type { Scheduler } from '@followup/core/ports/scheduler';
import type { InterviewStore } from '@followup/core/ports/store';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import type { LinkSettings } from './action-links.ts';
import { dueIndexScheduler } from './due-index-scheduler.ts';
import type { DeliveryDeps } from './fire-milestone.ts';

/**
 * @example const delivery = await createDeliveryDeps(config, clock, interviews, links)
 */
export async function createDeliveryDeps(config: Config, clock: Clock, interviews: InterviewStore, links: LinkSettings): Promise<DeliveryDeps> {
  const { SesMailer, createSesClient } = await import('@followup/core/adapters/ses-mailer');
  const mailer = new SesMailer(createSesClient(config.mail), { configurationSetName: config.mail.configurationSet });
  return { interviews, mailer, clock, links, from: config.mail.from };
}

/**
 * EventBridge Scheduler when configured (on AWS), else the due-time index alone. A milestone
 * due within the minute is sent right here instead of scheduled.
 */
export function createScheduler(config: Config, clock: Clock, delivery: () => Promise<DeliveryDeps>): Scheduler {
  if (!config.scheduler) return dueIndexScheduler;
  return new EventBridgeScheduler(new SchedulerClient({ region: config.dynamo.region }), {
    ...config.scheduler,
    clock,
    fireNow: async (ref) => {
      const { fireMilestone } = await import('./fire-milestone.ts');
      await fireMilestone(await delivery(), ref);
    },
  });
}
