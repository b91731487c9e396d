/** SES bounce and complaint notifications for the configuration set (SNS or EventBridge). */
import { systemClock } from '@followup/core/adapters/system-clock';
import { loadConfig } from '@followup/core/config';
import { handleSesEvents } from '../delivery/ses-events.ts';
import { createDeps } from '../deps.ts';

const deps = createDeps(loadConfig(), systemClock);

export async function handler(event: unknown): Promise<{ blocked: number }> {
  return { blocked: await handleSesEvents(deps, event) };
}
