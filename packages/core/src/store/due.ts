/**
 * The due-time index keys: an interview is in the index while one of its milestones is
 * scheduled (under its due time) or being sent (under the end of its claim's lease, so the
 * sweeper finds a send that died) or unconfirmed (under the end of its grace, for its one
 * re-send), under the soonest of those times. The scheduler and the
 * sweeper read it.
 */
import { createHash } from 'node:crypto';
import { CLAIM_LEASE_MS, RESEND_GRACE_MS } from '../lifecycle/delivery.ts';
import type { Milestone } from '../planner/milestone.ts';

/** When the store must look at a milestone again, or undefined when nothing is pending. */
function nextCheck(m: Milestone): number | undefined {
  if (m.status === 'scheduled') return Date.parse(m.dueAt);
  if (m.status === 'sending') return Date.parse(m.claimedAt ?? m.dueAt) + CLAIM_LEASE_MS;
  if (m.status === 'unconfirmed' && !m.resent && m.unconfirmedAt) return Date.parse(m.unconfirmedAt) + RESEND_GRACE_MS;
  return undefined;
}

/**
 * The soonest time a milestone needs the scheduler, or undefined when none does.
 * @example nextDueAt(state.milestones) // '2025-01-15T14:00:00.000Z'
 */
export function nextDueAt(milestones: readonly Milestone[]): string | undefined {
  let soonest: number | undefined;
  for (const m of milestones) {
    const at = nextCheck(m);
    if (at !== undefined && (soonest === undefined || at < soonest)) soonest = at;
  }
  return soonest === undefined ? undefined : new Date(soonest).toISOString();
}

/**
 * The index shard an interview lives in, stable for its id: spreads writes over `shards` partitions.
 * @example dueShard('0b9e…', 4) // 2
 */
export function dueShard(id: string, shards: number): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % shards;
}
