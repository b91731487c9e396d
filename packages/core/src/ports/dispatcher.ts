/**
 * The dispatcher port: carries out the commands a transition produced. A wake-up is only a
 * request to check; the store's claim decides whether anything is sent (ARCHITECTURE).
 */
import type { MilestoneKind } from '../planner/milestone.ts';

/** One milestone at one revision: a re-planned milestone is a new ref, so a stale schedule cannot claim it. */
export interface MilestoneRef {
  tenantId: string;
  interviewId: string;
  kind: MilestoneKind;
  revision: number;
}

/**
 * Wakes the milestone function for a milestone. Every call is idempotent: scheduling a ref
 * twice leaves one wake-up, cancelling one that is gone (fired, never made) succeeds.
 * Implementations never call back into application code: on AWS they create EventBridge
 * schedules; on one machine the due-time index is the schedule and the embedded loop sweeps it.
 * @example await dispatcher.schedule(ref, '2025-01-21T14:00:00.000Z', 'America/New_York')
 */
export interface Dispatcher {
  /** `dueAt` is a UTC ISO instant; `timeZone` is the candidate's, for people reading the schedule. */
  schedule(ref: MilestoneRef, dueAt: string, timeZone: string): Promise<void>;
  cancel(ref: MilestoneRef): Promise<void>;
  /** Hands a milestone due now to the milestone function, without waiting for it to send. */
  dispatchNow(ref: MilestoneRef): Promise<void>;
}
