/** SES bounce and complaint notifications for the configuration set (SNS or EventBridge). */
import { systemClock } from '@followup/core/adapters';
import { loadConfig } from '@followup/core/config';
import { handleSesEvents } from '../delivery/ses-events.ts';
import { interviewService, interviewStore } from '../wiring/interviews.ts';

const store = interviewStore(loadConfig(), systemClock);
const deps = { store, interviews: interviewService(store, systemClock) };

export async function handler(event: unknown): Promise<{ blocked: number; confirmed: number }> {
  return handleSesEvents(deps, event);
}
