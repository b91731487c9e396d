/** SES bounce and complaint notifications for the configuration set (SNS or EventBridge). */
import { systemClock } from '@followup/core/adapters/system-clock';
import { loadConfig } from '@followup/core/config';
import { handleSesEvents } from '../delivery/ses-events.ts';
import { interviewStore } from '../stores.ts';

const deps = { interviews: interviewStore(loadConfig(), systemClock), clock: systemClock };

export async function handler(event: unknown): Promise<{ blocked: number }> {
  return { blocked: await handleSesEvents(deps, event) };
}
