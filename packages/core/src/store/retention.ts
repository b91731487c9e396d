/**
 * When the store may forget an item (DynamoDB TTL, epoch seconds). Expiry is lazy on AWS
 * and absent on dynalite, so readers also treat an item past its time as gone.
 *
 *   last change ──── nothing scheduled or sending ────▶ + retention (180 days) ──▶ expired
 */
import type { InterviewState } from '../lifecycle/types.ts';

const DAY_S = 86_400;

/** Closed: nothing left to send. Anything scheduled or in flight keeps an interview alive. */
export function isClosed(state: InterviewState): boolean {
  return !state.milestones.some((m) => m.status === 'scheduled' || m.status === 'sending');
}

/**
 * The TTL of an interview written at `now`: undefined while it is open.
 * @example interviewExpiry(stopped, now, 180) // now + 180 days, in seconds
 */
export function interviewExpiry(state: InterviewState, now: number, retentionDays: number): number | undefined {
  return isClosed(state) ? Math.floor(now / 1000) + retentionDays * DAY_S : undefined;
}

/** Whether an item with TTL `expiresAt` (seconds) is gone at `now` (ms). */
export function isExpired(expiresAt: number | undefined, now: number): boolean {
  return expiresAt !== undefined && expiresAt * 1000 <= now;
}
