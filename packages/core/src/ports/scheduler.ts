/**
 * The scheduler port: wakes the milestone function when a milestone falls due. A firing is only
 * a request to check; the store's claim decides whether anything is sent (ARCHITECTURE).
 */
import type { Command } from '../lifecycle/types.ts';
import type { MilestoneKind } from '../planner/milestone.ts';

/** One milestone at one revision: a re-planned milestone is a new ref, so a stale schedule cannot claim it. */
export interface MilestoneRef {
  tenantId: string;
  interviewId: string;
  kind: MilestoneKind;
  revision: number;
}

/**
 * Creates and deletes one wake-up per milestone. Both calls are idempotent: scheduling a ref
 * twice leaves one wake-up, cancelling one that is gone (fired, never made) succeeds.
 * @example await scheduler.schedule(ref, '2025-01-21T14:00:00.000Z', 'America/New_York')
 */
export interface Scheduler {
  /** `dueAt` is a UTC ISO instant; `timeZone` is the candidate's, for people reading the schedule. */
  schedule(ref: MilestoneRef, dueAt: string, timeZone: string): Promise<void>;
  cancel(ref: MilestoneRef): Promise<void>;
}

/** The interview a batch of lifecycle commands belongs to. */
export interface CommandTarget {
  tenantId: string;
  interviewId: string;
  timeZone: string;
}

/**
 * Carries out the commands a lifecycle transition returned, in their order.
 * @example await runCommands(scheduler, { tenantId, interviewId, timeZone }, commands)
 */
export async function runCommands(scheduler: Scheduler, target: CommandTarget, commands: readonly Command[]): Promise<void> {
  const { tenantId, interviewId, timeZone } = target;
  for (const command of commands) {
    const ref: MilestoneRef = { tenantId, interviewId, kind: command.kind, revision: command.revision };
    if (command.type === 'schedule') await scheduler.schedule(ref, command.dueAt, timeZone);
    else await scheduler.cancel(ref);
  }
}
