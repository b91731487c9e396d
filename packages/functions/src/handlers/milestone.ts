/**
 * EventBridge Scheduler's target: the schedule's Input names one milestone at one revision.
 * A throw lets Lambda retry the invocation; the claim makes retries and duplicates harmless.
 */
import { systemClock } from '@followup/core/adapters';
import { loadConfig } from '@followup/core/config';
import { MILESTONE_KINDS, type MilestoneKind } from '@followup/core/planner';
import type { MilestoneRef } from '@followup/core/ports';
import { sendReminder } from '../delivery/send-reminder.ts';
import { createDeliveryDeps } from '../wiring/delivery.ts';

const deps = createDeliveryDeps(loadConfig(), systemClock);

/** The schedule's Input, checked by hand: this bundle carries no schema library. */
function milestoneRef(event: unknown): MilestoneRef {
  const { tenantId, interviewId, kind, revision } = (event ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => typeof value === 'string' && value.length > 0 && value.length <= 200;
  if (!text(tenantId) || !text(interviewId) || !MILESTONE_KINDS.includes(kind as MilestoneKind) || !Number.isInteger(revision) || (revision as number) < 1) {
    throw new Error(`not a milestone reference: ${JSON.stringify(event)?.slice(0, 300)}`);
  }
  return { tenantId, interviewId, kind, revision } as MilestoneRef;
}

export async function handler(event: unknown): Promise<{ outcome: string }> {
  return { outcome: await sendReminder(deps, milestoneRef(event)) };
}
