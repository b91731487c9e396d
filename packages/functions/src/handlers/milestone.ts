/**
 * EventBridge Scheduler's target: the schedule's Input names one milestone at one revision.
 * A throw lets Lambda retry the invocation; the claim makes retries and duplicates harmless.
 */
import { z } from 'zod';
import { systemClock } from '@followup/core/adapters/system-clock';
import { loadConfig } from '@followup/core/config';
import { MILESTONE_KINDS } from '@followup/core/planner/milestone';
import { createDeliveryDeps } from '../delivery/delivery-deps.ts';
import { fireMilestone } from '../delivery/fire-milestone.ts';
import { createDeps } from '../deps.ts';

const config = loadConfig();
const deps = createDeps(config, systemClock);
const delivery = createDeliveryDeps(config, systemClock, deps.interviews, deps.links);

const milestoneRef = z.object({
  tenantId: z.string().min(1),
  interviewId: z.string().min(1),
  kind: z.enum(MILESTONE_KINDS),
  revision: z.number().int().positive(),
});

export async function handler(event: unknown): Promise<{ outcome: string }> {
  const ref = milestoneRef.parse(event);
  return { outcome: await fireMilestone(await delivery, ref) };
}
